// Which version of a translated news item a language's pages show, from the translation groups Sanity's
// document-internationalization plugin keeps (one translation.metadata document per group of translations).
import {contentLanguage, type Locale} from '@/lib/i18n/routing'

/** One published item of a group: its id, the language it is written in and its slug. */
export type TranslationMember = {id: string | null; language: string | null; slug: string | null}

export type TranslationGroup = {members: TranslationMember[] | null}

function published(group: TranslationGroup): Array<{id: string; language: Locale; slug: string}> {
  return (group.members ?? []).flatMap((member) =>
    member.id && member.slug ? [{id: member.id, language: contentLanguage(member.language), slug: member.slug}] : [],
  )
}

/**
 * The items a language's lists leave out because their group has a version in that language: a translated item is
 * listed once, in the reader's language when it exists, else in the language it was written in. Sorted, so the
 * list is one cache key however the groups were read.
 */
export function replacedIds(groups: TranslationGroup[], locale: Locale): string[] {
  const replaced = new Set<string>()
  for (const group of groups) {
    const members = published(group)
    if (!members.some((member) => member.language === locale)) continue
    for (const member of members) if (member.language !== locale) replaced.add(member.id)
  }
  return [...replaced].sort()
}

/** For every item with a published translation: the slug of each published version (itself included), by language. */
export function translationSlugsById(groups: TranslationGroup[]): Map<string, Partial<Record<Locale, string>>> {
  const byId = new Map<string, Partial<Record<Locale, string>>>()
  for (const group of groups) {
    const members = published(group)
    for (const own of members) {
      const slugs: Partial<Record<Locale, string>> = {[own.language]: own.slug}
      for (const member of members) slugs[member.language] ??= member.slug
      if (Object.keys(slugs).length > 1 && !byId.has(own.id)) byId.set(own.id, slugs)
    }
  }
  return byId
}
