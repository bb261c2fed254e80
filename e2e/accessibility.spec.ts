// Every page type passes axe (WCAG 2.2 AA tags), has one h1 and unique ids, fits a 360px screen and works by keyboard.
import AxeBuilder from '@axe-core/playwright'
import {expect, test} from '@playwright/test'

const pages = [
  ['home', '/'],
  ['news item', '/news/guatemala-raises-awareness-about-recruitment-scams'],
  ['countries index', '/countries'],
  ['country', '/countries/el-salvador'],
  ['topics index', '/topics'],
  ['topic', '/topics/covid-19'],
  ['404', '/no/such/page'],
  ['unknown item 404', '/news/no-such-story'],
  ['Spanish home', '/es'],
  ['Spanish news item', '/es/news/guatemala-raises-awareness-about-recruitment-scams'],
  ['Spanish search', '/es/news?q=permisos'],
  ['Spanish countries index', '/es/countries'],
  ['Spanish country', '/es/countries/el-salvador'],
  ['Spanish topics index', '/es/topics'],
  ['Spanish topic', '/es/topics/covid-19'],
  ['Spanish 404', '/es/no/such/page'],
] as const

for (const [name, path] of pages) {
  test(`${name} page: no axe violations, one h1, unique ids`, async ({page}) => {
    await page.goto(path)
    const results = await new AxeBuilder({page}).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([])
    await expect(page.locator('h1')).toHaveCount(1)
    await expect(page.getByRole('main')).toHaveCount(1)
    await expect(page.getByRole('banner')).toHaveCount(1)
    await expect(page.getByRole('contentinfo')).toHaveCount(1)
    const duplicateIds = await page.evaluate(() => {
      const ids = [...document.querySelectorAll('[id]')].map((element) => element.id)
      return ids.filter((id, index) => ids.indexOf(id) !== index)
    })
    expect(duplicateIds).toEqual([])
  })

  test(`${name} page fits a 360px-wide screen without sideways scrolling`, async ({page}) => {
    await page.setViewportSize({width: 360, height: 740})
    await page.goto(path)
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    expect(overflow).toBeLessThanOrEqual(0)
  })
}

test('the skip link is the first stop and moves focus to the main content', async ({page}) => {
  await page.goto('/countries/el-salvador')
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', {name: 'Skip to main content'})
  await expect(skip).toBeFocused()
  await expect(skip).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('main')).toBeFocused()
})

test('a keyboard user reaches a country from the home page and its share links', async ({page}) => {
  await page.goto('/')
  const target = page.getByRole('region', {name: 'Countries with news'}).getByRole('link', {name: /^El Salvador/})
  for (let presses = 0; presses < 80 && !(await target.evaluate((link) => link === document.activeElement)); presses++) {
    await page.keyboard.press('Tab')
  }
  await expect(target).toBeFocused()
  const outline = await target.evaluate((link) => getComputedStyle(link).outlineStyle)
  expect(outline).not.toBe('none')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/countries\/el-salvador$/)
  const copy = page.getByRole('button', {name: 'Copy link'})
  for (let presses = 0; presses < 80 && !(await copy.evaluate((button) => button === document.activeElement)); presses++) {
    await page.keyboard.press('Tab')
  }
  await expect(copy).toBeFocused()
})
