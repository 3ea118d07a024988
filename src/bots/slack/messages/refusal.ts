/** Why a caseworker's action changed nothing, in the words Slack shows them. */
export type RefusalCode =
  | 'not_caseworker'
  | 'not_found'
  | 'closed'
  | 'erased'
  | 'not_owner'
  | 'unclaimed'
  | 'no_application'
  | 'illegal_transition'

const TEXT: Record<RefusalCode, string> = {
  not_caseworker:
    'Only members of the caseworker group can act on cases. Nothing was changed. Ask an admin to add you.',
  not_found: 'No such case. Check the reference (it looks like BF-C-000123).',
  closed: 'This case is closed: nothing was sent to the worker.',
  erased:
    'The worker has deleted their data: nothing was sent, and this case can no longer be acted on.',
  not_owner: 'Someone else owns this case; your message was not sent to the worker.',
  unclaimed: 'Claim the case first; your message was not sent to the worker.',
  no_application: 'This case has no application to decide.',
  illegal_transition: 'The application cannot move that way from its current status.',
}

export function refusal(code: RefusalCode): string {
  return TEXT[code]
}
