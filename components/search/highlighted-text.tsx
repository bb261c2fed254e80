// Text with the words a search matched wrapped in <mark>.
import {highlight} from '@/lib/search/terms'

export function HighlightedText({text, terms}: {text: string; terms?: readonly string[]}) {
  if (!terms || terms.length === 0) return <>{text}</>
  return (
    <>
      {highlight(text, new Set(terms)).map((segment, index) =>
        segment.match ? (
          <mark key={index} className="rounded-sm bg-yellow-200 px-0.5 text-slate-900">
            {segment.text}
          </mark>
        ) : (
          segment.text
        ),
      )}
    </>
  )
}
