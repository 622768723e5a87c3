-- Drafts (issue 5 « Drafts »): the clerk's work in progress, saved on each change and restored when
-- the app reopens, even after a crash (WAL; each save is one transaction). One row per draft; each
-- part of the work is a JSON column so that a save rewrites one row in one statement.
CREATE TABLE draft (
  -- Opaque id handed to the renderer.
  id TEXT PRIMARY KEY,
  -- Absolute path of the source file on this machine; never sent to the renderer.
  source_path TEXT NOT NULL,
  source_name TEXT NOT NULL,
  source_size INTEGER NOT NULL CHECK (source_size >= 0),
  source_modified_at TEXT NOT NULL,
  read_options TEXT NOT NULL CHECK (json_valid(read_options)),
  columns TEXT NOT NULL CHECK (json_valid(columns)),
  findings TEXT NOT NULL CHECK (json_valid(findings)),
  quasi_identifiers TEXT NOT NULL CHECK (json_valid(quasi_identifiers)),
  dismissals TEXT NOT NULL CHECK (json_valid(dismissals)),
  -- The decision history (past, present, future) so that undo survives a restart.
  decisions TEXT NOT NULL CHECK (json_valid(decisions)),
  metadata TEXT NOT NULL CHECK (json_valid(metadata)),
  output_options TEXT NOT NULL CHECK (json_valid(output_options)),
  preflight TEXT CHECK (preflight IS NULL OR json_valid(preflight)),
  -- Incremented by every save: a stale writer can be told apart.
  revision INTEGER NOT NULL CHECK (revision >= 1),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE INDEX draft_updated_at ON draft (updated_at DESC, id);
