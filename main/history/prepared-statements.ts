import type Database from 'better-sqlite3';
import type { AtelierDatabase } from '../db/database.js';

/**
 * Prepares a module's statements once per open database (STYLE.md « prepared once per
 * repository module ») and hands the same ones back on every later call.
 */
export function preparedFor<Statements>(prepare: (db: AtelierDatabase) => Statements): (db: AtelierDatabase) => Statements {
  const cache = new WeakMap<Database.Database, Statements>();
  return (db) => {
    let statements = cache.get(db);
    if (!statements) {
      statements = prepare(db);
      cache.set(db, statements);
    }
    return statements;
  };
}

const byText = new WeakMap<Database.Database, Map<string, Database.Statement<unknown[]>>>();

/**
 * Prepares a statement whose text is assembled at run time (the journal's filters), once per
 * distinct text and database. The text must hold only `?` placeholders for the values.
 */
export function preparedText(db: AtelierDatabase, text: string): Database.Statement<unknown[]> {
  let cache = byText.get(db);
  if (!cache) {
    cache = new Map();
    byText.set(db, cache);
  }
  let statement = cache.get(text);
  if (!statement) {
    statement = db.prepare<unknown[]>(text);
    cache.set(text, statement);
  }
  return statement;
}
