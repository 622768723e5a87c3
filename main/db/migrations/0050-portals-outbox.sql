-- Portal profiles, the dataset each publication key has on each portal, and the outbox of
-- publications (issue 7). API keys are never stored here: they live in the secret store.
CREATE TABLE portal_profile (
  id INTEGER PRIMARY KEY,
  label TEXT NOT NULL,
  engine TEXT NOT NULL CHECK (engine IN ('opendatasoft', 'udata', 'ckan')),
  -- The portal's address without the API path, e.g. https://data.toulouse-metropole.fr
  base_url TEXT NOT NULL,
  -- udata: organisation id; CKAN: organisation name or id; Opendatasoft: empty.
  organization TEXT NOT NULL DEFAULT '',
  auto_public INTEGER NOT NULL DEFAULT 0 CHECK (auto_public IN (0, 1)),
  sandbox INTEGER NOT NULL DEFAULT 0 CHECK (sandbox IN (0, 1)),
  -- JSON PortalProfileOptions (token header, chosen licence ids).
  options TEXT NOT NULL DEFAULT '{}',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

-- The portal dataset of a publication key: its name is chosen and stored before the first
-- request (the idempotency key), its ids recorded as soon as the portal gives them.
CREATE TABLE portal_dataset (
  profile_id INTEGER NOT NULL REFERENCES portal_profile (id) ON DELETE CASCADE,
  publication_key TEXT NOT NULL,
  remote_name TEXT NOT NULL,
  remote_id TEXT,
  resource_id TEXT,
  page_url TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (profile_id, publication_key)
) STRICT;

CREATE TABLE publication_outbox (
  id INTEGER PRIMARY KEY,
  profile_id INTEGER NOT NULL REFERENCES portal_profile (id) ON DELETE CASCADE,
  publication_key TEXT NOT NULL,
  version INTEGER NOT NULL,
  title TEXT NOT NULL,
  -- JSON PublicationRequest: metadata and the vetted file (its path stays in main).
  request TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('queued', 'running', 'retry-wait', 'waiting-network', 'private-ready', 'published', 'failed', 'cancelled')),
  step TEXT NOT NULL CHECK (step IN ('locate', 'dataset', 'upload', 'process', 'verify', 'make-public', 'verify-public', 'done')),
  -- Transient failures in a row (reset when a step completes), and network probes in a row.
  attempt INTEGER NOT NULL DEFAULT 0,
  network_waits INTEGER NOT NULL DEFAULT 0,
  -- Epoch milliseconds of the next attempt, for retry-wait and waiting-network.
  next_attempt_at INTEGER,
  want_public INTEGER NOT NULL DEFAULT 0 CHECK (want_public IN (0, 1)),
  file_sha1 TEXT,
  -- Opendatasoft: the uploaded file's uid, so a resumed run does not upload it twice.
  file_ref TEXT,
  error_code TEXT,
  -- JSON details of the error, safe to show (never a key).
  error_details TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE INDEX publication_outbox_due ON publication_outbox (status, next_attempt_at);
CREATE INDEX publication_outbox_key ON publication_outbox (profile_id, publication_key);
