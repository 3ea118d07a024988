import { pino } from 'pino'

export type Logger = pino.Logger

/**
 * Structured logs. Message text, tokens and anything a worker typed are
 * redacted wherever they appear in a logged object.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      redact: {
        paths: [
          'token',
          '*.token',
          'text',
          '*.text',
          '*.*.text',
          'payload',
          '*.payload',
          'phone',
          '*.phone',
          'idNumber',
          '*.idNumber',
          'facts',
          '*.facts',
        ],
        censor: '[redacted]',
      },
    },
    destination,
  )
}
