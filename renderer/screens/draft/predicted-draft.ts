import type { DraftView } from '../../../shared/api/decisions-api.js';
import type { DraftContent } from '../../../shared/decisions/draft-content.js';
import { flaggedColumns, gateProblems } from '../../../shared/decisions/gate-rules.js';

/**
 * The draft as it will be once main has applied a change, computed at once with the same pure
 * change functions main uses (`shared/decisions/draft-changes.ts`): a radio button moves when it
 * is pressed, not when main answers. Main's answer, a later revision, replaces it.
 */
export function predictedDraft(view: DraftView, apply: (content: DraftContent) => DraftContent): DraftView {
  const content = apply(view);
  return {
    ...view,
    ...content,
    flagged: flaggedColumns(content),
    gate: gateProblems(content),
    canUndo: content.decisions.past.length > 0,
    canRedo: content.decisions.future.length > 0,
  };
}
