// The alerts' emails in the subscriber's language: an HTML and a plain-text part, list headers (RFC 2369, 8058, 2919), no tracking.
import {formatDate} from '@/lib/format/dates'
import type {Locale} from '@/lib/i18n/routing'
import {translator} from '@/lib/i18n/translator'
import {absoluteUrl, siteUrl} from '@/lib/http/site'

export type EmailItem = {title: string; summary: string; path: string; publishedAt: string; countryNames: string[]}

export type Links = {confirm?: string; manage?: string; unsubscribe?: string}

export type EmailContent = {
  subject: string
  text: string
  html: string
  headers: Record<string, string>
  messageId: string
}

export type EmailInput = {
  kind: 'confirm' | 'welcome' | 'instant' | 'daily' | 'weekly'
  /** The outbox row's id: the Message-ID is made from it, so a retry sends the same message. */
  outboxId: string
  locale: Locale
  timeZone: string
  siteName: string
  items: EmailItem[]
  /** Countries, topics and words chosen, as words for people. */
  choices: string
  window?: {start: Date; end: Date}
  links: Links
}

/** One translator per language for the process: building one parses the catalogue's messages again. */
const translators = new Map<Locale, ReturnType<typeof translator>>()
export function mailTranslator(locale: Locale) {
  let t = translators.get(locale)
  if (!t) translators.set(locale, (t = translator(locale)))
  return t
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`)
}

const host = () => siteUrl().hostname

function itemText(item: EmailItem, locale: Locale, timeZone: string): string {
  const meta = [formatDate(item.publishedAt, locale, timeZone), item.countryNames.join(', ')].filter(Boolean).join(' · ')
  return [item.title, meta, item.summary, absoluteUrl(item.path)].filter(Boolean).join('\n')
}

function itemHtml(item: EmailItem, locale: Locale, timeZone: string): string {
  const meta = [formatDate(item.publishedAt, locale, timeZone), item.countryNames.join(', ')].filter(Boolean).join(' · ')
  return `<tr><td style="padding:12px 0;border-bottom:1px solid #d0d7de">
<h2 style="margin:0 0 4px;font-size:18px;line-height:1.3"><a href="${escapeHtml(absoluteUrl(item.path))}" style="color:#0b4f8a">${escapeHtml(item.title)}</a></h2>
<p style="margin:0 0 6px;color:#4a5560;font-size:14px">${escapeHtml(meta)}</p>
${item.summary ? `<p style="margin:0;font-size:15px;line-height:1.5">${escapeHtml(item.summary)}</p>` : ''}
</td></tr>`
}

export function renderEmail(input: EmailInput): EmailContent {
  const t = mailTranslator(input.locale)
  const {locale, timeZone, links} = input
  const site = input.siteName
  const day = (date: Date) => formatDate(date.toISOString(), locale, timeZone)
  let subject: string
  let intro: string
  let after = ''
  switch (input.kind) {
    case 'confirm':
      subject = t('alerts.mail.confirmSubject')
      intro = t('alerts.mail.confirmIntro', {site})
      after = t('alerts.mail.confirmIgnore')
      break
    case 'welcome':
      subject = t('alerts.mail.welcomeSubject')
      intro = input.items.length > 0 ? t('alerts.mail.welcomeIntro') : t('alerts.mail.welcomeNone')
      break
    case 'instant':
      subject = t('alerts.mail.instantSubject', {title: input.items[0]?.title ?? ''})
      intro = t('alerts.mail.instantIntro')
      break
    default: {
      subject = t(input.kind === 'daily' ? 'alerts.mail.dailySubject' : 'alerts.mail.weeklySubject', {count: input.items.length})
      const window = input.window ?? {start: new Date(), end: new Date()}
      // The window ends at midnight: its last day is the one before.
      intro = t('alerts.mail.digestIntro', {from: day(window.start), to: day(new Date(window.end.getTime() - 1))})
    }
  }
  const choices = input.choices ? t('alerts.mail.yourChoices', {choices: input.choices}) : ''
  const footerLinks: Array<[string, string]> = []
  if (links.manage) footerLinks.push([t('alerts.mail.manage'), links.manage])
  if (links.unsubscribe) footerLinks.push([t('alerts.mail.unsubscribe'), links.unsubscribe], [t('alerts.mail.deleteData'), links.unsubscribe])
  const footer = input.kind === 'confirm' ? '' : t('alerts.mail.footer', {site})

  const text = [
    site,
    '',
    intro,
    ...(links.confirm ? ['', links.confirm] : []),
    ...(after ? ['', after] : []),
    ...input.items.flatMap((item) => ['', itemText(item, locale, timeZone)]),
    ...(choices ? ['', choices] : []),
    '',
    '--',
    ...(footer ? [footer] : []),
    ...footerLinks.map(([label, url]) => `${label}: ${url}`),
  ].join('\n')

  const html = `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:16px;background:#ffffff;color:#1f2328;font-family:Arial,Helvetica,sans-serif">
<table role="presentation" width="100%" style="max-width:640px;margin:0 auto;border-collapse:collapse"><tr><td>
<p style="margin:0 0 16px;font-weight:bold;font-size:16px">${escapeHtml(site)}</p>
<p style="font-size:16px;line-height:1.5">${escapeHtml(intro)}</p>
${links.confirm ? `<p><a href="${escapeHtml(links.confirm)}" style="display:inline-block;padding:10px 16px;background:#0b4f8a;color:#ffffff;text-decoration:none;border-radius:4px">${escapeHtml(t('alerts.mail.confirmButton'))}</a></p><p style="font-size:13px;color:#4a5560;word-break:break-all">${escapeHtml(links.confirm)}</p>` : ''}
${after ? `<p style="font-size:14px;color:#4a5560">${escapeHtml(after)}</p>` : ''}
</td></tr>
${input.items.map((item) => itemHtml(item, locale, timeZone)).join('\n')}
<tr><td style="padding-top:16px;font-size:13px;color:#4a5560">
${choices ? `<p>${escapeHtml(choices)}</p>` : ''}
${footer ? `<p>${escapeHtml(footer)}</p>` : ''}
<p>${footerLinks.map(([label, url]) => `<a href="${escapeHtml(url)}" style="color:#0b4f8a">${escapeHtml(label)}</a>`).join(' · ')}</p>
</td></tr></table></body></html>`

  const headers: Record<string, string> = {
    'List-Id': `${site.replace(/[<>"\r\n]/g, '')} <alerts.${host()}>`,
    'Auto-Submitted': 'auto-generated',
  }
  if (links.unsubscribe) {
    headers['List-Unsubscribe'] = `<${links.unsubscribe}>`
    headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click'
  }
  return {subject, text, html, headers, messageId: `<alert-${input.outboxId}@${host()}>`}
}
