import type { PrismaClient } from '../../generated/prisma/client.ts'

/**
 * Records whether a caseworker's relayed message reached the worker; the
 * Slack side then shows it on the message. Called by the channel's sender.
 */
export async function markDelivery(
  prisma: PrismaClient,
  relayId: string,
  outcome: 'delivered' | 'failed',
): Promise<void> {
  await prisma.caseMessage.updateMany({
    where: { id: BigInt(relayId), direction: 'to_worker' },
    data: { status: outcome, shown: false },
  })
}
