// What a reader sees while content streams in (draft previews, search results): a polite, announced placeholder.
import {messages} from '@/lib/messages'

export function LoadingState() {
  return (
    <div role="status" aria-live="polite" className="py-12 text-lg text-slate-700">
      {messages.loading}
    </div>
  )
}
