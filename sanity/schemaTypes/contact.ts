// A press contact: the person journalists reach about a story, kept once and referenced by every item they answer for.
import {defineField, defineType} from 'sanity'

/** Digits with the usual separators and an optional leading "+": what a phone can dial. */
export const PHONE_PATTERN = /^\+?[0-9][0-9 ().-]{5,24}$/

export const contactType = defineType({
  name: 'contact',
  title: 'Press contact',
  type: 'document',
  fields: [
    defineField({
      name: 'name',
      title: 'Name',
      type: 'string',
      description: 'The person’s full name, as journalists should address them.',
      validation: (rule) => rule.required().error('Every press contact needs a name.'),
    }),
    defineField({
      name: 'role',
      title: 'Role',
      type: 'string',
      description: 'Their job title and office, e.g. "Communications Officer, San José". Optional.',
    }),
    defineField({
      name: 'email',
      title: 'Email',
      type: 'string',
      description: 'Shown as a link that opens the reader’s email program.',
      validation: (rule) => [rule.required().error('A press contact needs an email address.'), rule.email().error('Write a complete email address.')],
    }),
    defineField({
      name: 'phone',
      title: 'Phone',
      type: 'string',
      description: 'With the country code, e.g. "+506 2212 5300". Optional.',
      validation: (rule) =>
        rule.regex(PHONE_PATTERN, {name: 'phone number'}).error('Use digits, spaces and an optional leading "+", e.g. "+506 2212 5300".'),
    }),
  ],
  orderings: [{title: 'Name', name: 'nameAsc', by: [{field: 'name', direction: 'asc'}]}],
  preview: {select: {title: 'name', subtitle: 'role'}},
})
