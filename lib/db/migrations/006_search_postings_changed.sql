-- The version at which each word key of the search index was last written in place (whole writes leave 0): an
-- instance holding an earlier version of the generation reads only the keys written since (docs/search.md).

ALTER TABLE search_postings ADD COLUMN changed integer NOT NULL DEFAULT 0;
