import { describeAnswer } from '../../flows/describe-answer.ts'
import { editStep, resume, startFlow } from '../../flows/engine.ts'
import { screeningFlow } from '../../flows/screening-flow.ts'
import type { Answers, Reply } from '../../flows/types.ts'
import { grantConsent, hasConsent } from '../privacy/consent.ts'
import { evaluate } from '../screening/evaluate.ts'
import { type Facts, factsSchema } from '../screening/facts.ts'
import type { ScreeningResult } from '../screening/outcome.ts'
import type { Feature } from './feature.ts'
import { loadFlow } from './flow-store.ts'
import { applyOutcome, type FlowHandler } from './flows.ts'
import { programmeReply, resultsReply } from './results.ts'
import type { Turn } from './turn.ts'

/** Starts screening, or picks it up where the worker left it. Consent comes first. */
export async function beginScreening(turn: Turn): Promise<void> {
  if (!(await hasConsent(turn.tx, turn.worker.id, 'sensitive', turn.cache?.consents))) {
    turn.replies.push({
      lines: [{ key: 'sensitive-ask' }],
      buttons: [
        [{ label: { key: 'sensitive-agree' }, data: 's:yes' }],
        [{ label: { key: 'sensitive-decline' }, data: 's:no' }],
      ],
    })
    return
  }

  const state = await loadFlow(turn)
  if (state?.flowId === screeningFlow.id) {
    const position = state.trail.length + 1
    await apply(
      turn,
      resume(screeningFlow, state, [{ key: 'welcome-back', args: { n: position } }]),
    )
    return
  }
  await apply(turn, startFlow(screeningFlow))
}

/** Reopens one answered question from the summary; the result is redone after. */
export async function editAnswer(turn: Turn, stepId: string): Promise<void> {
  const profile = await latestFacts(turn)
  const start = startFlow(screeningFlow, profile)
  await apply(turn, editStep(screeningFlow, start.state, stepId))
}

/** The worker's answers, numbered, with a button each to change one. */
export async function answersReply(turn: Turn): Promise<Reply> {
  const facts = await latestFacts(turn)
  const steps = screeningFlow.steps.filter((step) => step.fact in facts)
  const lines: Reply['lines'] = [{ key: 'edit-title' }]
  steps.forEach((step, index) => {
    const answer = describeAnswer(step, facts[step.fact], turn.t)
    lines.push({
      key: 'edit-answer-line',
      args: { n: index + 1, question: turn.t(`label-${step.id}`), answer },
    })
  })
  const buttons = steps.map((step, index) => ({ label: `✏️ ${index + 1}`, data: `e:${step.id}` }))
  return { lines, buttons: chunk(buttons, 4) }
}

async function latestFacts(turn: Turn): Promise<Answers> {
  const profile = await turn.tx.profile.findUnique({ where: { workerId: turn.worker.id } })
  return profile ? turn.deps.cipher.openJson<Answers>(profile.facts) : {}
}

function apply(turn: Turn, outcome: ReturnType<typeof startFlow>): Promise<void> {
  return applyOutcome(turn, screening, outcome)
}

async function finish(turn: Turn, answers: Answers): Promise<void> {
  // The flow only stores values its own steps validated, so this cannot fail
  // unless a deploy changed a fact's type; then the worker answers again.
  const facts = factsSchema.parse(answers)
  const result = evaluate(turn.deps.policy, facts)
  const { cipher } = turn.deps

  await turn.tx.screening.create({
    data: {
      workerId: turn.worker.id,
      policyVersion: result.policyVersion,
      result: cipher.sealJson({ facts, result }),
    },
  })
  await turn.tx.profile.upsert({
    where: { workerId: turn.worker.id },
    create: { workerId: turn.worker.id, facts: cipher.sealJson(facts) },
    update: { facts: cipher.sealJson(facts) },
  })
  turn.replies.push(resultsReply(result, turn.deps.policy, turn.locale))
}

const screening: FlowHandler = { flow: screeningFlow, finish }

/** Self-screening: the questionnaire, its result, and changing an answer. */
export const screeningFeature: Feature = {
  name: 'screening',
  flows: [screening],
  commands: { screen: beginScreening },
  buttons: {
    s: async (turn, value) => {
      if (value !== 'yes') return void turn.replies.push({ lines: [{ key: 'sensitive-declined' }] })
      await grantConsent(turn.tx, turn.worker.id, 'sensitive', turn.cache?.consents)
      await beginScreening(turn)
    },
    r: async (turn) => void turn.replies.push(await answersReply(turn)),
    e: async (turn, stepId) => {
      if (await latestResult(turn)) return editAnswer(turn, stepId)
      turn.replies.push({ lines: [{ key: 'results-none-yet' }] })
    },
    p: async (turn, programmeId) =>
      void turn.replies.push(
        programmeReply(programmeId, await latestResult(turn), turn.deps.policy, turn.locale),
      ),
  },
}

/**
 * The newest screening result, decrypted, if the worker has one. A result made
 * under an older policy is worked out again from its answers under the current
 * one, so what the worker sees always matches the rules in force.
 */
export async function latestResult(turn: Turn): Promise<ScreeningResult | undefined> {
  const row = await turn.tx.screening.findFirst({
    where: { workerId: turn.worker.id },
    orderBy: { createdAt: 'desc' },
  })
  if (!row) return undefined
  const stored = turn.deps.cipher.openJson<{ facts: Facts; result: ScreeningResult }>(row.result)
  const { policy } = turn.deps
  return stored.result.policyVersion === policy.version
    ? stored.result
    : evaluate(policy, stored.facts)
}

function chunk<T>(items: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) =>
    items.slice(i * size, i * size + size),
  )
}
