// The GROQ filters of the Studio's working lists (drafts, items needing attention, English without a Spanish
// version), kept apart from the structure so a test can run them over a dataset.

/** An English item with no Spanish item linked to it as its translation (the translation plugin's metadata). */
const WITHOUT_SPANISH = `language == "en" && count(*[_type == "translation.metadata" && references(^._id) && count(translations[language == "es" && defined(value._ref)]) > 0]) == 0`

export const EDITOR_LISTS = {
  /** Items never published, and published items with changes not yet published: both are drafts. */
  drafts: {id: 'news-drafts', title: 'Drafts and unpublished changes', filter: `_type == "newsItem" && _id in path("drafts.**")`},
  /** Published items missing what readers notice: a main image, a topic, or (English ones) a Spanish version. */
  needsAttention: {
    id: 'news-needs-attention',
    title: 'Needs attention (no image, no topic or no Spanish version)',
    filter: `_type == "newsItem" && !(_id in path("drafts.**")) && (!defined(mainImage.asset) || count(coalesce(topics, [])) == 0 || (${WITHOUT_SPANISH}))`,
  },
  /** English items that readers of Spanish see only in English. */
  withoutSpanish: {
    id: 'news-without-spanish',
    title: 'English without a Spanish version',
    filter: `_type == "newsItem" && !(_id in path("drafts.**")) && ${WITHOUT_SPANISH}`,
  },
} as const
