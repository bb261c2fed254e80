// The local mailbox as a process of its own (`node scripts/mailbox.mjs <smtp port> <web port>`): what `npm run start:cluster` runs when SMTP_URL is unset, stopped by its pid.
import {startMailCatcher} from './mail-catcher.mjs'

const [smtpPort, webPort] = process.argv.slice(2).map(Number)
const catcher = await startMailCatcher({smtpPort, webPort})
console.log(`[mailbox] SMTP ${catcher.smtpUrl}, messages at ${catcher.webUrl}`)
// Messages live in memory only: nothing to flush, and closing would wait for idle keep-alive connections.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(0))
