import { WebClient } from '@slack/web-api'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SLACK_TEST_TOKEN, SlackApiServer } from '../../support/slack/web-api-server.ts'

describe('the Slack Web API stand-in, driven by the real WebClient', () => {
  let api: SlackApiServer
  let client: WebClient
  beforeAll(async () => {
    api = await SlackApiServer.start()
    client = new WebClient(SLACK_TEST_TOKEN, {
      slackApiUrl: api.apiUrl,
      retryConfig: { retries: 0 },
    })
  })
  afterAll(() => api.close())

  it('posts, threads and updates messages in place, as Slack answers', async () => {
    const root = await client.chat.postMessage({
      channel: 'C1',
      text: 'card',
      blocks: [{ type: 'divider' }],
    })
    const reply = await client.chat.postMessage({
      channel: 'C1',
      text: 'in thread',
      thread_ts: root.ts as string,
    })
    await client.chat.update({ channel: 'C1', ts: root.ts as string, text: 'card v2' })
    expect(api.channelMessages('C1').map((m) => [m.text, m.edits])).toEqual([['card v2', 1]])
    expect(api.thread('C1', root.ts as string).map((m) => m.ts)).toEqual([reply.ts])
    expect(api.channelMessages('C1')[0]?.blocks).toEqual([{ type: 'divider' }])
  })

  it('answers with Slack’s errors: a wrong token, an unknown thread or method, a forced failure', async () => {
    const stranger = new WebClient('xoxb-wrong', {
      slackApiUrl: api.apiUrl,
      retryConfig: { retries: 0 },
    })
    await expect(stranger.auth.test()).rejects.toMatchObject({ data: { error: 'invalid_auth' } })
    await expect(
      client.chat.postMessage({ channel: 'C1', text: 'x', thread_ts: '1.2' }),
    ).rejects.toMatchObject({
      data: { error: 'thread_not_found' },
    })
    await expect(client.apiCall('chat.nonsense')).rejects.toMatchObject({
      data: { error: 'unknown_method' },
    })
    api.failMethod('views.open', 'expired_trigger_id')
    await expect(
      client.views.open({
        trigger_id: 't',
        view: { type: 'modal', title: { type: 'plain_text', text: 'x' }, blocks: [] },
      }),
    ).rejects.toMatchObject({
      data: { error: 'expired_trigger_id' },
    })
    api.failMethod('views.open', undefined)
  })

  it('takes files.uploadV2 in its three steps into a thread, and serves uploaded files only with the token', async () => {
    const root = await client.chat.postMessage({ channel: 'C2', text: 'card' })
    await client.files.uploadV2({
      channel_id: 'C2',
      thread_ts: root.ts as string,
      file: Buffer.from('bill'),
      filename: 'bill.jpg',
    })
    const [posted] = api.thread('C2', root.ts as string)
    expect(posted?.files?.[0]?.bytes.toString()).toBe('bill')

    const hosted = api.workspace.host('form.png', 'image/png', Buffer.from('png!'))
    const anonymous = await fetch(hosted.url_private)
    const authorised = await fetch(hosted.url_private, {
      headers: { authorization: `Bearer ${SLACK_TEST_TOKEN}` },
    })
    expect(anonymous.status).toBe(403)
    expect(Buffer.from(await authorised.arrayBuffer()).toString()).toBe('png!')
  })

  it('lists the members of a user group', async () => {
    api.addGroup('S1', ['U1', 'U2'])
    expect((await client.usergroups.users.list({ usergroup: 'S1' })).users).toEqual(['U1', 'U2'])
    await expect(client.usergroups.users.list({ usergroup: 'S9' })).rejects.toMatchObject({
      data: { error: 'no_such_subteam' },
    })
  })
})
