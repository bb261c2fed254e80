// The site's own 404 page: says what happened and offers the main ways on.
import Link from 'next/link'
import {Container} from '@/components/ui/container'
import {messages} from '@/lib/messages'

export default function NotFound() {
  return (
    <Container className="py-12">
      <h1 className="text-3xl font-bold">{messages.notFound.title}</h1>
      <p className="mt-3 max-w-xl text-lg text-slate-700">{messages.notFound.body}</p>
      <ul className="mt-6 space-y-2 text-lg">
        <li>
          <Link href="/news">{messages.notFound.news}</Link>
        </li>
        <li>
          <Link href="/">{messages.notFound.home}</Link>
        </li>
      </ul>
    </Container>
  )
}
