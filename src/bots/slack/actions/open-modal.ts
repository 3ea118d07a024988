import type { BlockButtonAction } from '@slack/bolt'
import { caseApplications } from '../../../core/cases/case-application.ts'
import type { Listener } from '../listener.ts'
import { decisionModal, requestInfoModal, revealModal } from '../messages/modals.ts'
import { refusal } from '../messages/refusal.ts'
import { tell } from '../tell.ts'
import { transact } from '../transact.ts'

/**
 * Approve, Reject, Request information and Reveal open a modal (views.open
 * must use the trigger within 3 seconds, so it comes right after ack). A
 * case with no application to act on, or owned by someone else, is refused.
 */
export const openModals: Listener = (app, deps) => {
  const { container } = deps
  const names = (id: string) =>
    container.policy.programmes.find((p) => p.id === id)?.name['zh-CN'] ?? id

  app.action<BlockButtonAction>(
    /^case\.(approve|reject|request_info|reveal)$/,
    async ({ ack, body, action, client }) => {
      await ack()
      const userId = body.user.id
      const caseId = action.value ?? ''
      const kind = action.action_id.slice('case.'.length)
      const to = { user: userId, channel: body.channel?.id }

      const { found, applications } = await transact(container.db.prisma, async (tx) => ({
        found: await tx.case.findUnique({ where: { id: caseId } }),
        applications: await caseApplications(tx, caseId),
      }))
      if (!found) return tell(client, deps, { ...to, text: refusal('not_found') })
      if (!found.workerId) return tell(client, deps, { ...to, text: refusal('erased') })
      if (found.ownerId !== userId && (kind === 'reveal' || found.ownerId))
        return tell(client, deps, {
          ...to,
          text: refusal(found.ownerId ? 'not_owner' : 'unclaimed'),
        })
      if (kind === 'reveal')
        return void (await client.views.open({
          trigger_id: body.trigger_id,
          view: revealModal(caseId) as never,
        }))
      if (applications.length === 0)
        return tell(client, deps, { ...to, text: refusal('no_application') })

      const view =
        kind === 'request_info'
          ? requestInfoModal(
              caseId,
              applications,
              names,
              documentsFor(applications[0]?.programmeId ?? ''),
            )
          : decisionModal(kind as 'approve' | 'reject', caseId, applications, names)
      await client.views.open({ trigger_id: body.trigger_id, view: view as never })
    },
  )

  function documentsFor(programmeId: string) {
    const { forms } = container
    const own = forms.forms[programmeId]?.documents.map((d) => d.type) ?? []
    const all = [...new Set([...own, ...Object.keys(forms.documentTypes)])]
    return all.map((type) => ({ type, name: forms.documentTypes[type]?.['zh-CN'] ?? type }))
  }
}
