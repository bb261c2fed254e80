// The site's own settings (title, description, share image, office time zone), edited once in the Studio as a singleton.
import {defineField, defineType} from 'sanity'
import {isTimeZone} from '../calendar-day'

export const siteSettingsType = defineType({
  name: 'siteSettings',
  title: 'Site settings',
  type: 'document',
  fields: [
    defineField({
      name: 'title',
      title: 'Site title',
      type: 'string',
      description: 'The site’s name in the header, in browser tabs, feeds and shared links.',
      validation: (rule) => [
        rule.required().error('The site needs a title.'),
        rule.max(60).warning('Keep the title short: tabs and shared links cut it.'),
      ],
    }),
    defineField({
      name: 'description',
      title: 'Description',
      type: 'text',
      rows: 3,
      description: 'One or two sentences about the site, shown by search engines and when a page without its own description is shared.',
      validation: (rule) => [
        rule.required().error('Describe the site in a sentence or two.'),
        rule.max(300).warning('Keep it to one or two sentences.'),
      ],
    }),
    defineField({
      name: 'shareImage',
      title: 'Default share image',
      type: 'image',
      description: 'Shown when a page without an image of its own is shared. Optional.',
      options: {hotspot: true},
      fields: [
        defineField({
          name: 'alt',
          title: 'Description for people who cannot see the image',
          type: 'string',
          validation: (rule) =>
            rule.custom((alt, context) => {
              const image = context.parent as {asset?: unknown} | undefined
              return !image?.asset || (typeof alt === 'string' && alt.trim() !== '') ? true : 'Describe the image for readers who use screen readers.'
            }),
        }),
      ],
    }),
    defineField({
      name: 'timeZone',
      title: 'Office time zone',
      type: 'string',
      description: 'Dates on the site are the calendar day in this zone (an IANA name such as "America/Costa_Rica" or "America/Guatemala").',
      validation: (rule) => [
        rule.required().error('Set the office time zone.'),
        rule.custom((zone) =>
          typeof zone !== 'string' || isTimeZone(zone) ? true : `"${zone}" is not a time zone name, e.g. "America/Costa_Rica".`,
        ),
      ],
    }),
  ],
  preview: {prepare: () => ({title: 'Site settings'})},
})
