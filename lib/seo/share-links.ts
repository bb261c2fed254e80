// Share links for a page: plain URLs each network documents, so they work without JavaScript.

export type ShareTarget = {
  network: 'whatsapp' | 'email' | 'linkedin' | 'x' | 'facebook'
  label: string
  href: string
}

export function shareTargets({url, title}: {url: string; title: string}): ShareTarget[] {
  const u = encodeURIComponent(url)
  const t = encodeURIComponent(title)
  return [
    {network: 'whatsapp', label: 'WhatsApp', href: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}`},
    {network: 'email', label: 'Email', href: `mailto:?subject=${t}&body=${encodeURIComponent(`${title}\n\n${url}`)}`},
    {network: 'linkedin', label: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}`},
    {network: 'x', label: 'X', href: `https://x.com/intent/tweet?text=${t}&url=${u}`},
    {network: 'facebook', label: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}`},
  ]
}
