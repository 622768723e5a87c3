-- Organisation templates: the commune's defaults for the metadata of new datasets (producer,
-- contact, licence, themes, keywords, frequency, coverage), edited in the settings.
CREATE TABLE organisation_template (
  id INTEGER PRIMARY KEY,
  -- How the clerk tells templates apart, e.g. « Mairie — service urbanisme ».
  name TEXT NOT NULL UNIQUE,
  producer TEXT NOT NULL,
  contact_name TEXT NOT NULL DEFAULT '',
  -- Empty when the template has no contact point.
  contact_email TEXT NOT NULL DEFAULT '',
  -- Licence id of the catalogue (shared/licences), e.g. etalab-2.0.
  licence TEXT NOT NULL,
  -- JSON arrays of strings.
  themes TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(themes) AND json_type(themes) = 'array'),
  keywords TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(keywords) AND json_type(keywords) = 'array'),
  frequency TEXT NOT NULL DEFAULT 'unknown',
  spatial TEXT NOT NULL DEFAULT '',
  language TEXT NOT NULL DEFAULT 'fr',
  source TEXT NOT NULL DEFAULT '',
  is_default INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
  updated_at TEXT NOT NULL
) STRICT;

-- At most one template applies to new drafts by default.
CREATE UNIQUE INDEX organisation_template_one_default ON organisation_template (is_default) WHERE is_default = 1;
