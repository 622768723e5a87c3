import { describe, expect, it } from 'vitest';
import {
  EMPTY_DECISIONS, HISTORY_LIMIT, commit, decisionFor, redo, renameFor, startHistory, undo, withDecision, withRename,
} from '../../../shared/decisions/decision-history.js';

describe('decision history', () => {
  it('undoes and redoes decisions and renamings', () => {
    let history = startHistory();
    history = commit(history, withDecision(history.present, 2, { kind: 'drop' }));
    history = commit(history, withRename(history.present, 3, '  commune  '));
    expect(decisionFor(history.present, 2)).toEqual({ kind: 'drop' });
    expect(renameFor(history.present, 3)).toBe('commune');

    history = undo(history);
    expect(renameFor(history.present, 3)).toBeUndefined();
    expect(decisionFor(history.present, 2)).toEqual({ kind: 'drop' });
    history = undo(history);
    expect(history.present).toEqual(EMPTY_DECISIONS);
    expect(undo(history)).toBe(history);

    history = redo(redo(history));
    expect(renameFor(history.present, 3)).toBe('commune');
    expect(redo(history)).toBe(history);
  });

  it('forgets what was undone once a new decision is taken', () => {
    let history = commit(startHistory(), withDecision(EMPTY_DECISIONS, 0, { kind: 'mask' }));
    history = undo(history);
    history = commit(history, withDecision(history.present, 1, { kind: 'redact' }));
    expect(history.future).toEqual([]);
    expect(decisionFor(redo(history).present, 0)).toBeUndefined();
  });

  it('records nothing when a change changes nothing, and removes with null', () => {
    const first = commit(startHistory(), withDecision(EMPTY_DECISIONS, 0, { kind: 'mask' }));
    expect(commit(first, withDecision(first.present, 0, { kind: 'mask' }))).toBe(first);
    const removed = commit(first, withDecision(first.present, 0, null));
    expect(decisionFor(removed.present, 0)).toBeUndefined();
    expect(renameFor(withRename(withRename(EMPTY_DECISIONS, 1, 'x'), 1, ' '), 1)).toBeUndefined();
  });

  it('keeps a bounded past', () => {
    let history = startHistory();
    for (let i = 0; i < HISTORY_LIMIT + 20; i++) history = commit(history, withRename(history.present, 0, `nom ${i}`));
    expect(history.past).toHaveLength(HISTORY_LIMIT);
  });
});
