-- Links between a draft, the dataset it publishes, the outbox item that sends it and the history
-- record that remembers it (main/publication/).

-- The dataset a draft publishes: its idempotency key is stable across versions, so publishing a
-- new version updates the portal's dataset instead of creating a second one.
CREATE TABLE draft_dataset (
  draft_id TEXT PRIMARY KEY,
  dataset_key TEXT NOT NULL,
  -- The history entry this draft is a new version of, if any.
  based_on_publication_id INTEGER REFERENCES publication (id)
) STRICT;

-- Which history record an outbox item's transitions belong to.
CREATE TABLE outbox_publication (
  outbox_id INTEGER PRIMARY KEY,
  publication_id INTEGER NOT NULL REFERENCES publication (id)
) STRICT;

-- The dataset each recorded publication belongs to, so that « Publier une nouvelle version » from
-- the history continues the same dataset on the portal.
CREATE TABLE publication_dataset (
  publication_id INTEGER PRIMARY KEY REFERENCES publication (id),
  dataset_key TEXT NOT NULL
) STRICT;

CREATE INDEX publication_dataset_key ON publication_dataset (dataset_key);
