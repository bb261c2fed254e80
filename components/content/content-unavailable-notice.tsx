// Shown in place of content that streams in after the page's shell (search results) when Sanity cannot be reached.
import {messages} from '@/lib/messages'

export function ContentUnavailableNotice() {
  return (
    <div role="alert" className="mt-6 rounded border border-amber-400 bg-amber-50 p-4">
      <h2 className="text-xl font-semibold">{messages.unavailable.title}</h2>
      <p className="mt-2">{messages.unavailable.body}</p>
    </div>
  )
}
