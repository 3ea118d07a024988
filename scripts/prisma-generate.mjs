// Runs `prisma generate` on install. The CLI insists on a schema-engine
// binary it cannot download offline, though generate never uses it; any
// existing file satisfies the check.
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const env = { ...process.env }
env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(import.meta.url)
execFileSync('npx', ['prisma', 'generate'], { stdio: 'inherit', env })
