// A country of the region: news is filed under it and stakeholders share its page.
import {defineField, defineType} from 'sanity'
import {slugify} from '../slug.mjs'
import {isUniqueAcrossType} from './unique-field'

export const REGIONS = ['North America', 'Central America', 'Caribbean', 'South America', 'Other'] as const

export const countryType = defineType({
  name: 'country',
  title: 'Country',
  type: 'document',
  fields: [
    defineField({
      name: 'name',
      title: 'Name',
      type: 'string',
      description: 'The English short name, e.g. "Dominican Republic".',
      validation: (rule) => rule.required().error('Every country needs a name.'),
    }),
    defineField({
      name: 'nameTranslations',
      title: 'Name in Spanish',
      type: 'internationalizedArrayString',
      description: 'The standard Spanish name, e.g. "República Dominicana". Spanish pages show the English name until it is set.',
    }),
    defineField({
      name: 'slug',
      title: 'Web address',
      type: 'slug',
      description: 'The lower-case hyphenated English name (/countries/…), e.g. "el-salvador". Press "Generate".',
      options: {
        source: 'name',
        maxLength: 96,
        slugify: (input: string) => slugify(input),
        isUnique: (value, context) => isUniqueAcrossType(value, 'slug.current', context),
      },
      validation: (rule) => rule.required().error('Generate a web address from the name.'),
    }),
    defineField({
      name: 'isoCode',
      title: 'ISO code',
      type: 'string',
      description: 'The two-letter ISO 3166-1 code in capitals, e.g. "SV" for El Salvador. Used for the flag.',
      validation: (rule) => [
        rule.required().error('Every country needs its two-letter ISO code.'),
        rule.regex(/^[A-Z]{2}$/, {name: 'ISO 3166-1 alpha-2'}).error('Use two capital letters, e.g. "CR".'),
        rule.custom(async (code, context) => {
          if (typeof code !== 'string') return true
          return (await isUniqueAcrossType(code, 'isoCode', context)) ? true : 'Another country already has this ISO code.'
        }),
      ],
    }),
    defineField({
      name: 'region',
      title: 'Region',
      type: 'string',
      description: 'Where the country page is grouped on the countries index.',
      options: {list: REGIONS.map((region) => ({title: region, value: region})), layout: 'radio'},
      validation: (rule) => rule.required().error('Choose the region the country belongs to.'),
    }),
    defineField({
      name: 'description',
      title: 'Short description',
      type: 'text',
      rows: 3,
      description: 'One or two sentences shown on the country page and when it is shared. Optional.',
      validation: (rule) => rule.max(300).warning('Keep it to one or two sentences.'),
    }),
  ],
  orderings: [{title: 'Name', name: 'nameAsc', by: [{field: 'name', direction: 'asc'}]}],
  preview: {
    select: {title: 'name', code: 'isoCode', region: 'region'},
    prepare: ({title, code, region}) => ({title, subtitle: [code, region].filter(Boolean).join(' · ')}),
  },
})
