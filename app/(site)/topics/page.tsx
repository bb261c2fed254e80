// The topic index: every topic with its description and number of items.
import type {Metadata} from 'next'
import {Link} from '@/components/ui/link'
import {Breadcrumbs} from '@/components/layout/breadcrumbs'
import {Container} from '@/components/ui/container'
import {ContentScope} from '@/components/content/content-scope'
import {getTopicsWithCounts} from '@/lib/content/collections'
import type {FetchOptions} from '@/lib/content/fetch-options'
import {orUnavailable} from '@/lib/content/or-unavailable'
import {getSiteIdentity} from '@/lib/content/settings'
import {messages} from '@/lib/messages'
import {pageMetadata} from '@/lib/metadata'

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata({title: messages.topics.title, description: messages.topics.description, path: '/topics'}, await getSiteIdentity())
}

export default function TopicsPage() {
  return <ContentScope render={(options) => <TopicsContent options={options} />} />
}

async function TopicsContent({options}: {options: FetchOptions}) {
  const topics = (await orUnavailable('/topics', () => getTopicsWithCounts(options))).filter((topic) => topic.slug)
  return (
    <Container className="py-8">
      <Breadcrumbs
        trail={[
          {name: messages.nav.home, path: '/'},
          {name: messages.topics.title, path: '/topics'},
        ]}
      />
      <h1 className="mt-3 text-3xl font-bold">{messages.topics.title}</h1>
      <p className="mt-2 max-w-2xl text-lg text-slate-700">{messages.topics.description}</p>
      <ul className="mt-6 grid gap-4 md:grid-cols-2">
        {topics.map((topic) => (
          <li key={topic._id} className="rounded border border-slate-200 p-4">
            <h2 className="text-xl font-semibold">
              <Link href={`/topics/${topic.slug}`}>{topic.title}</Link>
            </h2>
            <p className="mt-1 text-sm text-slate-700">{topic.count === 0 ? messages.countries.noNews : messages.itemCount(topic.count)}</p>
            {topic.description && <p className="mt-2">{topic.description}</p>}
          </li>
        ))}
      </ul>
    </Container>
  )
}
