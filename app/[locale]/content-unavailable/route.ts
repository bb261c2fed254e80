// The 503 "content temporarily unavailable" page readers land on when Sanity cannot be reached: plain HTML, no stack.
import {unavailableReturnPath, RETRY_AFTER_SECONDS} from '@/lib/content/unavailable'
import {localePath} from '@/lib/i18n/navigation'
import {asLocale} from '@/lib/i18n/routing'
import {translator} from '@/lib/i18n/translator'

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`)
}

export async function GET(request: Request, {params}: RouteContext<'/[locale]/content-unavailable'>) {
  const locale = asLocale((await params).locale)
  const t = translator(locale)
  const siteName = t('site.name')
  const homePath = localePath(locale, '/')
  const from = unavailableReturnPath(new URL(request.url).searchParams.get('from'))
  const [title, body, retry, home] = [t('unavailable.title'), t('unavailable.body'), t('unavailable.retry'), t('unavailable.home')]
  const html = `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)} | ${escapeHtml(siteName)}</title>
<style>body{font-family:system-ui,sans-serif;margin:0;color:#0f172a}header{border-bottom:1px solid #e2e8f0;padding:1rem}main{max-width:40rem;padding:2rem 1rem}a{color:#1e3a8a}h1{font-size:1.875rem}p,li{font-size:1.125rem;line-height:1.6}</style>
</head>
<body>
<header><a href="${homePath}">${escapeHtml(siteName)}</a></header>
<main id="main">
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(body)}</p>
<ul>
<li><a href="${escapeHtml(from)}">${escapeHtml(retry)}</a></li>
<li><a href="${homePath}">${escapeHtml(home)}</a></li>
</ul>
</main>
</body>
</html>
`
  return new Response(html, {
    status: 503,
    headers: {'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'retry-after': String(RETRY_AFTER_SECONDS)},
  })
}
