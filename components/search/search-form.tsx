// The /news search form: a plain GET form that works without JavaScript; with it, results follow every change.
'use client'

import {useEffect, useRef, useSyncExternalStore, useTransition, type ChangeEvent, type FormEvent} from 'react'
import type {FacetCount} from '@/lib/search/engine'
import {useLocale, useTranslations} from 'next-intl'
import {localePath, useRouter} from '@/lib/i18n/navigation'
import {parseQueryString, parseSearchParams, searchQueryString, type SearchState} from '@/lib/search/params'

const TYPING_PAUSE_MS = 400

const subscribeToNothing = () => () => {}

/** The sort a reader chose, or '' for the default (best match with search words, newest first without). */
function explicitSort(state: SearchState): string {
  return state.sort === (state.q ? 'relevance' : 'newest') ? '' : state.sort
}

type SearchFormProps = {
  state: SearchState
  facets: {countries: FacetCount[]; topics: FacetCount[]}
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

export function SearchForm({state, facets}: SearchFormProps) {
  const router = useRouter()
  const t = useTranslations('search')
  const locale = useLocale()
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
    startTransition(() => router.push(href, {scroll: false}))
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
      action={localePath(locale, '/news')}
      method="get"
      role="search"
      aria-label={t('label')}
      onSubmit={onSubmit}
      onChange={onFormChange}
    >
      <label htmlFor="search-q" className="block font-semibold">
        {t('label')}
      </label>
      <div className="mt-1 flex gap-2">
        <input
          ref={queryRef}
          id="search-q"
          name="q"
          type="search"
          defaultValue={state.q}
          maxLength={200}
          placeholder={t('placeholder')}
          onInput={onQueryInput}
          className="min-w-0 flex-1 rounded border border-slate-500 px-3 py-2 text-base"
        />
        <button type="submit" className="rounded bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900">
          {t('submit')}
        </button>
      </div>
      <p className="mt-1 h-5 text-sm text-slate-700" aria-hidden={!isPending}>
        {isPending ? t('updating') : ''}
      </p>

      <details open={activeFilters > 0 || undefined} className="filter-panel mt-3 rounded border border-slate-300 p-3">
        <summary className="cursor-pointer font-semibold">
          {t('filters')}
          {activeFilters > 0 && ` (${activeFilters})`}
        </summary>
        <FacetGroup legend={t('countries')} name="country" options={facets.countries} selected={state.countries} />
        <FacetGroup legend={t('topics')} name="topic" options={facets.topics} selected={state.topics} />
        <fieldset className="mt-4">
          <legend className="font-semibold">{t('dates')}</legend>
          <div className="mt-2 flex flex-wrap gap-3">
            <label className="flex flex-col text-sm">
              {t('from')}
              <input type="date" name="from" defaultValue={state.from ?? ''} className="rounded border border-slate-500 px-2 py-1 text-base" />
            </label>
            <label className="flex flex-col text-sm">
              {t('to')}
              <input type="date" name="to" defaultValue={state.to ?? ''} className="rounded border border-slate-500 px-2 py-1 text-base" />
            </label>
          </div>
        </fieldset>
        <label className="mt-4 flex flex-col text-sm font-semibold">
          {t('sort')}
          <select name="sort" defaultValue={explicitSort(state)} className="mt-1 rounded border border-slate-500 px-2 py-1 text-base font-normal">
            <option value="">{state.q ? t('sorts.relevance') : t('sorts.newest')}</option>
            {state.q && <option value="newest">{t('sorts.newest')}</option>}
            <option value="oldest">{t('sorts.oldest')}</option>
          </select>
        </label>
        {!enhanced && (
          <button type="submit" className="mt-4 rounded border border-blue-800 px-3 py-1 font-semibold text-blue-900">
            {t('apply')}
          </button>
        )}
      </details>
    </form>
  )
}
