// The OpenAPI 3.1 description of the open data API, served at /api/v1/openapi.json; the contract tests validate real answers against it.
import {SORTS} from '@/lib/search/search-params'
import {DEFAULT_PER_PAGE, MAX_FILTER_VALUES, MAX_PAGE, MAX_PER_PAGE} from './news-params'
import {absoluteUrl} from '@/lib/http/site'

const ref = (name: string) => ({$ref: `#/components/schemas/${name}`})
const url = {type: 'string', format: 'uri'}
const nullable = (schema: Record<string, unknown>) => ({oneOf: [schema, {type: 'null'}]})
const instant = {type: 'string', format: 'date-time', description: 'ISO 8601 instant with its offset ("Z" is UTC).'}

const langParameter = {
  name: 'lang',
  in: 'query',
  description: 'Language of names, addresses and lists: English or Spanish. A translated item is listed once per language, in that language.',
  schema: {type: 'string', enum: ['en', 'es'], default: 'en'},
}

const json = (schema: Record<string, unknown>) => ({'application/json': {schema}})
const problem = (description: string) => ({description, content: {'application/problem+json': {schema: ref('Problem')}}})
const conditional = {
  ETag: {description: 'Weak validator of the body: send it back in If-None-Match to get 304 Not Modified.', schema: {type: 'string'}},
  'Access-Control-Allow-Origin': {schema: {type: 'string', const: '*'}},
}
const paginated = {
  ...conditional,
  Link: {description: 'RFC 8288 links: first, prev, next, last, describedby.', schema: {type: 'string'}},
  'X-Total-Count': {description: 'Number of matching items (all pages).', schema: {type: 'integer'}},
}
const notModified = {description: 'The ETag in If-None-Match still matches.'}

function ok(description: string, schema: Record<string, unknown>, headers: Record<string, unknown> = conditional) {
  return {description, headers, content: json(schema)}
}

function listOf(itemSchema: string) {
  return {
    type: 'object',
    required: ['data', 'meta', 'links'],
    additionalProperties: false,
    properties: {
      data: {type: 'array', items: ref(itemSchema)},
      meta: {
        type: 'object',
        required: ['language', 'total'],
        additionalProperties: false,
        properties: {language: {enum: ['en', 'es']}, total: {type: 'integer', minimum: 0}},
      },
      links: {type: 'object', required: ['self', 'html'], additionalProperties: false, properties: {self: url, html: url}},
    },
  }
}

const reference = {
  type: 'object',
  required: ['slug', 'name', 'url'],
  additionalProperties: false,
  properties: {slug: {type: 'string'}, name: {type: 'string'}, url},
}

const newsItemProperties = {
  id: {type: 'string'},
  slug: {type: 'string'},
  language: {enum: ['en', 'es'], description: 'The language the item is written in.'},
  title: {type: 'string'},
  summary: nullable({type: 'string'}),
  place: nullable({type: 'string'}),
  published_at: nullable(instant),
  url: {...url, description: "The item's page on the site, in the asked language."},
  api_url: url,
  countries: {type: 'array', items: ref('Reference')},
  topics: {type: 'array', items: ref('Reference')},
}

export function openApiDocument() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Labour Migration News open data API',
      version: '1.0.0',
      summary: 'Read-only news, countries and topics of the portal, as JSON.',
      description:
        'Every list answers what the site shows: /news takes the search page\'s filters and returns its results in the same order. Answers are cached for a minute at most and purged when editors publish. Human guide: /data.',
      license: {name: 'Terms of the portal', url: absoluteUrl('/data')},
    },
    servers: [{url: absoluteUrl('/api/v1')}],
    paths: {
      '/news': {
        get: {
          operationId: 'listNews',
          summary: 'Search and list news items',
          parameters: [
            langParameter,
            {name: 'q', in: 'query', description: 'Words to search for (all must match; the last may be the start of a word).', schema: {type: 'string', maxLength: 200}},
            {
              name: 'country',
              in: 'query',
              description: `Country slugs (repeat the parameter or separate with commas; any of them matches). At most ${MAX_FILTER_VALUES}.`,
              style: 'form',
              explode: true,
              schema: {type: 'array', items: {type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$'}},
            },
            {
              name: 'topic',
              in: 'query',
              description: `Topic slugs (repeat the parameter or separate with commas; any of them matches). At most ${MAX_FILTER_VALUES}.`,
              style: 'form',
              explode: true,
              schema: {type: 'array', items: {type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$'}},
            },
            {name: 'from', in: 'query', description: 'First day (in the newsroom\'s time zone), inclusive.', schema: {type: 'string', format: 'date'}},
            {name: 'to', in: 'query', description: 'Last day, inclusive; not before `from`.', schema: {type: 'string', format: 'date'}},
            {
              name: 'sort',
              in: 'query',
              description: 'Default: relevance with `q`, newest without. relevance needs `q`.',
              schema: {type: 'string', enum: [...SORTS]},
            },
            {name: 'page', in: 'query', schema: {type: 'integer', minimum: 1, maximum: MAX_PAGE, default: 1}},
            {name: 'per_page', in: 'query', schema: {type: 'integer', minimum: 1, maximum: MAX_PER_PAGE, default: DEFAULT_PER_PAGE}},
          ],
          responses: {
            '200': ok('One page of matching items.', ref('NewsList'), paginated),
            '304': notModified,
            '400': problem('A parameter is malformed, unknown, repeated, or names no country or topic; or the page is past the last.'),
          },
        },
      },
      '/news/{slug}': {
        get: {
          operationId: 'getNewsItem',
          summary: 'One news item with its text',
          parameters: [{name: 'slug', in: 'path', required: true, schema: {type: 'string'}}, langParameter],
          responses: {
            '200': ok('The item.', ref('NewsDetailAnswer')),
            '304': notModified,
            '400': problem('A query parameter is malformed or unknown.'),
            '404': problem('No item has this slug.'),
          },
        },
      },
      '/countries': {
        get: {
          operationId: 'listCountries',
          summary: 'Every country with its number of items',
          parameters: [langParameter],
          responses: {'200': ok('Every country, by name.', listOf('Country')), '304': notModified, '400': problem('A query parameter is malformed or unknown.')},
        },
      },
      '/topics': {
        get: {
          operationId: 'listTopics',
          summary: 'Every topic with its number of items',
          parameters: [langParameter],
          responses: {'200': ok('Every topic, by name.', listOf('Topic')), '304': notModified, '400': problem('A query parameter is malformed or unknown.')},
        },
      },
      '/openapi.json': {
        get: {
          operationId: 'getOpenApi',
          summary: 'This document',
          responses: {'200': {description: 'OpenAPI 3.1 document.', content: {'application/openapi+json': {schema: {type: 'object'}}}}},
        },
      },
    },
    components: {
      schemas: {
        Reference: reference,
        NewsItem: {type: 'object', required: Object.keys(newsItemProperties), additionalProperties: false, properties: newsItemProperties},
        NewsDetail: {
          type: 'object',
          required: [...Object.keys(newsItemProperties), 'updated_at', 'body_text', 'source_url', 'partners', 'translations'],
          additionalProperties: false,
          properties: {
            ...newsItemProperties,
            updated_at: nullable(instant),
            body_text: {type: 'string', description: 'The body as plain text, paragraphs separated by blank lines.'},
            source_url: nullable(url),
            partners: {type: 'array', items: {type: 'string'}},
            translations: {
              type: 'object',
              description: "The item's page in each language it is published in.",
              additionalProperties: false,
              properties: {en: url, es: url},
            },
          },
        },
        NewsDetailAnswer: {type: 'object', required: ['data'], additionalProperties: false, properties: {data: ref('NewsDetail')}},
        NewsList: {
          type: 'object',
          required: ['data', 'meta', 'links'],
          additionalProperties: false,
          properties: {
            data: {type: 'array', items: ref('NewsItem'), maxItems: MAX_PER_PAGE},
            meta: {
              type: 'object',
              required: ['language', 'total', 'page', 'per_page', 'pages'],
              additionalProperties: false,
              properties: {
                language: {enum: ['en', 'es']},
                total: {type: 'integer', minimum: 0},
                page: {type: 'integer', minimum: 1},
                per_page: {type: 'integer', minimum: 1, maximum: MAX_PER_PAGE},
                pages: {type: 'integer', minimum: 1},
              },
            },
            links: {
              type: 'object',
              required: ['self', 'first', 'last', 'html'],
              additionalProperties: false,
              properties: {self: url, first: url, prev: url, next: url, last: url, html: {...url, description: 'The same search on the site.'}},
            },
          },
        },
        Country: {
          type: 'object',
          required: ['slug', 'name', 'iso_code', 'region', 'description', 'count', 'latest_published_at', 'url', 'news_api_url'],
          additionalProperties: false,
          properties: {
            slug: {type: 'string'},
            name: {type: 'string'},
            iso_code: nullable({type: 'string', pattern: '^[A-Z]{2}$'}),
            region: nullable({type: 'string'}),
            description: nullable({type: 'string'}),
            count: {type: 'integer', minimum: 0},
            latest_published_at: nullable(instant),
            url,
            news_api_url: url,
          },
        },
        Topic: {
          type: 'object',
          required: ['slug', 'name', 'description', 'count', 'latest_published_at', 'url', 'news_api_url'],
          additionalProperties: false,
          properties: {
            slug: {type: 'string'},
            name: {type: 'string'},
            description: nullable({type: 'string'}),
            count: {type: 'integer', minimum: 0},
            latest_published_at: nullable(instant),
            url,
            news_api_url: url,
          },
        },
        Problem: {
          type: 'object',
          description: 'RFC 9457 problem details.',
          required: ['type', 'title', 'status', 'detail'],
          additionalProperties: false,
          properties: {
            type: {type: 'string', format: 'uri-reference'},
            title: {type: 'string'},
            status: {type: 'integer'},
            detail: {type: 'string'},
            invalid_params: {
              type: 'array',
              items: {type: 'object', required: ['name', 'reason'], additionalProperties: false, properties: {name: {type: 'string'}, reason: {type: 'string'}}},
            },
          },
        },
      },
    },
  }
}
