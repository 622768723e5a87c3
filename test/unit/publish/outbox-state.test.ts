import { describe, expect, it } from 'vitest';
import { canTransition, isCancellable, isSettled, stepIsDone } from '../../../shared/publish/outbox-state.js';

describe('outbox state machine', () => {
  it('allows the one-click path and the private path', () => {
    expect(canTransition('queued', 'running')).toBe(true);
    expect(canTransition('running', 'published')).toBe(true);
    expect(canTransition('running', 'private-ready')).toBe(true);
    expect(canTransition('private-ready', 'queued')).toBe(true);
  });

  it('never leaves « publié » or « annulé », and never publishes without running', () => {
    expect(canTransition('published', 'queued')).toBe(false);
    expect(canTransition('cancelled', 'queued')).toBe(false);
    expect(canTransition('queued', 'published')).toBe(false);
    expect(canTransition('waiting-network', 'published')).toBe(false);
    expect(canTransition('failed', 'running')).toBe(false);
  });

  it('lets the clerk cancel what is waiting or running, not what is done', () => {
    expect(['queued', 'running', 'retry-wait', 'waiting-network', 'private-ready'].every((status) => isCancellable(status as never))).toBe(true);
    expect(isCancellable('published')).toBe(false);
    expect(isCancellable('failed')).toBe(false);
    expect(isSettled('private-ready')).toBe(true);
    expect(isSettled('waiting-network')).toBe(false);
  });

  it('orders the steps', () => {
    expect(stepIsDone('dataset', 'upload')).toBe(true);
    expect(stepIsDone('upload', 'upload')).toBe(false);
    expect(stepIsDone('verify', 'make-public')).toBe(true);
  });
});
