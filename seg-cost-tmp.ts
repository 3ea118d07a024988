import { randomBytes } from 'node:crypto'
import { resolveSegment } from './src/core/campaigns/resolve-segment.ts'
import { createCipher } from './src/core/privacy/cipher.ts'
import { loadPolicy } from './src/core/programmes/load-policy.ts'
import { evaluate } from './src/core/screening/evaluate.ts'
import { testDatabase } from './tests/support/database.ts'

process.env.DATABASE_URL ??= 'postgresql://postgres@127.0.0.1:5432/test'
const db = await testDatabase()
const cipher = createCipher(randomBytes(32))
const policy = loadPolicy('data/policy/policy.json')
const N = 50_000
for (let i = 0; i < N; i += 5000) {
  const rows = Array.from({ length: 5000 }, (_, j) => ({ channel: 'telegram', externalId: String(i + j), alias: `a${i + j}` }))
  await db.prisma.worker.createMany({ data: rows })
}
const workers = await db.prisma.worker.findMany({ select: { id: true } })
const facts = (k: number) => ({ householdSize: 3, monthlyIncome: 2000 + (k % 10) * 1000, housing: 'renting', situations: [], illness: k % 7 === 0 ? ['self_chronic'] : [], incomeDrop: 'no', children: k % 3, schoolStages: k % 3 ? ['compulsory'] : [], medicalOutOfPocket: 0, insured: 'yes', careerInterest: [] })
for (let i = 0; i < workers.length; i += 5000) {
  const slice = workers.slice(i, i + 5000)
  await db.prisma.profile.createMany({ data: slice.map((w, j) => ({ workerId: w.id, facts: cipher.sealJson(facts(i + j)) })) })
  await db.prisma.screening.createMany({ data: slice.map((w, j) => ({ workerId: w.id, policyVersion: policy.version, result: cipher.sealJson({ facts: facts(i + j), result: evaluate(policy, facts(i + j) as never) }) })) })
}
for (const segment of [{}, { illness: ['self_chronic'] }, { programmes: ['monthly_living_subsidy'] }] as const) {
  const t = performance.now()
  const ids = await resolveSegment(db.prisma, { cipher, policy }, segment as never, 'campaign')
  console.log(JSON.stringify(segment), ids.length, `${((performance.now() - t) / 1000).toFixed(2)} s`)
}
await db.close()
