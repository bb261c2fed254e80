// The layout of every generated share image (next/og): site name, a kicker, a large title and a few lines of facts.
import {siteConfig} from '@/lib/site'

const MAX_TITLE = 140

/** Size the share cards use (1200×630, what WhatsApp, LinkedIn, X and Facebook expect). */
export const SHARE_IMAGE_SIZE = {width: 1200, height: 630}

export function ShareImage({kicker, title, lines}: {kicker: string; title: string; lines: string[]}) {
  const shortTitle = title.length > MAX_TITLE ? `${title.slice(0, MAX_TITLE - 1).trimEnd()}…` : title
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '64px 72px',
        background: 'linear-gradient(135deg, #1e3a8a 0%, #1e40af 60%, #0f766e 100%)',
        color: '#ffffff',
      }}
    >
      <div style={{display: 'flex', fontSize: 30, fontWeight: 700, letterSpacing: 1}}>{siteConfig.name}</div>
      <div style={{display: 'flex', flexDirection: 'column'}}>
        <div style={{display: 'flex', fontSize: 28, textTransform: 'uppercase', color: '#bfdbfe', marginBottom: 16}}>{kicker}</div>
        <div style={{display: 'flex', fontSize: shortTitle.length > 80 ? 52 : 68, fontWeight: 700, lineHeight: 1.15}}>{shortTitle}</div>
      </div>
      <div style={{display: 'flex', flexDirection: 'column', fontSize: 30, color: '#e0f2fe'}}>
        {lines.map((line) => (
          <div key={line} style={{display: 'flex'}}>
            {line}
          </div>
        ))}
      </div>
    </div>
  )
}
