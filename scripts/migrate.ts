// Applies the SQL migrations without the Prisma CLI: `npm run db:migrate`.
import { loadConfig } from '../src/core/config/load.ts'
import { connectDatabase } from '../src/core/db/connect.ts'
import { applyMigrations } from '../src/core/db/migrate.ts'

const loaded = loadConfig()
if (!loaded.ok) {
  console.error(loaded.message)
  process.exit(1)
}
const { DATABASE_URL, DATA_DIR } = loaded.config
const db = await connectDatabase({ url: DATABASE_URL, dataDir: DATA_DIR })
const applied = await db.withSession((session) => applyMigrations(session))
await db.close()
console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Database is up to date.')
