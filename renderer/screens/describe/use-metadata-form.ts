import { useCallback, useEffect, useRef, useState } from 'react';
import type { DraftView } from '../../../shared/api/decisions-api.js';
import type { AppErrorPayload } from '../../../shared/api/result.js';
import type { LicenceWarning } from '../../../shared/licences/catalogue.js';
import type { DatasetMetadata } from '../../../shared/metadata/model.js';
import type { PortalKind } from '../../../shared/metadata/portal-metadata-rules.js';
import type { MetadataIssue } from '../../../shared/metadata/validate-metadata.js';
import { api } from '../../api/api.js';

/** Pause in typing after which the description is saved in the draft. */
const SAVE_DELAY_MS = 600;
/** Pause in typing after which the description is checked again. */
const CHECK_DELAY_MS = 250;

/** Every member of `DatasetMetadata`: a draft missing one has never been through the form. */
const METADATA_KEYS: readonly (keyof DatasetMetadata)[] = [
  'title', 'description', 'keywords', 'themes', 'producer', 'contact', 'licence', 'frequency',
  'temporal', 'spatial', 'language', 'source', 'modified', 'schema',
];

/** The description being edited, what is wrong with it, and how its saving goes. */
export interface MetadataForm {
  /** Null until the draft's description (completed by the default template) is ready. */
  metadata: DatasetMetadata | null;
  change(patch: Partial<DatasetMetadata>): void;
  issues: MetadataIssue[];
  licenceWarnings: LicenceWarning[];
  saving: boolean;
  /** Saved at least once since the form opened, and nothing waits. */
  saved: boolean;
  error: AppErrorPayload | null;
}

/**
 * Edits a draft's description: a draft that never had one gets the default organisation
 * template's values (`metadata:new-draft`) under what it already holds; each change is saved after
 * a pause in typing (`drafts:set-metadata`, one save at a time, in order, the last one on leaving)
 * and checked by main's ajv rules, for the chosen portal when there is one.
 */
export function useMetadataForm(draft: DraftView, portal: PortalKind | null, onDraftChange: (draft: DraftView) => void): MetadataForm {
  const { draftId } = draft;
  const [initial] = useState(draft.metadata);
  const [metadata, setMetadata] = useState<DatasetMetadata | null>(null);
  const [checked, setChecked] = useState<{ issues: MetadataIssue[]; licenceWarnings: LicenceWarning[] }>({ issues: [], licenceWarnings: [] });
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<AppErrorPayload | null>(null);
  const latest = useRef<DatasetMetadata | null>(null);
  const unsaved = useRef<DatasetMetadata | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const accept = useRef(onDraftChange);

  useEffect(() => {
    accept.current = onDraftChange;
  }, [onDraftChange]);

  /** Sends what waits, after the saves already sent, so that main keeps the last one. */
  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const next = unsaved.current;
    if (!next) return;
    unsaved.current = null;
    setSaving(true);
    queue.current = queue.current.then(async () => {
      const result = await api['drafts:set-metadata']({ draftId, metadata: next });
      if (result.ok) accept.current(result.value);
      setError(result.ok ? null : result.error);
      setSaved(result.ok && unsaved.current === null);
      setSaving(unsaved.current !== null);
    });
  }, [draftId]);

  const scheduleSave = useCallback(
    (next: DatasetMetadata) => {
      unsaved.current = next;
      setSaved(false);
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, SAVE_DELAY_MS);
    },
    [flush],
  );

  useEffect(() => {
    let current = true;
    const missing = METADATA_KEYS.some((key) => initial[key] === undefined);
    const ready: Promise<DatasetMetadata | null> = missing
      ? api['metadata:new-draft']({}).then((result) => {
          if (result.ok) return { ...result.value, ...initial };
          setError(result.error);
          return null;
        })
      : Promise.resolve(initial as DatasetMetadata);
    void ready.then((full) => {
      if (!current || !full) return;
      latest.current = full;
      setMetadata(full);
      // The template's values become the draft's own at once, as the clerk sees them.
      if (missing) {
        unsaved.current = full;
        flush();
      }
    });
    return () => {
      current = false;
    };
  }, [initial, flush]);

  // Leaving the step (or the app) must not lose the last keystrokes.
  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);

  useEffect(() => {
    if (!metadata) return;
    let current = true;
    const pause = setTimeout(() => {
      void api['metadata:validate']({ metadata, ...(portal ? { portal } : {}) }).then((result) => {
        if (!current) return;
        if (result.ok) setChecked(result.value);
        else setError(result.error);
      });
    }, CHECK_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(pause);
    };
  }, [metadata, portal]);

  const change = useCallback(
    (patch: Partial<DatasetMetadata>) => {
      const base = latest.current;
      if (!base) return;
      const next = { ...base, ...patch };
      latest.current = next;
      setMetadata(next);
      scheduleSave(next);
    },
    [scheduleSave],
  );

  return { metadata, change, issues: checked.issues, licenceWarnings: checked.licenceWarnings, saving, saved, error };
}
