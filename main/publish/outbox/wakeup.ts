/**
 * A sleep that ends at a time or when something happens (a new publication, the network back,
 * a stop), whichever comes first. The outbox sleeps on it between attempts.
 */
export class Wakeup {
  private wake: (() => void) | null = null;
  private pending = false;

  /** Ends the current sleep, or the next one at once if none is in progress. */
  ring(): void {
    if (this.wake) this.wake();
    else this.pending = true;
  }

  /** Sleeps until `ms` passed (null: until rung). */
  sleep(ms: number | null): Promise<void> {
    if (this.pending) {
      this.pending = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      let timer: NodeJS.Timeout | null = null;
      const done = (): void => {
        if (timer) clearTimeout(timer);
        this.wake = null;
        resolve();
      };
      if (ms !== null) timer = setTimeout(done, Math.max(0, ms));
      this.wake = done;
    });
  }
}
