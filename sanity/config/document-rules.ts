// Which document actions, "Create new" options and tools each user gets in the Studio, as pure functions the tests call.
import {useDeleteTranslationAction} from '@sanity/document-internationalization'
import type {CurrentUser, DocumentActionComponent, TemplateItem, Tool} from 'sanity'
import {duplicateNewsItem} from '../actions/duplicate-news-item'
import {publishNewsItem} from '../actions/publish-news-item'
import {TRANSLATED_TYPES} from '../translations'

const SINGLETON_ACTIONS = new Set(['publish', 'discardChanges', 'restore'])

/** Types created elsewhere, never from "Create new": the settings singleton and the translation plugin's link documents. */
export const NOT_CREATED_FROM_MENU = new Set(['siteSettings', 'translation.metadata'])

/**
 * News items: Publish dates the item and keeps its earlier addresses; Duplicate leaves out the date and addresses; and
 * the translation plugin's "Delete translation" unlinks an item from its translations before deleting it (a linked item
 * cannot be deleted while the link document references it strongly). The site settings: edit and publish only.
 */
export function documentActions(previous: DocumentActionComponent[], schemaType: string): DocumentActionComponent[] {
  if (schemaType === 'siteSettings') return previous.filter((action) => SINGLETON_ACTIONS.has(action.action ?? ''))
  if (schemaType !== 'newsItem') return previous
  const mapped = previous.map((action) =>
    action.action === 'publish' ? publishNewsItem(action) : action.action === 'duplicate' ? duplicateNewsItem(action) : action,
  )
  return TRANSLATED_TYPES.includes(schemaType) ? [...mapped, useDeleteTranslationAction as unknown as DocumentActionComponent] : mapped
}

/** "Create new" without the settings singleton and without the translation plugin's link documents. */
export function newDocumentOptions(previous: TemplateItem[]): TemplateItem[] {
  return previous.filter((template) => !NOT_CREATED_FROM_MENU.has(template.templateId))
}

/** Names of the tools only administrators see: Vision runs any query with the user's rights, drafts included. */
export const ADMIN_ONLY_TOOLS = new Set(['vision'])

/** The Studio's tools for this user: everyone gets the desk and the preview; Vision only an administrator. */
export function toolsFor(previous: Tool[], currentUser: Pick<CurrentUser, 'roles'> | null): Tool[] {
  const administrator = currentUser?.roles.some((role) => role.name === 'administrator') ?? false
  return administrator ? previous : previous.filter((tool) => !ADMIN_ONLY_TOOLS.has(tool.name))
}
