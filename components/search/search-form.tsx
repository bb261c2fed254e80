// The /news search form: a plain GET form that works without JavaScript; with it, results follow every change.
// Its text comes from the server as props (no message formatter in the browser).
'use client'

import {useEffect, useRef, useSyncExternalStore, useTransition, type ChangeEvent, type FormEvent} from 'react'
import type {FacetCount} from '@/lib/search/engine'
import {useRouter} from 'next/navigation'
import {localeHref} from '@/lib/i18n/paths'
import type {Locale} from '@/lib/i18n/routing'
import {parseQueryString, parseSearchParams, searchQueryString, type SearchState} from '@/lib/search/search-params'

const TYPING_PAUSE_MS = 400

const subscribeToNothing = () => () => {}

/** The sort a reader chose, or '' for the default (best match with search words, newest first without). */
function explicitSort(state: SearchState): string {
  return state.sort === (state.q ? 'relevance' : 'newest') ? '' : state.sort
}

/** The form's interface text, formatted on the server. */
export type SearchFormText = {
  label: string
  placeholder: string
  submit: string
  updating: string
  filters: string
  countries: string
  topics: string
  dates: string
  from: string
  to: string
  sort: string
  sorts: {relevance: string; newest: string; oldest: string}
  apply: string
}

type SearchFormProps = {
  state: SearchState
  facets: {countries: FacetCount[]; topics: FacetCount[]}
  locale: Locale
  text: SearchFormText
}

/** The form's current values as a cleaned search URL (page 1: any change starts over). */
function hrefFromForm(form: HTMLFormElement): string {
  const raw: Record<string, string[]> = {}
  for (const [key, value] of new FormData(form)) {
    if (typeof value === 'string' && value !== '') (raw[key] ??= []).push(value)
  }
  return `/news${searchQueryString({...parseSearchParams(raw), page: 1})}`
}

function FacetGroup({legend, name, options, selected}: {legend: string; name: string; options: FacetCount[]; selected: string[]}) {
  if (options.length === 0) return null
  return (
    <fieldset className="mt-4">
      <legend className="font-semibold">{legend}</legend>
      <ul className="mt-2 space-y-1">
        {options.map((option) => (
          <li key={option.slug}>
            <label className="flex cursor-pointer items-center gap-2 py-0.5">
              <input
                type="checkbox"
                name={name}
                value={option.slug}
                defaultChecked={selected.includes(option.slug)}
                className="h-4 w-4 accent-blue-800"
              />
              <span>
                {option.label} <span className="text-slate-700">({option.count})</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  )
}

export function SearchForm({state, facets, locale, text}: SearchFormProps) {
  const router = useRouter()
  const formRef = useRef<HTMLFormElement>(null)
  const queryRef = useRef<HTMLInputElement>(null)
  const typingTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const [isPending, startTransition] = useTransition()
  // True once hydrated in a browser: the "Apply filters" button is then unneeded, as changes apply at once.
  const enhanced = useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  )
  const stateKey = searchQueryString({...state, page: 1})

  // Back and forward change the URL under the form: show that state, but never overwrite words being typed.
  useEffect(() => {
    const form = formRef.current
    if (!form) return
    const state = parseQueryString(stateKey)
    const input = queryRef.current
    if (input && document.activeElement !== input) input.value = state.q
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      box.checked = (box.name === 'country' ? state.countries : state.topics).includes(box.value)
    }
    for (const [name, value] of [
      ['from', state.from],
      ['to', state.to],
      ['sort', explicitSort(state)],
    ] as const) {
      const control = form.elements.namedItem(name)
      if (control instanceof HTMLInputElement || control instanceof HTMLSelectElement) control.value = value ?? ''
    }
  }, [stateKey])

  useEffect(() => () => clearTimeout(typingTimer.current), [])

  function navigate() {
    const form = formRef.current
    if (!form) return
    const href = hrefFromForm(form)
    if (href === `/news${stateKey}`) return
    startTransition(() => router.push(localeHref(locale, href), {scroll: false}))
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    clearTimeout(typingTimer.current)
    navigate()
  }

  function onFormChange(event: ChangeEvent<HTMLFormElement>) {
    // Typing is handled after a pause (onQueryInput); every other control applies at once.
    if (event.nativeEvent.target !== queryRef.current) navigate()
  }

  function onQueryInput() {
    clearTimeout(typingTimer.current)
    typingTimer.current = setTimeout(navigate, TYPING_PAUSE_MS)
  }

  const activeFilters = state.countries.length + state.topics.length + (state.from ? 1 : 0) + (state.to ? 1 : 0)

  return (
    <form
      ref={formRef}
      action={localeHref(locale, '/news')}
      method="get"
      role="search"
      aria-label={text.label}
      onSubmit={onSubmit}
      onChange={onFormChange}
    >
      <label htmlFor="search-q" className="block font-semibold">
        {text.label}
      </label>
      <div className="mt-1 flex gap-2">
        <input
          ref={queryRef}
          id="search-q"
          name="q"
          type="search"
          defaultValue={state.q}
          maxLength={200}
          placeholder={text.placeholder}
          onInput={onQueryInput}
          className="min-w-0 flex-1 rounded border border-slate-500 px-3 py-2 text-base"
        />
        <button type="submit" className="rounded bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900">
          {text.submit}
        </button>
      </div>
      <p className="mt-1 h-5 text-sm text-slate-700" aria-hidden={!isPending}>
        {isPending ? text.updating : ''}
      </p>

      <details open={activeFilters > 0 || undefined} className="filter-panel mt-3 rounded border border-slate-300 p-3">
        <summary className="cursor-pointer font-semibold">
          {text.filters}
          {activeFilters > 0 && ` (${activeFilters})`}
        </summary>
        <FacetGroup legend={text.countries} name="country" options={facets.countries} selected={state.countries} />
        <FacetGroup legend={text.topics} name="topic" options={facets.topics} selected={state.topics} />
        <fieldset className="mt-4">
          <legend className="font-semibold">{text.dates}</legend>
          <div className="mt-2 flex flex-wrap gap-3">
            <label className="flex flex-col text-sm">
              {text.from}
              <input type="date" name="from" defaultValue={state.from ?? ''} className="rounded border border-slate-500 px-2 py-1 text-base" />
            </label>
            <label className="flex flex-col text-sm">
              {text.to}
              <input type="date" name="to" defaultValue={state.to ?? ''} className="rounded border border-slate-500 px-2 py-1 text-base" />
            </label>
          </div>
        </fieldset>
        <label className="mt-4 flex flex-col text-sm font-semibold">
          {text.sort}
          <select name="sort" defaultValue={explicitSort(state)} className="mt-1 rounded border border-slate-500 px-2 py-1 text-base font-normal">
            <option value="">{state.q ? text.sorts.relevance : text.sorts.newest}</option>
            {state.q && <option value="newest">{text.sorts.newest}</option>}
            <option value="oldest">{text.sorts.oldest}</option>
          </select>
        </label>
        {!enhanced && (
          <button type="submit" className="mt-4 rounded border border-blue-800 px-3 py-1 font-semibold text-blue-900">
            {text.apply}
          </button>
        )}
      </details>
    </form>
  )
}
