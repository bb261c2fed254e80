-- Alerts by email (docs/alerts.md): sign-ups waiting for confirmation, confirmed subscribers, the items alerts are
-- about, and the outbox the sender drains. Addresses live here and nowhere else.

CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Small values the instances share: the signing secret generated when ALERTS_SECRET is unset, the office time zone.
CREATE TABLE app_state (
  name text PRIMARY KEY,
  value text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- A sign-up waits here until its link is followed (deleted after 7 days if never confirmed).
CREATE TABLE alert_signups (
  id bigserial PRIMARY KEY,
  email text NOT NULL,
  locale text NOT NULL CHECK (locale IN ('en', 'es')),
  frequency text NOT NULL CHECK (frequency IN ('instant', 'daily', 'weekly')),
  countries text[] NOT NULL DEFAULT '{}',
  topics text[] NOT NULL DEFAULT '{}',
  words text,
  consented_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX alert_signups_consented ON alert_signups (consented_at);

-- A confirmed address: its choices and the dates of consent and confirmation, nothing else.
CREATE TABLE alert_subscribers (
  id bigserial PRIMARY KEY,
  email text NOT NULL UNIQUE,
  locale text NOT NULL CHECK (locale IN ('en', 'es')),
  frequency text NOT NULL CHECK (frequency IN ('instant', 'daily', 'weekly')),
  countries text[] NOT NULL DEFAULT '{}',
  topics text[] NOT NULL DEFAULT '{}',
  words text,
  consented_at timestamptz NOT NULL,
  confirmed_at timestamptz NOT NULL
);

CREATE INDEX alert_subscribers_countries ON alert_subscribers USING gin (countries);

CREATE INDEX alert_subscribers_topics ON alert_subscribers USING gin (topics);

-- What an alert says about an item, copied when it is published, so sending never waits for the CMS.
CREATE TABLE alert_items (
  id text PRIMARY KEY,
  language text NOT NULL,
  title text NOT NULL,
  summary text NOT NULL DEFAULT '',
  path text NOT NULL,
  published_at timestamptz NOT NULL,
  countries text[] NOT NULL DEFAULT '{}',
  country_names_en text[] NOT NULL DEFAULT '{}',
  country_names_es text[] NOT NULL DEFAULT '{}',
  topics text[] NOT NULL DEFAULT '{}',
  withdrawn boolean NOT NULL DEFAULT false,
  fanned_out boolean NOT NULL DEFAULT false,
  received_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX alert_items_published ON alert_items (published_at);

-- Items the webhook named whose content is still to be read from Sanity (read at once, or retried by the senders'
-- loop while Sanity cannot be reached).
CREATE TABLE alert_item_requests (
  id text PRIMARY KEY,
  requested_at timestamptz NOT NULL DEFAULT now()
);

-- Every message to send, once: the unique index is what makes "at most once per subscriber and item" hold across
-- instances, retried webhooks and restarts.
CREATE TABLE alert_outbox (
  id bigserial PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('confirm', 'welcome', 'instant', 'daily', 'weekly')),
  subscriber_id bigint REFERENCES alert_subscribers (id) ON DELETE CASCADE,
  signup_id bigint REFERENCES alert_signups (id) ON DELETE CASCADE,
  key text NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'skipped', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  run_at timestamptz NOT NULL DEFAULT now(),
  locked_until timestamptz,
  last_error text,
  sent_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((subscriber_id IS NULL) <> (signup_id IS NULL))
);

CREATE UNIQUE INDEX alert_outbox_once ON alert_outbox (subscriber_id, kind, key) WHERE subscriber_id IS NOT NULL;

CREATE UNIQUE INDEX alert_outbox_once_per_signup ON alert_outbox (signup_id, kind, key) WHERE signup_id IS NOT NULL;

CREATE INDEX alert_outbox_due ON alert_outbox (run_at) WHERE status = 'pending';

-- Rate limits: keyed by a keyed hash of the client address or email address (never the address itself), kept a day.
CREATE TABLE alert_rate_events (
  key text NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX alert_rate_events_key ON alert_rate_events (key, at);
