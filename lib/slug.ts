// The site's entry to the one slug rule, which lives with the content model (sanity/slug.mjs) so the schema, the
// site and the bench share it without the schema importing lib/.
export {isSlug, SLUG_PATTERN, slugify} from '@/sanity/slug.mjs'
