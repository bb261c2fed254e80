'use client'
// A Studio tool for the comms team, in the Studio's language: most read items (7 and 30 days), views and subscribers per country and topic — counts only, never an address or a reader.
import {useEffect, useState, type ReactNode} from 'react'
import {useCurrentLocale, useTranslation, type Tool} from 'sanity'
import {DASHBOARD_NAMESPACE} from './readers-dashboard-i18n'

type SubscriberRow = {slug: string; locale: string; count: number}
type Subscribers = {total: number; languages: Array<{locale: string; count: number}>; countries: SubscriberRow[]; topics: SubscriberRow[]}
type ViewRow = {slug: string; views: number}
type Views = {
  total: number
  languages: Array<{locale: string; views: number}>
  news7: ViewRow[]
  news30: ViewRow[]
  countries: ViewRow[]
  topics: ViewRow[]
  referrers: Array<{host: string; views: number}>
  names: {news: Record<string, string>; country: Record<string, string>; topic: Record<string, string>}
}
type Numbers = {subscribers: Subscribers; views: Views}
type Outcome = {numbers: Numbers} | {error: 'key'} | {error: 'other'; status: number}

const STORAGE_KEY = 'alerts-stats-token'
const cell = {padding: 4, borderBottom: '1px solid #ccc'} as const
const numberCell = {...cell, textAlign: 'right'} as const

async function fetchNumbers(key: string, locale: 'en' | 'es'): Promise<Outcome> {
  const headers = {authorization: `Bearer ${key}`}
  const [subscribers, views] = await Promise.all([
    fetch('/api/alerts/counts', {headers, cache: 'no-store'}),
    fetch(`/api/views/stats?locale=${locale}`, {headers, cache: 'no-store'}),
  ])
  const failed = [subscribers, views].find((response) => !response.ok)
  if (failed) return failed.status === 401 ? {error: 'key'} : {error: 'other', status: failed.status}
  window.localStorage.setItem(STORAGE_KEY, key)
  return {numbers: {subscribers: (await subscribers.json()) as Subscribers, views: (await views.json()) as Views}}
}

function Table({heading, columns, rows, empty}: {heading: string; columns: string[]; rows: ReactNode[][]; empty: string}) {
  return (
    <section style={{marginTop: 24}}>
      <h2 style={{fontSize: 18}}>{heading}</h2>
      {rows.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <table style={{borderCollapse: 'collapse', minWidth: 420}}>
          <thead>
            <tr>
              {columns.map((column, index) => (
                <th key={column} scope="col" style={index === 0 ? {...cell, textAlign: 'left'} : numberCell}>
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, rowIndex) => (
              <tr key={rowIndex}>
                {row.map((value, index) => (
                  <td key={index} style={index === 0 ? cell : numberCell}>
                    {value}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}

function ReadersDashboard() {
  const {t} = useTranslation(DASHBOARD_NAMESPACE)
  const studioLocale = useCurrentLocale().id
  const locale = studioLocale.startsWith('es') ? 'es' : 'en'
  const format = (value: number) => value.toLocaleString(studioLocale)
  const [token, setToken] = useState(() => (typeof window === 'undefined' ? '' : (window.localStorage.getItem(STORAGE_KEY) ?? '')))
  const [outcome, setOutcome] = useState<Outcome | null>(null)

  useEffect(() => {
    const saved = window.localStorage.getItem(STORAGE_KEY)
    if (!saved) return
    let current = true
    void fetchNumbers(saved, locale).then((result) => current && setOutcome(result))
    return () => {
      current = false
    }
  }, [locale])

  const numbers = outcome && 'numbers' in outcome ? outcome.numbers : null
  const error = outcome && 'error' in outcome ? (outcome.error === 'key' ? t('error.key') : t('error.other', {status: outcome.status})) : ''
  const byLanguage = <Row extends {locale: string}>(rows: Row[], value: (row: Row) => number, language: string) =>
    format(rows.filter((row) => row.locale === language).reduce((sum, row) => sum + value(row), 0))

  /** Every country or topic that has views or subscribers: its page views over 30 days and its subscribers per language. */
  function collectionRows(kind: 'country' | 'topic', views: ViewRow[], subscribers: SubscriberRow[], names: Record<string, string>) {
    const slugs = [...new Set([...views.map((row) => row.slug), ...subscribers.map((row) => row.slug)])]
    const viewsOf = (slug: string) => views.find((row) => row.slug === slug)?.views ?? 0
    const subscribersOf = (slug: string, language: string) => subscribers.find((row) => row.slug === slug && row.locale === language)?.count ?? 0
    return slugs
      .sort((a, b) => viewsOf(b) - viewsOf(a) || (names[a] ?? a).localeCompare(names[b] ?? b, studioLocale))
      .map((slug) => [names[slug] ?? slug, format(viewsOf(slug)), format(subscribersOf(slug, 'en')), format(subscribersOf(slug, 'es'))])
  }

  return (
    <div style={{padding: 24, maxWidth: 900}}>
      <h1 style={{fontSize: 22}}>{t('heading')}</h1>
      <p>{t('intro')}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          void fetchNumbers(token, locale).then(setOutcome)
        }}
      >
        <label htmlFor="alerts-stats-token">{t('key.label')}</label>{' '}
        <input id="alerts-stats-token" type="password" value={token} onChange={(event) => setToken(event.target.value)} />{' '}
        <button type="submit">{t('key.show')}</button>
      </form>
      {error ? <p role="alert">{error}</p> : null}
      {numbers ? (
        <>
          <p>
            {t('summary.views', {
              total: format(numbers.views.total),
              en: byLanguage(numbers.views.languages, (row) => row.views, 'en'),
              es: byLanguage(numbers.views.languages, (row) => row.views, 'es'),
            })}
          </p>
          <p>
            {t('summary.subscribers', {
              total: format(numbers.subscribers.total),
              en: byLanguage(numbers.subscribers.languages, (row) => row.count, 'en'),
              es: byLanguage(numbers.subscribers.languages, (row) => row.count, 'es'),
            })}
          </p>
          {(['news7', 'news30'] as const).map((period) => (
            <Table
              key={period}
              heading={t(`${period}.heading`)}
              columns={[t('column.item'), t('column.views')]}
              rows={numbers.views[period].map((row) => [numbers.views.names.news[row.slug] ?? row.slug, format(row.views)])}
              empty={t('empty')}
            />
          ))}
          {(['country', 'topic'] as const).map((kind) => (
            <Table
              key={kind}
              heading={t(kind === 'country' ? 'countries.heading' : 'topics.heading')}
              columns={[t('column.name'), t('column.pageViews'), t('column.subscribersEn'), t('column.subscribersEs')]}
              rows={collectionRows(
                kind,
                kind === 'country' ? numbers.views.countries : numbers.views.topics,
                kind === 'country' ? numbers.subscribers.countries : numbers.subscribers.topics,
                numbers.views.names[kind],
              )}
              empty={t('empty')}
            />
          ))}
          <Table
            heading={t('referrers.heading')}
            columns={[t('column.site'), t('column.views')]}
            rows={numbers.views.referrers.map((row) => [row.host || t('referrer.none'), format(row.views)])}
            empty={t('empty')}
          />
        </>
      ) : null}
    </div>
  )
}

/** Sanity's tool title is a plain string, not translated: it names the tool in both languages. */
export const readersDashboardTool: Tool = {name: 'readers', title: 'Readers · Lectores', component: ReadersDashboard}
