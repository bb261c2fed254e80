// Replaces the Publish action of news items: sets the publication date (if empty) to the moment of publishing, then publishes.
import {useDocumentOperation, type DocumentActionComponent} from 'sanity'
import {publishedAtPatch} from './published-at'

/** Wraps Sanity's own Publish action, keeping its label, shortcut, validation and disabled states. */
export function publishWithDate(publish: DocumentActionComponent): DocumentActionComponent {
  const PublishWithDate: DocumentActionComponent = (props) => {
    const original = publish(props)
    const {patch} = useDocumentOperation(props.id, props.type)
    if (!original) return original
    return {
      ...original,
      onHandle: () => {
        const datePatch = publishedAtPatch(props.draft, new Date())
        if (datePatch) patch.execute([datePatch])
        original.onHandle?.()
      },
    }
  }
  PublishWithDate.action = publish.action
  return PublishWithDate
}
