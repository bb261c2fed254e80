// Replaces the Publish action of news items: sets the publication date (if empty) to the moment of publishing and
// keeps the published web address among the earlier ones when the slug changed, then publishes.
import {useDocumentOperation, type DocumentActionComponent} from 'sanity'
import {previousSlugsPatch} from './previous-slugs'
import {publishedAtPatch} from './published-at'

/** Wraps Sanity's own Publish action, keeping its label, shortcut, validation and disabled states. */
export function publishNewsItem(publish: DocumentActionComponent): DocumentActionComponent {
  const PublishNewsItem: DocumentActionComponent = (props) => {
    const original = publish(props)
    const {patch} = useDocumentOperation(props.id, props.type)
    if (!original) return original
    return {
      ...original,
      onHandle: () => {
        const patches = [publishedAtPatch(props.draft, new Date()), previousSlugsPatch(props.draft, props.published)].filter(
          (entry) => entry !== null,
        )
        if (patches.length > 0) patch.execute(patches)
        original.onHandle?.()
      },
    }
  }
  PublishNewsItem.action = publish.action
  return PublishNewsItem
}
