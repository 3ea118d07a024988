import { createLogger, type Logger } from '../../src/core/logger.ts'

/** A real pino logger whose JSON lines the test can read back. */
export function capturedLog(level = 'info'): { log: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = []
  const destination = { write: (line: string) => void lines.push(JSON.parse(line)) }
  return { log: createLogger(level, destination), lines }
}
