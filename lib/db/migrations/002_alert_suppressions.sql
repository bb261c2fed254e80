-- Suppression after unsubscribing (docs/alerts.md): the address and its choices are deleted; only a keyed hash (HMAC
-- with the alerts secret, never a bare hash an address list could be matched against) stays, so that a suppressed
-- address is never mailed again by mistake (a restored backup, a re-imported list). A new sign-up confirmed through
-- its double opt-in removes it.
CREATE TABLE alert_suppressions (
  hash text PRIMARY KEY,
  suppressed_at timestamptz NOT NULL DEFAULT now()
);
