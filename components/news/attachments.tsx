// An item's downloads: each file's title as a link to Sanity's CDN, with its type and size.
import {useLocale, useTranslations} from 'next-intl'
import {fileSize} from '@/lib/format/file-size'
import {fileTypeLabel, fileUrl} from '@/lib/seo/sanity-file'

export type AttachmentValue = {_key: string; title: string | null; assetId: string | null; size: number | null; mimeType: string | null}

export function Attachments({files}: {files: AttachmentValue[] | null}) {
  const t = useTranslations('news')
  const locale = useLocale()
  const shown = (files ?? []).flatMap((file) => {
    const href = fileUrl(file.assetId)
    return href && file.assetId && file.title?.trim() ? [{...file, href, title: file.title.trim(), type: fileTypeLabel(file.assetId)}] : []
  })
  if (shown.length === 0) return null
  return (
    <section aria-labelledby="attachments-heading" className="mt-8">
      <h2 id="attachments-heading" className="text-xl font-bold">
        {t('attachments')}
      </h2>
      <ul className="mt-3 space-y-2">
        {shown.map((file) => (
          <li key={file._key}>
            <a href={file.href} type={file.mimeType ?? undefined} className="font-medium text-blue-900 underline">
              {file.title}
            </a>{' '}
            <span className="text-slate-700">
              ({file.size === null ? file.type : t('fileDetails', {type: file.type, size: fileSize(file.size, locale)})})
            </span>
          </li>
        ))}
      </ul>
    </section>
  )
}
