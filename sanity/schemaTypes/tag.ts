// A topic ("tag" in the schema): readers browse and filter news by it.
import {defineField, defineType} from 'sanity'
import {slugify} from '../slug.mjs'
import {isUniqueAcrossType} from './unique-field'

export const tagType = defineType({
  name: 'tag',
  title: 'Topic',
  type: 'document',
  fields: [
    defineField({
      name: 'title',
      title: 'Name',
      type: 'string',
      description: 'How readers see the topic, e.g. "Ethical recruitment".',
      validation: (rule) => rule.required().error('Every topic needs a name.'),
    }),
    defineField({
      name: 'titleTranslations',
      title: 'Name in Spanish',
      type: 'internationalizedArrayString',
      description: 'How Spanish readers see the topic, e.g. "Contratación ética". Spanish pages show the English name until it is set.',
    }),
    defineField({
      name: 'slug',
      title: 'Web address',
      type: 'slug',
      description: 'The last part of the topic page address (/topics/…). Press "Generate".',
      options: {
        source: 'title',
        maxLength: 96,
        slugify: (input: string) => slugify(input),
        isUnique: (value, context) => isUniqueAcrossType(value, 'slug.current', context),
      },
      validation: (rule) => rule.required().error('Generate a web address from the name.'),
    }),
    defineField({
      name: 'description',
      title: 'Description',
      type: 'text',
      rows: 3,
      description: 'One or two sentences shown on the topic page. Optional.',
      validation: (rule) => rule.max(300).warning('Keep it to one or two sentences.'),
    }),
    defineField({
      name: 'descriptionTranslations',
      title: 'Description in Spanish',
      type: 'internationalizedArrayText',
      description: 'The description for Spanish pages. Optional; without it they show the English one.',
    }),
  ],
  orderings: [{title: 'Name', name: 'titleAsc', by: [{field: 'title', direction: 'asc'}]}],
})
