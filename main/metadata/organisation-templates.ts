/**
 * The organisation templates in SQLite (table `organisation_template`, migration 0040): listed,
 * read, saved and removed, with at most one default, the one new drafts get.
 */
import type { AtelierDatabase } from '../db/database.js';
import { AppError } from '../../shared/errors.js';
import type { UpdateFrequency } from '../../shared/metadata/model.js';
import type { OrganisationTemplate, OrganisationTemplateInput } from '../../shared/metadata/organisation-template.js';

interface TemplateRow {
  id: number;
  name: string;
  producer: string;
  contact_name: string;
  contact_email: string;
  licence: string;
  themes: string;
  keywords: string;
  frequency: string;
  spatial: string;
  language: string;
  source: string;
  is_default: number;
  updated_at: string;
}

function fromRow(row: TemplateRow): OrganisationTemplate {
  const hasContact = row.contact_name !== '' || row.contact_email !== '';
  return {
    templateId: row.id,
    name: row.name,
    producer: row.producer,
    contact: hasContact ? { name: row.contact_name, email: row.contact_email } : null,
    licence: row.licence,
    themes: JSON.parse(row.themes) as string[],
    keywords: JSON.parse(row.keywords) as string[],
    frequency: row.frequency as UpdateFrequency,
    spatial: row.spatial,
    language: row.language,
    source: row.source,
    isDefault: row.is_default === 1,
    updatedAt: row.updated_at,
  };
}

/** The templates of the database, with statements prepared once. */
export interface OrganisationTemplateStore {
  list(): OrganisationTemplate[];
  get(templateId: number): OrganisationTemplate;
  /** The default template; null when there is none. */
  getDefault(): OrganisationTemplate | null;
  /** Inserts (no id) or updates; the first template saved becomes the default. */
  save(input: OrganisationTemplateInput): OrganisationTemplate;
  /** Removes a template; false when it did not exist. */
  remove(templateId: number): boolean;
}

/** Opens the store over an open database (migrations applied by `openDatabase`). */
export function createOrganisationTemplateStore(db: AtelierDatabase, now: () => Date = () => new Date()): OrganisationTemplateStore {
  const selectAll = db.prepare<[], TemplateRow>('SELECT * FROM organisation_template ORDER BY is_default DESC, name COLLATE NOCASE');
  const selectOne = db.prepare<[number], TemplateRow>('SELECT * FROM organisation_template WHERE id = ?');
  const selectDefault = db.prepare<[], TemplateRow>('SELECT * FROM organisation_template WHERE is_default = 1');
  const selectByName = db.prepare<[string], { id: number }>('SELECT id FROM organisation_template WHERE name = ?');
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM organisation_template');
  const clearDefault = db.prepare('UPDATE organisation_template SET is_default = 0 WHERE is_default = 1');
  const insert = db.prepare(`INSERT INTO organisation_template
      (name, producer, contact_name, contact_email, licence, themes, keywords, frequency, spatial, language, source, is_default, updated_at)
      VALUES (@name, @producer, @contact_name, @contact_email, @licence, @themes, @keywords, @frequency, @spatial, @language, @source, @is_default, @updated_at)`);
  const update = db.prepare(`UPDATE organisation_template SET
      name = @name, producer = @producer, contact_name = @contact_name, contact_email = @contact_email, licence = @licence,
      themes = @themes, keywords = @keywords, frequency = @frequency, spatial = @spatial, language = @language,
      source = @source, is_default = @is_default, updated_at = @updated_at
      WHERE id = @id`);
  const deleteOne = db.prepare<[number]>('DELETE FROM organisation_template WHERE id = ?');

  function get(templateId: number): OrganisationTemplate {
    const row = selectOne.get(templateId);
    if (!row) throw new AppError('metadata.template-not-found', { templateId });
    return fromRow(row);
  }

  const saveInTransaction = db.transaction((input: OrganisationTemplateInput): number => {
    const name = input.name.trim();
    const sameName = selectByName.get(name);
    if (sameName && sameName.id !== input.templateId) throw new AppError('metadata.template-name-taken', { name });
    const isFirst = (count.get()?.n ?? 0) === 0;
    const isDefault = input.isDefault || isFirst;
    if (isDefault) clearDefault.run();
    const values = {
      name,
      producer: input.producer.trim(),
      contact_name: input.contact?.name.trim() ?? '',
      contact_email: input.contact?.email.trim() ?? '',
      licence: input.licence,
      themes: JSON.stringify(input.themes),
      keywords: JSON.stringify(input.keywords),
      frequency: input.frequency,
      spatial: input.spatial.trim(),
      language: input.language,
      source: input.source.trim(),
      is_default: isDefault ? 1 : 0,
      updated_at: now().toISOString(),
    };
    if (input.templateId === undefined) return Number(insert.run(values).lastInsertRowid);
    get(input.templateId);
    update.run({ ...values, id: input.templateId });
    return input.templateId;
  });

  return {
    list: () => selectAll.all().map(fromRow),
    get,
    getDefault: () => {
      const row = selectDefault.get();
      return row ? fromRow(row) : null;
    },
    save: (input) => get(saveInTransaction(input)),
    remove: (templateId) => deleteOne.run(templateId).changes > 0,
  };
}
