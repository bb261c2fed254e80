// Local mode's /studio: what the Studio is and how to connect a Sanity project, instead of Sanity's crash screen.
import {Link} from '@/components/ui/link'
import {messages} from '@/lib/messages'

const text = messages.studioNotConfigured

export function StudioNotConfigured() {
  return (
    <main style={{maxWidth: '40rem', margin: '0 auto', padding: '3rem 1.25rem', fontFamily: 'system-ui, sans-serif', lineHeight: 1.6, color: '#0f172a'}}>
      <h1 style={{fontSize: '1.75rem', lineHeight: 1.25}}>{text.title}</h1>
      <p>{text.what}</p>
      <p>{text.why}</p>
      <h2 style={{fontSize: '1.25rem'}}>{text.stepsTitle}</h2>
      <ol>
        {text.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <p>{text.readme}</p>
      <p>
        <Link href="/" style={{color: '#1d4ed8'}}>
          {text.back}
        </Link>
      </p>
    </main>
  )
}
