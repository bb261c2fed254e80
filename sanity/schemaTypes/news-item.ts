// The news item: what communications staff write and readers find, list and share.
import {defineArrayMember, defineField, defineType} from 'sanity'
import {isoDay} from '../calendar-day'
import {isSlug, slugify} from '../slug.mjs'
import {isDraftId, isVersionId} from '@sanity/client/csm'
import {CONTENT_LANGUAGES} from '../translations'
import {isUniqueAcrossType} from './unique-field'

export const TITLE_MAX = 120
export const TITLE_HARD_MAX = 200
export const SUMMARY_MAX = 400
/** About what search engines and link previews show of a description. */
export const SEO_DESCRIPTION_MAX = 160

const SAFE_LINK = /^(https?:\/\/|mailto:)/i

/** Alt text, required as soon as the image has a file: every image on the site is described for screen readers. */
function imageAltField() {
  return defineField({
    name: 'alt',
    title: 'Description for people who cannot see the image',
    type: 'string',
    description: 'Say what the image shows and why it matters to the story.',
    validation: (rule) =>
      rule.custom((alt, context) => {
        const image = context.parent as {asset?: unknown} | undefined
        if (!image?.asset) return true
        return typeof alt === 'string' && alt.trim().length > 0 ? true : 'Describe the image for readers who use screen readers.'
      }),
  })
}

/** Caption and credit, both shown under the image wherever it appears on the page. */
function imageCaptionFields() {
  return [
    defineField({name: 'caption', title: 'Caption', type: 'string', description: 'Shown under the image. Optional.'}),
    defineField({
      name: 'credit',
      title: 'Credit',
      type: 'string',
      description: 'Who took or owns the image, e.g. "IOM / Jane Doe". Shown under the image after "Photo:". Optional.',
    }),
  ]
}

/**
 * The publication date is required of published items and of release versions: a draft may leave it empty because
 * Publish fills it in, but Releases and Scheduled drafts publish on Sanity's servers without that button, so a
 * version without a date would go out undated.
 */
export function publishedAtRule(value: unknown, context: {document?: {_id?: string}}): true | string {
  if (typeof value === 'string' && value.trim() !== '') return true
  const id = context.document?._id
  if (id !== undefined && isVersionId(id)) {
    return 'Set the publication date before adding this item to a release or scheduling it: releases and scheduled drafts publish without the Publish button, which is what fills the date in. Pick today or the day it should go out.'
  }
  return id !== undefined && isDraftId(id) ? true : 'Set the publication date.'
}

/** How far ahead a date may be before the form warns (a time zone's worth, so "today" anywhere is never flagged). */
const FUTURE_MARGIN_MS = 24 * 60 * 60 * 1000

/**
 * A warning for a date in the future: Publish puts the item online at once whatever its date, so it would sit at the top
 * of every list dated days ahead. Scheduling is what publishes later.
 */
export function futureDateWarning(value: unknown, now: Date = new Date()): true | string {
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) return true
  return Date.parse(value) - now.getTime() > FUTURE_MARGIN_MS
    ? 'This date is in the future, but Publish puts the item online now, at the top of the lists with this date. To publish it later, schedule it instead.'
    : true
}

export const newsItemType = defineType({
  name: 'newsItem',
  title: 'News item',
  type: 'document',
  fields: [
    defineField({
      name: 'language',
      title: 'Language',
      type: 'string',
      description: 'The language this item is written in. Readers of the other language see it, marked as such, until a translation is published.',
      options: {list: CONTENT_LANGUAGES.map(({id, title}) => ({title, value: id}))},
      // Set by the template an item is created from ("English News item", "Create Español translation") and shown by
      // the translation plugin's badge and menu, which own it: never edited by hand.
      readOnly: true,
      hidden: true,
      validation: (rule) => rule.required().error('This item has no language: create items from the English or Spanish template.'),
    }),
    defineField({
      name: 'title',
      title: 'Headline',
      type: 'string',
      description: `The headline readers see in lists, on the page and when it is shared. Aim for ${TITLE_MAX} characters or fewer.`,
      validation: (rule) => [
        rule.required().error('Every news item needs a headline.'),
        rule.max(TITLE_MAX).warning(`Headlines over ${TITLE_MAX} characters get cut off when shared; shorten it if you can.`),
        rule.max(TITLE_HARD_MAX).error(`A headline cannot be longer than ${TITLE_HARD_MAX} characters.`),
      ],
    }),
    defineField({
      name: 'slug',
      title: 'Web address',
      type: 'slug',
      description:
        'The last part of the page address (/news/…). Press "Generate" to make it from the headline; avoid changing it once published, as shared links use it. Each item has its own, translations too.',
      options: {
        // A new translation starts as a copy of its source item, but never with its web address (see unique-field.ts).
        documentInternationalization: {exclude: true},
        source: 'title',
        maxLength: 96,
        slugify: (input: string) => slugify(input),
        isUnique: (value, context) => isUniqueAcrossType(value, 'slug.current', context),
      },
      validation: (rule) => rule.required().error('Generate a web address from the headline before publishing.'),
    }),
    defineField({
      name: 'previousSlugs',
      title: 'Earlier web addresses',
      type: 'array',
      description:
        'Addresses this story had before (/news/…): they keep working and lead readers to the current one. Publishing a new web address adds the old one here by itself; remove an entry only to stop it leading here.',
      of: [defineArrayMember({type: 'string'})],
      // A translation has its own address from the start: it never claims the source item's earlier ones.
      options: {layout: 'tags', documentInternationalization: {exclude: true}},
      validation: (rule) => [
        rule.unique().error('Each earlier address only once, please.'),
        rule.custom((values: string[] | undefined, context) => {
          const current = (context.document?.slug as {current?: string} | undefined)?.current
          const wrong = (values ?? []).find((value) => !isSlug(value) || value === current)
          if (wrong === undefined) return true
          return wrong === current
            ? 'The current web address is not an earlier one: remove it here.'
            : `"${wrong}" is not a web address: lower-case words joined by hyphens.`
        }),
      ],
    }),
    defineField({
      name: 'publishedAt',
      title: 'Publication date',
      type: 'datetime',
      description:
        'The date shown to readers; lists are sorted by it, newest first. Left empty, it is set to the moment you first publish; change it to correct or backdate a story.',
      // A translation is dated when it is first published (readers of its language see it that day), not with the date of
      // the item it was translated from: change it by hand to keep the original's date.
      options: {documentInternationalization: {exclude: true}},
      validation: (rule) => [rule.custom(publishedAtRule).error(), rule.custom((value) => futureDateWarning(value)).warning()],
    }),
    defineField({
      name: 'place',
      title: 'Dateline',
      type: 'string',
      description: 'Where the story comes from, shown before the lead, e.g. "Santo Domingo" or "Mexicali, Baja California". Optional.',
      validation: (rule) => rule.max(80).warning('A dateline is usually a city and region: keep it short.'),
    }),
    defineField({
      name: 'summary',
      title: 'Lead paragraph',
      type: 'text',
      rows: 4,
      description: `The opening paragraph. It appears in lists, search results and as the description when the page is shared. Aim for ${SUMMARY_MAX} characters or fewer.`,
      validation: (rule) => [
        rule.required().error('Write a lead paragraph: lists and shared links show it.'),
        rule.max(SUMMARY_MAX).warning(`Leads over ${SUMMARY_MAX} characters are long for lists and search results; move the rest into the body if you can.`),
      ],
    }),
    defineField({
      name: 'body',
      title: 'Body',
      type: 'array',
      description: 'The rest of the story, after the lead. Use headings to break up long pieces.',
      of: [
        defineArrayMember({
          type: 'block',
          styles: [
            {title: 'Paragraph', value: 'normal'},
            {title: 'Heading', value: 'h2'},
            {title: 'Subheading', value: 'h3'},
            {title: 'Quote', value: 'blockquote'},
          ],
          lists: [
            {title: 'Bulleted list', value: 'bullet'},
            {title: 'Numbered list', value: 'number'},
          ],
          marks: {
            decorators: [
              {title: 'Bold', value: 'strong'},
              {title: 'Italic', value: 'em'},
            ],
            annotations: [
              defineArrayMember({
                name: 'link',
                title: 'Link',
                type: 'object',
                fields: [
                  defineField({
                    name: 'href',
                    title: 'Address',
                    type: 'url',
                    description: 'A full web address (https://…) or an email address (mailto:…).',
                    validation: (rule) => [
                      rule.required().error('A link needs an address.'),
                      rule.uri({scheme: ['http', 'https', 'mailto']}).error('Links may only start with https://, http:// or mailto:.'),
                      rule.custom((href) =>
                        typeof href !== 'string' || SAFE_LINK.test(href) ? true : 'Links may only start with https://, http:// or mailto:.',
                      ),
                    ],
                  }),
                ],
              }),
              defineArrayMember({
                name: 'internalLink',
                title: 'Link to a news item',
                type: 'object',
                fields: [
                  defineField({
                    name: 'reference',
                    title: 'News item',
                    type: 'reference',
                    to: [{type: 'newsItem'}],
                    // Weak: the linked item can still be unpublished or deleted; the site then shows the words without the link.
                    weak: true,
                    description: 'The link follows the item if its web address changes. If that item is unpublished, the words stay, without the link.',
                    validation: (rule) => rule.required().error('Choose the news item to link to.'),
                  }),
                ],
              }),
            ],
          },
        }),
        defineArrayMember({
          type: 'image',
          options: {hotspot: true},
          fields: [imageAltField(), ...imageCaptionFields()],
        }),
      ],
    }),
    defineField({
      name: 'mainImage',
      title: 'Main image',
      type: 'image',
      description:
        'Optional. Shown at the top of the story, on its card in lists and in the image shown when it is shared. Set the hotspot on what must stay in view: each place crops the image differently.',
      options: {hotspot: true},
      fields: [imageAltField(), ...imageCaptionFields()],
    }),
    defineField({
      name: 'sourceUrl',
      title: 'Original publication',
      type: 'url',
      description: 'Where the story was first published, if elsewhere (e.g. the full story on iom.int). Shown as a link under the story. Optional.',
      validation: (rule) => rule.uri({scheme: ['http', 'https']}).error('Use a full web address starting with https:// or http://.'),
    }),
    defineField({
      name: 'attachments',
      title: 'Attachments',
      type: 'array',
      description: 'Reports, guidance and other files readers can download (PDF, Word, Excel…). Listed under the story with their type and size.',
      of: [
        defineArrayMember({
          type: 'file',
          fields: [
            defineField({
              name: 'title',
              title: 'Title',
              type: 'string',
              description: 'What readers download, e.g. "Guidance for employers (PDF report)".',
              validation: (rule) => rule.required().error('Give the file a title readers understand.'),
            }),
          ],
          validation: (rule) => rule.required().assetRequired().error('Upload the file, or remove this attachment.'),
        }),
      ],
    }),
    defineField({
      name: 'pressContacts',
      title: 'Press contacts',
      type: 'array',
      description: 'Who journalists can contact about this story. Shown under the story with their email and phone.',
      of: [defineArrayMember({type: 'reference', to: [{type: 'contact'}]})],
      validation: (rule) => rule.unique().error('Each contact only once, please.'),
    }),
    defineField({
      name: 'countries',
      title: 'Countries',
      type: 'array',
      description: 'The countries this story is about. The story then appears on each country page.',
      of: [defineArrayMember({type: 'reference', to: [{type: 'country'}]})],
      validation: (rule) => rule.unique().error('Each country only once, please.'),
    }),
    defineField({
      name: 'topics',
      title: 'Topics',
      type: 'array',
      description: 'The topics this story belongs to. Readers filter by them.',
      of: [defineArrayMember({type: 'reference', to: [{type: 'tag'}]})],
      validation: (rule) => rule.unique().error('Each topic only once, please.'),
    }),
    defineField({
      name: 'seo',
      title: 'Search engines and sharing',
      type: 'object',
      description:
        'Optional. How the item appears in Google and in link previews (WhatsApp, LinkedIn, Facebook). Empty fields use the lead and the main image; the "Share preview" tab shows the result once published.',
      options: {collapsible: true, collapsed: true},
      fields: [
        defineField({
          name: 'description',
          title: 'Description for search engines and sharing',
          type: 'text',
          rows: 3,
          description: `Shown under the headline in search results and link previews, instead of the lead. Aim for ${SEO_DESCRIPTION_MAX} characters or fewer.`,
          validation: (rule) =>
            rule.max(SEO_DESCRIPTION_MAX).warning(`Search engines and link previews cut descriptions after about ${SEO_DESCRIPTION_MAX} characters.`),
        }),
        defineField({
          name: 'image',
          title: 'Share image',
          type: 'image',
          description: 'The picture shown when the item is shared. Empty: the main image.',
          options: {hotspot: true},
          fields: [imageAltField()],
        }),
        defineField({
          name: 'noindex',
          title: 'Hide from search engines',
          type: 'boolean',
          description: 'Keeps this page out of Google and out of the sitemap. The page itself stays public.',
          initialValue: false,
        }),
      ],
    }),
    defineField({
      name: 'partners',
      title: 'Partner organisations',
      type: 'array',
      description: 'Organisations named in the story, by their usual short name (e.g. ILO, UNDP). Optional.',
      of: [defineArrayMember({type: 'string'})],
      options: {layout: 'tags'},
    }),
  ],
  orderings: [
    {title: 'Newest first', name: 'publishedAtDesc', by: [{field: 'publishedAt', direction: 'desc'}]},
    {title: 'Oldest first', name: 'publishedAtAsc', by: [{field: 'publishedAt', direction: 'asc'}]},
  ],
  preview: {
    select: {
      title: 'title',
      language: 'language',
      date: 'publishedAt',
      country0: 'countries.0.name',
      country1: 'countries.1.name',
      country2: 'countries.2.name',
      media: 'mainImage',
    },
    prepare({title, language, date, country0, country1, country2, media}) {
      // The language first (lists mix English and Spanish items), then the calendar day in the office's time zone, as
      // readers see it (not the UTC day), then the countries.
      const day = (typeof date === 'string' && isoDay(date)) || 'No date'
      const countries = [country0, country1, country2].filter(Boolean).join(', ')
      const parts = [typeof language === 'string' ? language.toUpperCase() : '??', day, ...(countries ? [countries] : [])]
      return {title, subtitle: parts.join(' · '), media}
    },
  },
})
