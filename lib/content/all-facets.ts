// The one-pass counts over every item, fetched once per render and shared by the home, index and sitemap getters.
import 'server-only'
import {cache} from 'react'
import {summariseFacets} from './facets'
import {fetchContent} from './fetch-content'
import {NEWS_FACETS_QUERY} from './queries'
import {typeTag} from './tags'

export const getAllFacets = cache(async () => summariseFacets(await fetchContent(NEWS_FACETS_QUERY, {}, [typeTag('newsItem')])))
