/**
 * What makes a Slack delivery unique, so a retry (x-slack-retry-num) or a
 * repeated payload is recognised: the event id for events, the press for
 * actions, the submission for views, the trigger for commands.
 */
export function deliveryKey(body: Record<string, unknown>): string | undefined {
  if (typeof body.event_id === 'string') return `event:${body.event_id}`
  if (body.type === 'block_actions') {
    const user = (body.user as { id?: string } | undefined)?.id
    const action = (body.actions as { action_ts?: string; action_id?: string }[] | undefined)?.[0]
    if (user && action?.action_ts) return `action:${user}:${action.action_id}:${action.action_ts}`
  }
  if (body.type === 'view_submission') {
    const view = body.view as { id?: string; hash?: string } | undefined
    if (view?.id) return `view:${view.id}:${view.hash ?? ''}`
  }
  if (typeof body.command === 'string' && typeof body.trigger_id === 'string')
    return `command:${body.trigger_id}`
  return undefined
}
