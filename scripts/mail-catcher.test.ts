// The local mailbox survives a sender that goes away mid-message (a server restarted while it sends): it must not
// crash `npm start`'s mailbox or the test run that hosts it.
import net from 'node:net'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {startMailCatcher} from './mail-catcher.mjs'

const SMTP_PORT = Number(process.env.MAIL_CATCHER_TEST_PORT || 3348)
let catcher: Awaited<ReturnType<typeof startMailCatcher>>

beforeAll(async () => {
  catcher = await startMailCatcher({smtpPort: SMTP_PORT, webPort: SMTP_PORT + 1})
})

afterAll(async () => {
  await catcher?.close()
})

/** Speaks SMTP up to the start of a message, then resets the connection as a killed process's kernel would. */
async function resetMidMessage() {
  const socket = net.connect(SMTP_PORT, '127.0.0.1')
  const replies: string[] = []
  socket.on('data', (chunk) => replies.push(chunk.toString('utf8')))
  const waitFor = async (code: string) => {
    for (let attempt = 0; attempt < 100 && !replies.join('').includes(code); attempt++) await new Promise((resolve) => setTimeout(resolve, 20))
  }
  await waitFor('220')
  for (const [command, code] of [['EHLO test', '250'], ['MAIL FROM:<alerts@example.org>', '250 Accepted'], ['RCPT TO:<reader@example.org>', '250 Accepted'], ['DATA', '354']] as const) {
    replies.length = 0
    socket.write(`${command}\r\n`)
    await waitFor(code)
  }
  socket.write('Subject: half a message\r\n')
  socket.resetAndDestroy()
}

describe('the local mailbox', () => {
  it('keeps running and receiving after a sender resets its connection mid-message', async () => {
    await resetMidMessage()
    await new Promise((resolve) => setTimeout(resolve, 200))
    const reply = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(SMTP_PORT, '127.0.0.1', () => undefined)
      socket.once('data', (chunk) => (resolve(chunk.toString('utf8')), socket.end('QUIT\r\n')))
      socket.once('error', reject)
    })
    expect(reply).toMatch(/^220 /)
    expect(catcher.messages).toHaveLength(0)
  })
})
