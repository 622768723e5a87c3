-- The publishing history (DESIGN.md « Remember »): what was published, from which file, what
-- was removed and why, who decided, where it is online. A publication is recorded once and never
-- rewritten; its story is a list of events that only grows. The triggers below refuse any UPDATE
-- or DELETE of either, whoever issues it, so that the history can be trusted in an audit.

CREATE TABLE publication (
  id INTEGER PRIMARY KEY,
  -- The caller's key for this publication (the outbox's publicationKey).
  publication_key TEXT NOT NULL UNIQUE,
  dataset_title TEXT NOT NULL,
  dataset_slug TEXT NOT NULL,
  -- 1, 2, 3… per dataset slug on one portal profile.
  version INTEGER NOT NULL CHECK (version >= 1),
  portal_profile TEXT NOT NULL,
  portal_engine TEXT NOT NULL,
  portal_base_url TEXT,
  recorded_at TEXT NOT NULL,
  -- Lower case, accents removed (better-sqlite3 has no ICU): what the journal's search looks in.
  search_text TEXT NOT NULL,
  sort_title TEXT NOT NULL,
  source_name TEXT NOT NULL,
  output_rows INTEGER NOT NULL CHECK (output_rows >= 0),
  output_columns INTEGER NOT NULL CHECK (output_columns >= 0),
  licence TEXT NOT NULL,
  os_user TEXT NOT NULL,
  app_version TEXT NOT NULL,
  -- Absolute path on this machine; kept for the DPO, never sent to the renderer.
  source_path TEXT NOT NULL,
  source_size INTEGER NOT NULL CHECK (source_size >= 0),
  source_modified_at TEXT NOT NULL,
  source_sha256 TEXT NOT NULL CHECK (length(source_sha256) = 64),
  source_format TEXT,
  sheet TEXT,
  header_row INTEGER,
  encoding TEXT,
  output_name TEXT,
  output_sha256 TEXT NOT NULL CHECK (length(output_sha256) = 64),
  UNIQUE (portal_profile, dataset_slug, version)
) STRICT;

-- The large parts of a publication, apart: the journal scans `publication` to search and count,
-- and rows kept narrow make that scan read a few megabytes instead of every JSON document.
CREATE TABLE publication_content (
  publication_id INTEGER PRIMARY KEY REFERENCES publication (id),
  source_columns TEXT NOT NULL CHECK (json_valid(source_columns)),
  output_column_names TEXT NOT NULL CHECK (json_valid(output_column_names)),
  -- The metadata as sent (DatasetMetadata); its licence id is kept in publication for the journal.
  metadata TEXT NOT NULL CHECK (json_valid(metadata)),
  findings TEXT NOT NULL CHECK (json_valid(findings)),
  decisions TEXT NOT NULL CHECK (json_valid(decisions)),
  dismissals TEXT NOT NULL CHECK (json_valid(dismissals)),
  preflight TEXT CHECK (preflight IS NULL OR json_valid(preflight))
) STRICT;

CREATE INDEX publication_recorded_at ON publication (recorded_at, id);
CREATE INDEX publication_portal_recorded_at ON publication (portal_profile, recorded_at, id);
CREATE INDEX publication_sort_title ON publication (sort_title, version);

CREATE TABLE publication_event (
  id INTEGER PRIMARY KEY,
  publication_id INTEGER NOT NULL REFERENCES publication (id),
  type TEXT NOT NULL CHECK (type IN ('created', 'scanned', 'decided', 'exported', 'queued', 'uploaded',
    'published', 'failed', 'made-public', 'withdrawn', 'remote-linked')),
  at TEXT NOT NULL,
  details TEXT NOT NULL CHECK (json_valid(details)),
  recorded_at TEXT NOT NULL
) STRICT;

CREATE INDEX publication_event_by_publication ON publication_event (publication_id, id);

-- Where each publication stands now: a summary of its events, kept up to date in the same
-- transaction as each event so the journal can list, filter and sort without replaying them.
CREATE TABLE publication_state (
  publication_id INTEGER PRIMARY KEY REFERENCES publication (id),
  status TEXT NOT NULL CHECK (status IN ('recorded', 'exported', 'queued', 'uploaded', 'published',
    'public', 'failed', 'withdrawn')),
  status_at TEXT NOT NULL,
  remote_dataset_id TEXT,
  remote_dataset_url TEXT,
  remote_resource_id TEXT,
  remote_resource_url TEXT,
  event_count INTEGER NOT NULL
) STRICT;

CREATE INDEX publication_state_status ON publication_state (status, status_at);
CREATE INDEX publication_state_status_at ON publication_state (status_at);

CREATE TRIGGER publication_is_never_updated BEFORE UPDATE ON publication
BEGIN
  SELECT RAISE(ABORT, 'history.append-only');
END;

CREATE TRIGGER publication_is_never_deleted BEFORE DELETE ON publication
BEGIN
  SELECT RAISE(ABORT, 'history.append-only');
END;

CREATE TRIGGER publication_content_is_never_updated BEFORE UPDATE ON publication_content
BEGIN
  SELECT RAISE(ABORT, 'history.append-only');
END;

CREATE TRIGGER publication_content_is_never_deleted BEFORE DELETE ON publication_content
BEGIN
  SELECT RAISE(ABORT, 'history.append-only');
END;

CREATE TRIGGER publication_event_is_never_updated BEFORE UPDATE ON publication_event
BEGIN
  SELECT RAISE(ABORT, 'history.append-only');
END;

CREATE TRIGGER publication_event_is_never_deleted BEFORE DELETE ON publication_event
BEGIN
  SELECT RAISE(ABORT, 'history.append-only');
END;

CREATE TRIGGER publication_state_is_never_deleted BEFORE DELETE ON publication_state
BEGIN
  SELECT RAISE(ABORT, 'history.append-only');
END;

-- The summary follows the events: it moves only together with one new event, and then counts
-- exactly the events recorded.
CREATE TRIGGER publication_state_follows_events BEFORE UPDATE ON publication_state
WHEN NEW.publication_id <> OLD.publication_id
  OR NEW.event_count <> OLD.event_count + 1
  OR NEW.event_count <> (SELECT count(*) FROM publication_event WHERE publication_id = OLD.publication_id)
BEGIN
  SELECT RAISE(ABORT, 'history.append-only');
END;
