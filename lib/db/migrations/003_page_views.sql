-- What is read (docs/analytics.md): page views per day, page, language and referring site, counted without cookies.
-- One row per combination and day, never one per reader: no address, user agent or time of day is kept.

CREATE TABLE page_views (
  day date NOT NULL,
  kind text NOT NULL CHECK (kind IN ('news', 'country', 'topic')),
  slug text NOT NULL CHECK (length(slug) BETWEEN 1 AND 200),
  locale text NOT NULL CHECK (locale IN ('en', 'es')),
  referrer text NOT NULL DEFAULT '' CHECK (length(referrer) <= 253),
  views integer NOT NULL DEFAULT 0 CHECK (views >= 0),
  PRIMARY KEY (day, kind, slug, locale, referrer)
);

CREATE INDEX page_views_kind_day ON page_views (kind, day);
