// The people journalists can reach about an item: name, role, email and phone as links a phone or mail program opens.
import {useTranslations} from 'next-intl'

export type PressContactValue = {_id: string; name: string | null; role: string | null; email: string | null; phone: string | null}

/** A dialable tel: address: the digits and a leading "+" only. */
function telHref(phone: string): string {
  return `tel:${phone.trim().startsWith('+') ? '+' : ''}${phone.replace(/\D/g, '')}`
}

export function PressContacts({contacts}: {contacts: PressContactValue[] | null}) {
  const t = useTranslations('news')
  const shown = (contacts ?? []).filter((contact) => contact.name?.trim())
  if (shown.length === 0) return null
  return (
    <section aria-labelledby="press-contacts-heading" className="mt-8">
      <h2 id="press-contacts-heading" className="text-xl font-bold">
        {t('pressContacts', {count: shown.length})}
      </h2>
      <ul className="mt-3 grid gap-4 sm:grid-cols-2">
        {shown.map((contact) => (
          <li key={contact._id}>
            <p className="font-semibold">{contact.name}</p>
            {contact.role && <p className="text-slate-700">{contact.role}</p>}
            {contact.email && (
              <p>
                {t('email')}:{' '}
                <a href={`mailto:${contact.email}`} className="text-blue-900 underline">
                  {contact.email}
                </a>
              </p>
            )}
            {contact.phone && (
              <p>
                {t('phone')}:{' '}
                <a href={telHref(contact.phone)} className="text-blue-900 underline">
                  {contact.phone}
                </a>
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
