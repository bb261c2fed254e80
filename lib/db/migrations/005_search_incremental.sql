-- A publish updates the current search generation in place (docs/search.md, "One changed item"): a version every
-- instance reloads at, ranks with room between them for an item put in its place, and rows a newer one replaced.

ALTER TABLE search_state ADD COLUMN version integer NOT NULL DEFAULT 0;

ALTER TABLE search_items ALTER COLUMN rank TYPE double precision;

ALTER TABLE search_items ADD COLUMN removed boolean NOT NULL DEFAULT false;
