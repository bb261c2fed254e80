-- The search index every instance reads (docs/search.md): posting lists per word key, the items' filter columns and
-- cards, the facet labels per language, written as numbered generations so readers keep the last one meanwhile.

CREATE SEQUENCE search_generations;

-- The generation readers use, the one before it (still kept for instances that have not reloaded yet), and the
-- content revision it was written from.
CREATE TABLE search_state (
  id boolean PRIMARY KEY DEFAULT true CHECK (id),
  generation integer NOT NULL,
  previous integer,
  revision text NOT NULL,
  written_at timestamptz NOT NULL DEFAULT now()
);

-- One row an item: position (its number in the postings), its rank newest first, what filters read, its card.
CREATE TABLE search_items (
  generation integer NOT NULL,
  position integer NOT NULL,
  rank integer NOT NULL,
  id text NOT NULL,
  language text NOT NULL,
  title text NOT NULL,
  slug text NOT NULL,
  published_at text NOT NULL,
  time double precision NOT NULL,
  day text NOT NULL,
  place text,
  summary text NOT NULL,
  image jsonb,
  countries text[] NOT NULL,
  topics text[] NOT NULL,
  hidden_in text[] NOT NULL,
  PRIMARY KEY (generation, position)
);

-- One row a word key: its items (32-bit little-endian positions, ascending), a byte of field bits each, and the
-- languages whose lists show at least one of them.
CREATE TABLE search_postings (
  generation integer NOT NULL,
  key text COLLATE "C" NOT NULL,
  locales text[] NOT NULL,
  items bytea NOT NULL,
  fields bytea NOT NULL,
  PRIMARY KEY (generation, key)
);

-- The languages a generation is read in (each reader's labels, and which translations it lists).
CREATE TABLE search_languages (
  generation integer NOT NULL,
  locale text NOT NULL,
  PRIMARY KEY (generation, locale)
);

-- Country and topic names per language, in the order the facet queries gave them.
CREATE TABLE search_facets (
  generation integer NOT NULL,
  locale text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('country', 'topic')),
  position integer NOT NULL,
  slug text,
  label text,
  PRIMARY KEY (generation, locale, kind, position)
);
