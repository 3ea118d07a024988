/** The progress message's text and its Pause / Resume / Cancel buttons while it runs. */
export function progressBlocks(broadcastId: string, text: string, status: string) {
  const button = (action: string, label: string, style?: 'danger') => ({
    type: 'button',
    action_id: `broadcast.${action}`,
    value: broadcastId,
    text: { type: 'plain_text', text: label },
    ...(style ? { style } : {}),
  })
  const running = status === 'sending' || status === 'paused' || status === 'scheduled'
  const controls = [
    status === 'paused' ? button('resume', 'Resume') : button('pause', 'Pause'),
    button('cancel', 'Cancel', 'danger'),
  ]
  return [
    { type: 'section', text: { type: 'plain_text', text } },
    ...(running ? [{ type: 'actions', block_id: 'controls', elements: controls }] : []),
  ]
}

/** The approval request posted to the caseworker channel for a large broadcast. */
export function approvalBlocks(broadcastId: string, author: string, count: number, body: string) {
  return [
    {
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: `<@${author}> wants to send a broadcast to *${count}* workers. A second admin must approve it:\n>${body.replaceAll('\n', '\n>')}`,
      },
    },
    {
      type: 'actions',
      block_id: 'approval',
      elements: [
        {
          type: 'button',
          action_id: 'broadcast.approve',
          value: broadcastId,
          style: 'primary',
          text: { type: 'plain_text', text: 'Approve' },
        },
        {
          type: 'button',
          action_id: 'broadcast.cancel',
          value: broadcastId,
          text: { type: 'plain_text', text: 'Reject' },
        },
      ],
    },
  ]
}
