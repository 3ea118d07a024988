import { type Logger as BoltLogger, LogLevel } from '@slack/bolt'
import type { Logger } from '../../core/logger.ts'

/** Bolt's logger interface over our pino logger, so Bolt's lines share its redaction. */
export function boltLogger(log: Logger): BoltLogger {
  let level = LogLevel.INFO
  const line = (...parts: unknown[]) => parts.map((part) => String(part)).join(' ')
  return {
    debug: (...msg) => log.debug(line(...msg)),
    info: (...msg) => log.info(line(...msg)),
    warn: (...msg) => log.warn(line(...msg)),
    error: (...msg) => log.error(line(...msg)),
    setLevel: (next) => {
      level = next
    },
    getLevel: () => level,
    setName: () => undefined,
  }
}
