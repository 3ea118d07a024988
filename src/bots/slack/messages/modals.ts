import type { Application } from '../../../generated/prisma/client.ts'

type Option = { text: { type: 'plain_text'; text: string }; value: string }
const option = (text: string, value: string): Option => ({
  text: { type: 'plain_text', text: text.slice(0, 75) },
  value,
})

function applicationSelect(applications: Application[], names: (id: string) => string) {
  const options = applications.map((a) =>
    option(`${a.reference} · ${names(a.programmeId)} · ${a.status}`, a.id),
  )
  return {
    type: 'input',
    block_id: 'application',
    label: { type: 'plain_text', text: 'Application' },
    element: {
      type: 'static_select',
      action_id: 'value',
      options,
      ...(options[0] ? { initial_option: options[0] } : {}),
    },
  }
}

/** Approve or reject: which application, and the reason the worker will be told. */
export function decisionModal(
  decision: 'approve' | 'reject',
  caseId: string,
  applications: Application[],
  names: (id: string) => string,
) {
  return {
    type: 'modal' as const,
    callback_id: `case.decide.${decision}`,
    private_metadata: caseId,
    title: {
      type: 'plain_text' as const,
      text: decision === 'approve' ? 'Approve application' : 'Reject application',
    },
    submit: { type: 'plain_text' as const, text: decision === 'approve' ? 'Approve' : 'Reject' },
    blocks: [
      applicationSelect(applications, names),
      {
        type: 'input',
        block_id: 'reason',
        label: { type: 'plain_text', text: 'Reason (the worker is told this)' },
        element: { type: 'plain_text_input', action_id: 'value', multiline: true, min_length: 2 },
      },
    ],
  }
}

/** Request information: which application and which document is missing. */
export function requestInfoModal(
  caseId: string,
  applications: Application[],
  names: (id: string) => string,
  documents: { type: string; name: string }[],
) {
  return {
    type: 'modal' as const,
    callback_id: 'case.request_info',
    private_metadata: caseId,
    title: { type: 'plain_text' as const, text: 'Request a document' },
    submit: { type: 'plain_text' as const, text: 'Ask the worker' },
    blocks: [
      applicationSelect(applications, names),
      {
        type: 'input',
        block_id: 'document',
        label: { type: 'plain_text', text: 'Missing document' },
        element: {
          type: 'static_select',
          action_id: 'value',
          options: documents.map((d) => option(d.name, d.type)),
        },
      },
    ],
  }
}

/** Reveal: the owner states why they need the unmasked details; the reason is logged. */
export function revealModal(caseId: string) {
  return {
    type: 'modal' as const,
    callback_id: 'case.reveal',
    private_metadata: caseId,
    title: { type: 'plain_text' as const, text: 'Reveal details' },
    submit: { type: 'plain_text' as const, text: 'Reveal' },
    blocks: [
      {
        type: 'input',
        block_id: 'reason',
        label: { type: 'plain_text', text: 'Why do you need the identity or phone number?' },
        element: { type: 'plain_text_input', action_id: 'value', min_length: 5 },
      },
    ],
  }
}
