import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ProgressReports } from '../../../main/publish/outbox/progress-reports.js';

describe('upload progress reported to the UI', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  function recorder() {
    const reports: string[] = [];
    const progress = new ProgressReports(100, (id) => {
      const seen = progress.get(id);
      reports.push(`${String(id)}:${String(seen?.sent)}/${String(seen?.total)}`);
    });
    return { progress, reports };
  }

  it('reports at most once per interval, the first and the last figures at once', () => {
    const { progress, reports } = recorder();
    progress.note(1, 10, 100);
    progress.note(1, 20, 100);
    progress.note(1, 30, 100);
    expect(reports).toEqual(['1:10/100']);
    vi.advanceTimersByTime(100);
    progress.note(1, 100, 100);
    expect(reports).toEqual(['1:10/100', '1:30/100', '1:100/100']);
  });

  it('reports the latest figure when the upload stalls after a throttled one', () => {
    const { progress, reports } = recorder();
    progress.note(1, 10, 100);
    vi.advanceTimersByTime(40);
    progress.note(1, 55, 100);
    // Nothing more comes from the portal: the interval's end still shows 55.
    vi.advanceTimersByTime(59);
    expect(reports).toEqual(['1:10/100']);
    vi.advanceTimersByTime(1);
    expect(reports).toEqual(['1:10/100', '1:55/100']);
    vi.advanceTimersByTime(1000);
    expect(reports).toHaveLength(2);
  });

  it('keeps items apart, and says nothing of an item once it is forgotten', () => {
    const { progress, reports } = recorder();
    progress.note(1, 10, 100);
    progress.note(2, 5, 50);
    progress.note(1, 20, 100);
    progress.forget(1);
    vi.advanceTimersByTime(500);
    expect(reports).toEqual(['1:10/100', '2:5/50']);
    expect(progress.get(1)).toBeNull();
    expect(progress.get(2)).toEqual({ sent: 5, total: 50 });
  });
});
