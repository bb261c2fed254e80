// @vitest-environment jsdom
// The error pages a reader sees when a page fails: what happened, "Try again" that renders the page again, search and
// the way home; the global one is a whole document with the site's skip link and navigation.
import {act, type ReactNode} from 'react'
import {createRoot} from 'react-dom/client'
import {prerender} from 'react-dom/static'
import {afterEach, describe, expect, it, vi} from 'vitest'
import GlobalError from '@/app/global-error'
import SiteError from '@/app/[locale]/error'

const mounted: Array<() => void> = []

async function render(element: ReactNode): Promise<HTMLElement> {
  const container = document.createElement('div')
  document.body.append(container)
  const root = createRoot(container)
  await act(async () => root.render(element))
  await vi.waitFor(() => expect(container.querySelector('h1')).not.toBeNull())
  mounted.push(() => {
    act(() => root.unmount())
    container.remove()
  })
  return container
}

afterEach(() => {
  while (mounted.length > 0) mounted.pop()!()
})

function expectErrorPage(page: ParentNode) {
  expect(page.querySelector('h1')?.textContent).toBe('Something went wrong')
  expect(page.textContent).toContain('This page could not be shown because of an error on our side, not yours.')
  const home = [...page.querySelectorAll('a')].find((link) => link.textContent === 'Go to the home page')
  expect(home?.getAttribute('href')).toBe('/')
  const search = page.querySelector<HTMLFormElement>('form[role="search"]')
  expect(search?.getAttribute('action')).toBe('/news')
  expect(search?.querySelector('input[type="search"]')?.getAttribute('name')).toBe('q')
}

describe('the site error page', () => {
  it('says what happened, offers search and the way home, and "Try again" renders the page again', async () => {
    ;(globalThis as {IS_REACT_ACT_ENVIRONMENT?: boolean}).IS_REACT_ACT_ENVIRONMENT = true
    const retry = vi.fn()
    // Its text loads on demand (no message catalogue in every page's JavaScript), so it renders once that is in.
    const page = await render(<SiteError error={new Error('boom')} retry={retry} />)
    expectErrorPage(page)
    const tryAgain = [...page.querySelectorAll('button')].find((button) => button.textContent === 'Try again')
    expect(retry).not.toHaveBeenCalled()
    act(() => tryAgain?.click())
    expect(retry).toHaveBeenCalledTimes(1)
  })
})

describe('the global error page', () => {
  it('is a whole document in the site’s look: skip link, main navigation and the error message', async () => {
    // Its messages load on demand (they are not in every page's JavaScript), so it renders once they are in.
    const {prelude} = await prerender(<GlobalError error={new Error('boom')} retry={() => undefined} />)
    const html = await new Response(prelude).text()
    const document = new DOMParser().parseFromString(`<!DOCTYPE html>${html}`, 'text/html')
    expect(document.documentElement.lang).toBe('en')
    expect(document.title).toBe('Something went wrong | Labour Migration News')
    expect(document.querySelector('a[href="#main"]')?.textContent).toBe('Skip to main content')
    const navigation = [...document.querySelectorAll('header nav a')].map((link) => link.textContent)
    expect(navigation).toEqual(['Home', 'News', 'Countries', 'Topics'])
    expectErrorPage(document.querySelector('main#main')!)
    expect(document.querySelector('main')?.querySelector('button')?.textContent).toBe('Try again')
  })
})
