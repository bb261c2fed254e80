// The interface text that client components (the error pages with their header and search box) need, apart from the
// full catalogue in messages.ts: a client component ships every string of what it imports to every reader's browser.

export const skipToContent = 'Skip to main content'

export const navMessages = {label: 'Main', home: 'Home', news: 'News', countries: 'Countries', topics: 'Topics', studio: 'Studio'}

export const searchBoxMessages = {
  label: 'Search news',
  placeholder: 'e.g. ethical recruitment, work permits, COVID-19',
  submit: 'Search',
}

export const errorMessages = {
  title: 'Something went wrong',
  body: 'This page could not be shown because of an error on our side, not yours. Trying again often helps; if it keeps happening, please come back a little later.',
  retry: 'Try again',
  home: 'Go to the home page',
  searchHeading: 'Search the news',
}
