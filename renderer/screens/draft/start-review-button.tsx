import { useState } from 'react';
import type { ReadOptions } from '../../../shared/api/files-api.js';
import type { Result } from '../../../shared/api/result.js';
import { api } from '../../api/api.js';
import { useCatalogue } from '../../i18n/screen-catalogue.js';
import { draftCatalogue } from './draft-catalogue.js';

interface StartReviewButtonProps {
  fileId: string;
  /** The reading choices in force on the preview: the draft reads the file the same way. */
  options: ReadOptions;
  onCreated: (draftId: string) => void;
  onError: (result: Extract<Result<unknown>, { ok: false }>) => void;
}

/**
 * « Vérifier les données personnelles »: creates a draft from the opened file with its current
 * read options; the workspace then scans it and shows what it found.
 */
export function StartReviewButton({ fileId, options, onCreated, onError }: StartReviewButtonProps) {
  const t = useCatalogue(draftCatalogue);
  const [creating, setCreating] = useState(false);
  const start = async () => {
    setCreating(true);
    const result = await api['drafts:create']({ fileId, options });
    setCreating(false);
    if (result.ok) onCreated(result.value.draftId);
    else onError(result);
  };
  return (
    <button type="button" className="primary review-start" disabled={creating} title={t('review.start.hint')} onClick={() => void start()}>
      {t('review.start')}
    </button>
  );
}
