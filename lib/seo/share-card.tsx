// The layout of every generated share image (next/og): site name, a kicker, a large title, a few lines of facts and, for an item with one, its photo.

const MAX_TITLE = 140

/** Size the share cards use (1200×630, what WhatsApp, LinkedIn, X and Facebook expect). */
export const SHARE_IMAGE_SIZE = {width: 1200, height: 630}

/** The photo fills the right-hand side: full height, this wide (a portrait cut around the hotspot). */
export const SHARE_PHOTO_SIZE = {width: 440, height: SHARE_IMAGE_SIZE.height}

type ShareImageProps = {
  siteName: string
  kicker: string
  title: string
  lines: string[]
  /** The item's main image, already cut to SHARE_PHOTO_SIZE, as a data: URL (fetched beforehand, so drawing never waits on the network). */
  photo?: string
}

export function ShareImage({siteName, kicker, title, lines, photo}: ShareImageProps) {
  const maxTitle = photo ? Math.round(MAX_TITLE * 0.7) : MAX_TITLE
  const shortTitle = title.length > maxTitle ? `${title.slice(0, maxTitle - 1).trimEnd()}…` : title
  return (
    <div style={{width: '100%', height: '100%', display: 'flex'}}>
      <ShareText siteName={siteName} kicker={kicker} title={shortTitle} lines={lines} narrow={photo !== undefined} />
      {photo && (
        // eslint-disable-next-line @next/next/no-img-element -- next/og draws plain <img>; alt is for the JSX, the PNG has none.
        <img src={photo} alt="" width={SHARE_PHOTO_SIZE.width} height={SHARE_PHOTO_SIZE.height} style={{flexShrink: 0}} />
      )}
    </div>
  )
}

function ShareText({
  siteName,
  kicker,
  title: shortTitle,
  lines,
  narrow,
}: {
  siteName: string
  kicker: string
  title: string
  lines: string[]
  narrow: boolean
}) {
  const titleSize = narrow ? (shortTitle.length > 50 ? 44 : 56) : shortTitle.length > 80 ? 52 : 68
  return (
    <div
      style={{
        flex: 1,
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: narrow ? '64px 56px' : '64px 72px',
        background: 'linear-gradient(135deg, #1e3a8a 0%, #1e40af 60%, #0f766e 100%)',
        color: '#ffffff',
      }}
    >
      <div style={{display: 'flex', fontSize: 30, fontWeight: 700, letterSpacing: 1}}>{siteName}</div>
      <div style={{display: 'flex', flexDirection: 'column'}}>
        <div style={{display: 'flex', fontSize: 28, textTransform: 'uppercase', color: '#bfdbfe', marginBottom: 16}}>{kicker}</div>
        <div style={{display: 'flex', fontSize: titleSize, fontWeight: 700, lineHeight: 1.15}}>{shortTitle}</div>
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
