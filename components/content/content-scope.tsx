// The three-layer page pattern in one place: readers get the cached, prerendered branch; draft mode resolves the
// editor's perspective per request inside Suspense and passes it to the same cached content.
import {Suspense, type ReactNode} from 'react'
import {getLocale} from 'next-intl/server'
import {publishedIn, type FetchOptions} from '@/lib/content/source/fetch-options'
import {isPreviewing, requestFetchOptions} from '@/lib/content/source/request-options'
import {LoadingState} from './loading-state'

type Render = (options: FetchOptions) => ReactNode

async function DraftScope({render}: {render: Render}) {
  return render(await requestFetchOptions())
}

export async function ContentScope({render}: {render: Render}) {
  if (!(await isPreviewing())) return render(publishedIn(await getLocale()))
  return (
    <Suspense fallback={<LoadingState />}>
      <DraftScope render={render} />
    </Suspense>
  )
}
