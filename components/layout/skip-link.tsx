// The first stop of the keyboard on every page: a link past the header to the main content.
export function SkipLink({text}: {text: string}) {
  return (
    <a
      href="#main"
      className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-3 focus:text-blue-900"
    >
      {text}
    </a>
  )
}
