import { attendeesCsv, listAttendees } from '../../../core/events/attendees.ts'
import type { Listener } from '../listener.ts'

/**
 * `/attendees` lists upcoming events with their ids and places taken;
 * `/attendees <event id>` gives a caseworker the sign-up list as CSV,
 * privately. Each worker listed is recorded in the access log.
 */
export const attendeesCommand: Listener = (app, deps) => {
  app.command('/attendees', async ({ ack, command, client }) => {
    await ack()
    const reply = (text: string) =>
      client.chat.postEphemeral({ channel: command.channel_id, user: command.user_id, text })
    const { prisma } = deps.container.db
    const eventId = command.text.trim()

    if (!/^[0-9a-f-]{36}$/i.test(eventId)) {
      const events = await prisma.event.findMany({
        where: { startsAt: { gt: deps.now() }, cancelledAt: null },
        orderBy: { startsAt: 'asc' },
        take: 20,
      })
      const lines = events.map(
        (e) =>
          `• ${e.title} · ${e.startsAt.toISOString().slice(0, 16)} UTC · ${e.taken}/${e.capacity ?? '∞'} · \`${e.id}\``,
      )
      return void (await reply(
        lines.length
          ? `Upcoming events (use /attendees <id>):\n${lines.join('\n')}`
          : 'No upcoming events.',
      ))
    }

    const attendees = await prisma.$transaction((tx) =>
      listAttendees(tx, { eventId, actor: `slack:${command.user_id}` }),
    )
    await reply(`${attendees.length} sign-up(s):\n\`\`\`\n${attendeesCsv(attendees)}\n\`\`\``)
  })
}
