// Text with the words a search matched wrapped in <mark>.
import {highlight, type TextLanguage} from '@/lib/search/terms'

/** `language` is the text's own (its words are keyed by its rules), not the page's. */
export function HighlightedText({text, terms, language}: {text: string; terms?: readonly string[]; language?: TextLanguage}) {
  if (!terms || terms.length === 0) return <>{text}</>
  return (
    <>
      {highlight(text, new Set(terms), language).map((segment, index) =>
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
