// File URLs on Sanity's CDN (through @sanity/asset-utils) from file asset references: attachments readers download.
import {buildFileUrl, parseFileAssetId} from '@sanity/asset-utils'
import {dataset, imageCdnOrigin, studioProjectId} from '@/sanity/env'

/** `https://cdn.sanity.io/files/<project>/<dataset>/<assetId>.<ext>` for `file-<assetId>-<ext>`, or null for anything else. */
export function fileUrl(assetRef: string | null | undefined): string | null {
  if (!assetRef) return null
  try {
    const {assetId, extension} = parseFileAssetId(assetRef)
    return buildFileUrl({assetId, extension}, {projectId: studioProjectId, dataset, baseUrl: imageCdnOrigin()})
  } catch {
    return null
  }
}

/** What readers are told a file is: its extension in capitals ("PDF", "XLSX"), from the asset reference. */
export function fileTypeLabel(assetRef: string): string {
  try {
    return parseFileAssetId(assetRef).extension.toUpperCase()
  } catch {
    return ''
  }
}
