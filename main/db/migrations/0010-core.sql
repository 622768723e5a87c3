-- Core tables: the files the clerk opened recently, and the app's settings.
CREATE TABLE recent_file (
  id INTEGER PRIMARY KEY,
  display_name TEXT NOT NULL,
  -- Absolute path on this machine; never sent to the renderer.
  path TEXT NOT NULL UNIQUE,
  size_bytes INTEGER NOT NULL,
  format TEXT,
  opened_at TEXT NOT NULL
) STRICT;

CREATE INDEX recent_file_opened_at ON recent_file (opened_at DESC);

CREATE TABLE setting (
  key TEXT PRIMARY KEY,
  -- JSON-encoded value.
  value TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
