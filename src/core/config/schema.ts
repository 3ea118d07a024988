import { z } from 'zod'

const optionalUrl = z.url().optional()

/** Every setting the service reads, with its default. Parsed once at start-up. */
export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: optionalUrl,
  DATA_DIR: z.string().min(1).default('.data'),
  DATA_KEY: z
    .string()
    .refine((v) => Buffer.from(v, 'base64').length === 32, 'must be 32 bytes, base64-encoded')
    .optional(),
  REDIS_URL: z.url().default('redis://127.0.0.1:6379'),
  /** Namespace of every BullMQ key, so several deployments can share one Redis. */
  QUEUE_PREFIX: z
    .string()
    .regex(/^[\w-]+$/)
    .default('bft'),
  POLICY_FILE: z.string().min(1).default('data/policy/policy.json'),
  /** Application forms: documents, own questions and review chain per programme. */
  FORMS_FILE: z.string().min(1).default('data/policy/forms.json'),
  TELEGRAM_BOT_TOKEN: z
    .string()
    .regex(/^\d+:[\w-]{20,}$/, 'looks wrong: copy the whole token @BotFather gave you')
    .optional(),
  TELEGRAM_API_ROOT: z.url().default('https://api.telegram.org'),
  WEBHOOK_URL: optionalUrl,
  WEBHOOK_SECRET: z
    .string()
    .regex(/^[\w-]{16,256}$/, 'must be 16-256 letters, digits, _ or -')
    .optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(8080),
  DEFAULT_LOCALE: z.enum(['zh-CN', 'en']).default('zh-CN'),
  UPDATE_CONCURRENCY: z.coerce.number().int().min(1).max(500).default(64),
  /** How often the bot sends messages other processes queued for workers (jobs, caseworkers). */
  OUTBOX_SWEEP_MS: z.coerce.number().int().min(50).max(60_000).default(1_000),
  /** Free-text understanding by any OpenAI-compatible service; without a key the built-in matcher reads messages. */
  OPENAI_API_KEY: z.string().min(1).optional(),
  OPENAI_BASE_URL: optionalUrl,
  OPENAI_MODEL: z.string().min(1).default('gpt-4o-mini'),
  /** Per request; the call runs inside the update's 15 s transaction, so it stays well under that. */
  OPENAI_TIMEOUT_MS: z.coerce.number().int().min(100).max(12_000).default(6_000),
  /** Retries inside a worker's turn; 0 lets the matcher answer at once when the model fails. */
  OPENAI_MAX_RETRIES: z.coerce.number().int().min(0).max(1).default(0),
  /** Reminder jobs are put in Redis this long before they fall due; the rest wait in PostgreSQL. */
  REMINDER_HORIZON_MS: z.coerce.number().int().min(0).default(3_600_000),
  /** How often reminder rows are planned and queued (a BullMQ job scheduler). */
  REMINDER_RECONCILE_MS: z.coerce.number().int().min(1_000).default(60_000),
})

export type Config = z.infer<typeof configSchema>
