import { startFlow } from '../../../flows/engine.ts'
import type { Reply } from '../../../flows/types.ts'
import { moveApplication } from '../../applications/transition.ts'
import { applyOutcome } from '../flows.ts'
import type { Turn } from '../turn.ts'
import { ASK, applicationFlow, DRAFT } from './application-flow.ts'
import { documentPrompt, filesByType, pendingDocument, sortPrompt } from './documents-step.ts'
import { type Draft, saveDraft } from './draft.ts'
import { applicationFacts } from './fill-facts.ts'
import { questionPrompt } from './questions.ts'
import { summaryReply } from './summary.ts'

/**
 * Shows the worker the next thing the draft needs: a missing fact, one of
 * the form's own questions, a document, or the summary. Where the worker
 * is follows from the draft itself, so it survives restarts and days away.
 */
export async function continueApplication(
  turn: Turn,
  draft: Draft,
  lead: Reply['lines'] = [],
): Promise<void> {
  const known = { ...draft.data.facts, [ASK]: draft.form.answers, [DRAFT]: draft.application.id }
  const facts = startFlow(applicationFlow, known)
  if (facts.kind === 'asked') {
    facts.reply.lines.unshift(...lead)
    return applyOutcome(turn, applicationFacts, facts)
  }

  const question = draft.form.questions.find((candidate) => !draft.data.questions[candidate.id])
  if (question) return void turn.replies.push(questionPrompt(draft, question, lead))
  const refused = draft.form.questions.find(
    (candidate) =>
      candidate.refuseWhen && draft.data.questions[candidate.id] === candidate.refuseWhen,
  )
  if (refused) return stop(turn, draft, refused.refusal ?? 'apply-refused')

  const files = await filesByType(turn, draft)
  const unsorted = files.get(null) ?? 0
  const pending = pendingDocument(draft)
  const reply =
    unsorted > 0 && draft.form.documents.length > 0
      ? sortPrompt(turn, draft, unsorted)
      : pending
        ? documentPrompt(turn, draft, pending, files.get(pending.type) ?? 0)
        : summaryReply(turn, draft, files)
  reply.lines.unshift(...lead)
  turn.replies.push(reply)
}

/** The form's own rule stops the application (e.g. a child funded elsewhere): it is withdrawn with the reason. */
async function stop(turn: Turn, draft: Draft, refusal: string): Promise<void> {
  const { tx, cipher, forms, now } = { tx: turn.tx, ...turn.deps }
  await saveDraft(turn, draft)
  await moveApplication(
    { tx, cipher, forms, now },
    { applicationId: draft.application.id, to: 'withdrawn', actor: 'system', reason: refusal },
  )
  turn.replies.push({
    lines: [{ key: refusal }],
    buttons: [[{ label: { key: 'menu-human' }, data: `h:${draft.application.programmeId}` }]],
  })
}
