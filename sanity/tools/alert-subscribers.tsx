'use client'
// A Studio tool for the comms team: how many confirmed subscribers follow each country and topic, per language — counts only, never an address.
import {useEffect, useState} from 'react'
import type {Tool} from 'sanity'

type Row = {slug: string; locale: string; count: number}
type Counts = {total: number; languages: Array<{locale: string; count: number}>; countries: Row[]; topics: Row[]}

const STORAGE_KEY = 'alerts-stats-token'

function Table({title, rows}: {title: string; rows: Row[]}) {
  const slugs = [...new Set(rows.map((row) => row.slug))]
  const count = (slug: string, locale: string) => rows.find((row) => row.slug === slug && row.locale === locale)?.count ?? 0
  return (
    <section style={{marginTop: 24}}>
      <h2 style={{fontSize: 18}}>{title}</h2>
      <table style={{borderCollapse: 'collapse', minWidth: 360}}>
        <thead>
          <tr>
            <th style={{textAlign: 'left', padding: 4}}>Slug</th>
            <th style={{textAlign: 'right', padding: 4}}>English</th>
            <th style={{textAlign: 'right', padding: 4}}>Español</th>
          </tr>
        </thead>
        <tbody>
          {slugs.map((slug) => (
            <tr key={slug}>
              <td style={{padding: 4}}>{slug}</td>
              <td style={{textAlign: 'right', padding: 4}}>{count(slug, 'en')}</td>
              <td style={{textAlign: 'right', padding: 4}}>{count(slug, 'es')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}

type Outcome = {counts: Counts} | {error: string}

async function fetchCounts(key: string): Promise<Outcome> {
  const response = await fetch('/api/alerts/counts', {headers: {authorization: `Bearer ${key}`}, cache: 'no-store'})
  if (!response.ok) return {error: response.status === 401 ? 'The key is not right.' : `The counts could not be read (${response.status}).`}
  window.localStorage.setItem(STORAGE_KEY, key)
  return {counts: (await response.json()) as Counts}
}

function AlertSubscribers() {
  const [token, setToken] = useState(() => (typeof window === 'undefined' ? '' : (window.localStorage.getItem(STORAGE_KEY) ?? '')))
  const [counts, setCounts] = useState<Counts | null>(null)
  const [error, setError] = useState('')

  function show(result: Outcome) {
    setError('error' in result ? result.error : '')
    setCounts('counts' in result ? result.counts : null)
  }

  useEffect(() => {
    const saved = window.localStorage.getItem(STORAGE_KEY)
    if (!saved) return
    let current = true
    void fetchCounts(saved).then((result) => current && show(result))
    return () => {
      current = false
    }
  }, [])

  return (
    <div style={{padding: 24, maxWidth: 720}}>
      <h1 style={{fontSize: 22}}>Alert subscribers</h1>
      <p>Confirmed subscribers per country, topic and language. Addresses are never shown here.</p>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          void fetchCounts(token).then(show)
        }}
      >
        <label htmlFor="alerts-stats-token">Statistics key (ALERTS_STATS_TOKEN)</label>{' '}
        <input id="alerts-stats-token" type="password" value={token} onChange={(event) => setToken(event.target.value)} />{' '}
        <button type="submit">Show</button>
      </form>
      {error ? <p role="alert">{error}</p> : null}
      {counts ? (
        <>
          <p>
            Total: {counts.total} ({counts.languages.map((language) => `${language.locale}: ${language.count}`).join(', ') || 'none'})
          </p>
          <Table title="Countries" rows={counts.countries} />
          <Table title="Topics" rows={counts.topics} />
        </>
      ) : null}
    </div>
  )
}

export const alertSubscribersTool: Tool = {name: 'alert-subscribers', title: 'Alert subscribers', component: AlertSubscribers}
