// A local mailbox for trying alerts with nothing configured: an SMTP server on loopback keeping messages in memory, and a
// page listing them on another loopback port (never the portal's, so never public). Also what the tests send mail to.
import http from 'node:http'
import {simpleParser} from 'mailparser'
import {SMTPServer} from 'smtp-server'

const escape = (value) => String(value ?? '').replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`)

/**
 * Starts the catcher; resolves to {messages, smtpUrl, webUrl, close}. Each message: {id, envelopeTo, subject, from, to,
 * date, text, html, headers (lower-case names → string), raw}.
 */
export async function startMailCatcher({host = '127.0.0.1', smtpPort = 1025, webPort = 1080, keep = 500} = {}) {
  const messages = []
  let nextId = 1
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    size: 10 * 1024 * 1024,
    onData(stream, session, callback) {
      const chunks = []
      stream.on('data', (chunk) => chunks.push(chunk))
      stream.on('end', async () => {
        const raw = Buffer.concat(chunks)
        try {
          const parsed = await simpleParser(raw)
          const headers = {}
          for (const line of parsed.headerLines) headers[line.key] = line.line.slice(line.line.indexOf(':') + 1).trim()
          messages.push({
            id: nextId++,
            envelopeTo: session.envelope.rcptTo.map((recipient) => recipient.address.toLowerCase()),
            subject: parsed.subject ?? '',
            from: parsed.from?.text ?? '',
            to: parsed.to ? [parsed.to].flat().map((address) => address.text).join(', ') : '',
            date: new Date().toISOString(),
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
            headers,
            raw: raw.toString('utf8'),
          })
          if (messages.length > keep) messages.splice(0, messages.length - keep)
          callback()
        } catch (error) {
          callback(error)
        }
      })
    },
  })
  await new Promise((resolve, reject) => {
    smtp.server.once('error', reject)
    smtp.listen(smtpPort, host, resolve)
  })

  const web = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', `http://${host}`)
    const send = (status, type, body) => {
      response.writeHead(status, {'content-type': type, 'cache-control': 'no-store', 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:"})
      response.end(body)
    }
    if (url.pathname === '/messages.json') return send(200, 'application/json', JSON.stringify(messages))
    const match = url.pathname.match(/^\/(\d+)(\.html)?$/)
    if (match) {
      const message = messages.find((entry) => entry.id === Number(match[1]))
      if (!message) return send(404, 'text/plain; charset=utf-8', 'No such message.')
      if (match[2]) return send(200, 'text/html; charset=utf-8', message.html)
      return send(
        200,
        'text/html; charset=utf-8',
        `<!doctype html><meta charset="utf-8"><title>${escape(message.subject)}</title><p><a href="/">All messages</a> · <a href="/${message.id}.html">HTML part</a></p><h1>${escape(message.subject)}</h1><pre style="white-space:pre-wrap">${escape(message.raw)}</pre>`,
      )
    }
    const rows = [...messages]
      .reverse()
      .map((message) => `<tr><td>${escape(message.date)}</td><td>${escape(message.to)}</td><td><a href="/${message.id}">${escape(message.subject)}</a></td></tr>`)
      .join('')
    send(200, 'text/html; charset=utf-8', `<!doctype html><meta charset="utf-8"><title>Local mailbox</title><h1>Local mailbox (${messages.length})</h1><table><tr><th>Received</th><th>To</th><th>Subject</th></tr>${rows}</table>`)
  })
  await new Promise((resolve, reject) => {
    web.once('error', reject)
    web.listen(webPort, host, resolve)
  })
  return {
    messages,
    smtpUrl: `smtp://${host}:${smtpPort}`,
    webUrl: `http://${host}:${webPort}/`,
    close: () => Promise.all([new Promise((resolve) => smtp.close(resolve)), new Promise((resolve) => web.close(resolve))]),
  }
}
