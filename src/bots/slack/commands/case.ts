import type { Listener } from '../listener.ts'

/** `/case BF-C-000123` (or an application reference): where that case stands, with a link to its card. */
export const caseCommand: Listener = (app, deps) => {
  app.command('/case', async ({ ack, command, client }) => {
    await ack()
    const reference = command.text.trim().toUpperCase()
    const { prisma } = deps.container.db
    const application = await prisma.application.findUnique({ where: { reference } })
    const found = await prisma.case.findFirst({
      where: application ? { workerId: application.workerId } : { reference },
      orderBy: { createdAt: 'desc' },
    })
    const reply = (text: string) =>
      client.chat.postEphemeral({ channel: command.channel_id, user: command.user_id, text })
    if (!found)
      return void (await reply(
        `No case found for “${reference || '(nothing)'}”. Try /case BF-C-000123.`,
      ))

    const owner = found.ownerId ? `owned by <@${found.ownerId}>` : 'unclaimed'
    let link = ''
    if (found.slackTs && found.slackChannel) {
      const permalink = await client.chat.getPermalink({
        channel: found.slackChannel,
        message_ts: found.slackTs,
      })
      link = permalink.permalink ? ` <${permalink.permalink}|Open the card>` : ''
    }
    await reply(
      `*${found.reference}* · ${found.status} · ${owner}${found.urgent ? ' · 🚨 urgent' : ''}.${link}`,
    )
  })
}
