// An SMTP server that only counts recipients, in its own process for the alerts bench; answers "count" messages with {distinct, total}.
import {SMTPServer} from 'smtp-server'

const seen = new Map()
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(stream, session, callback) {
    stream.on('data', () => undefined)
    stream.on('end', () => {
      for (const recipient of session.envelope.rcptTo) seen.set(recipient.address, (seen.get(recipient.address) ?? 0) + 1)
      callback()
    })
  },
})
server.listen(Number(process.argv[2]), '127.0.0.1', () => process.send?.('ready'))
process.on('message', () => process.send?.({distinct: seen.size, total: [...seen.values()].reduce((sum, count) => sum + count, 0)}))
