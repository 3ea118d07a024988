import { editStep } from '../../../flows/engine.ts'
import type { FlowState } from '../../../flows/types.ts'
import { moveApplication } from '../../applications/transition.ts'
import { applyOutcome } from '../flows.ts'
import type { Turn } from '../turn.ts'
import { ASK, applicationFlow, DRAFT } from './application-flow.ts'
import { filesByType, pendingDocument } from './documents-step.ts'
import { type Draft, saveDraft } from './draft.ts'
import { applicationFacts } from './fill-facts.ts'
import { programmeName } from './labels.ts'
import { continueApplication } from './next-step.ts'

type DraftAction = (turn: Turn, draft: Draft, args: string[]) => Promise<void>

/** What the buttons on a draft's prompts do; each names the draft by its reference. */
export const draftActions: Record<string, DraftAction> = {
  go: (turn, draft) => continueApplication(turn, draft),

  done: async (turn, draft) => {
    const pending = pendingDocument(draft)
    const files = await filesByType(turn, draft)
    if (pending && (files.get(pending.type) ?? 0) > 0) draft.data.finished.push(pending.type)
    await saveDraft(turn, draft)
    await continueApplication(turn, draft)
  },

  skip: async (turn, draft) => {
    const pending = pendingDocument(draft)
    if (pending && !pending.required) draft.data.skipped.push(pending.type)
    await saveDraft(turn, draft)
    await continueApplication(turn, draft)
  },

  sort: async (turn, draft, [index]) => {
    const document = draft.form.documents[Number(index)]
    const where = { applicationId: draft.application.id, docType: null }
    if (index === 'x') await turn.tx.applicationDocument.deleteMany({ where })
    else if (document)
      await turn.tx.applicationDocument.updateMany({ where, data: { docType: document.type } })
    await saveDraft(turn, draft)
    await continueApplication(turn, draft)
  },

  redo: async (turn, draft, [index]) => {
    const type = draft.form.documents[Number(index)]?.type
    if (type) {
      await turn.tx.applicationDocument.deleteMany({
        where: { applicationId: draft.application.id, docType: type },
      })
      draft.data.finished = draft.data.finished.filter((candidate) => candidate !== type)
      draft.data.skipped = draft.data.skipped.filter((candidate) => candidate !== type)
    }
    await saveDraft(turn, draft)
    await continueApplication(turn, draft)
  },

  edit: async (turn, draft, [stepId]) => {
    const state: FlowState = {
      flowId: applicationFlow.id,
      version: applicationFlow.version,
      stepId: null,
      answers: { ...draft.data.facts, [ASK]: draft.form.answers, [DRAFT]: draft.application.id },
      trail: [],
      ticked: [],
      // A fresh prompt number, so buttons of earlier questions are recognised as old.
      prompt: turn.deps.now().getTime() % 1_000_000,
      misses: 0,
      editing: true,
    }
    await applyOutcome(turn, applicationFacts, editStep(applicationFlow, state, stepId ?? ''))
  },

  q: async (turn, draft, [questionId, option]) => {
    const question = draft.form.questions.find((candidate) => candidate.id === questionId)
    if (question && option && question.options.includes(option))
      draft.data.questions[question.id] = option
    await saveDraft(turn, draft)
    await continueApplication(turn, draft)
  },

  why: async (turn, draft, [questionId]) => {
    const question = draft.form.questions.find((candidate) => candidate.id === questionId)
    await continueApplication(turn, draft, question ? [{ key: question.why }, ''] : [])
  },

  submit: async (turn, draft) => {
    const files = await filesByType(turn, draft)
    const complete = !pendingDocument(draft) && !files.get(null)
    if (!complete) return continueApplication(turn, draft, [{ key: 'apply-not-complete' }, ''])

    await saveDraft(turn, draft)
    const moved = await moveApplication(
      { tx: turn.tx, ...turn.deps },
      { applicationId: draft.application.id, to: 'submitted', actor: 'worker' },
    )
    if (!moved.ok) return void turn.replies.push({ lines: [{ key: 'apply-gone' }] })
    const stages = draft.form.review.map((stage) => turn.t(`app-stage-${stage}`))
    turn.replies.push({
      lines: [
        {
          key: 'apply-submitted',
          args: {
            ref: draft.application.reference,
            name: programmeName(turn, draft.application.programmeId),
          },
        },
        { key: 'apply-submitted-next', args: { stages: stages.join(' → ') } },
      ],
      buttons: [[{ label: { key: 'apply-status-button' }, data: 'ap:status' }]],
    })
  },
}
