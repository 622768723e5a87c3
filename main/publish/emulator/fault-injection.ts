/** The engines the emulator serves, by URL prefix (`/ods`, `/udata`, `/ckan`). */
export type EmulatedEngine = 'ods' | 'udata' | 'ckan';

/**
 * The faults the emulator can inject (issue 7 « The portal emulator », reference §5):
 * - `bad-key`, `forbidden`, `validation`, `duplicate`, `server-error`, `rate-limit`: the engine's
 *   own answer (status and body) instead of the real handling;
 * - `proxy-413`, `proxy-502`: an HTML page from the « proxy » in front of the engine;
 * - `slow`: the answer comes after `delayMs` (the write still happens);
 * - `reset`: the connection is dropped before anything is done;
 * - `lost-response`: the write is done, then the connection is dropped (the key case of idempotency);
 * - `stall-body`: the upload is read up to `stallAfterBytes`, then never further;
 * - `processing-error`, `limit-reached`, `slow-processing`: how Opendatasoft's background
 *   publishing ends (on `POST …/publish/`).
 */
export type FaultKind =
  | 'bad-key'
  | 'forbidden'
  | 'validation'
  | 'duplicate'
  | 'server-error'
  | 'rate-limit'
  | 'proxy-413'
  | 'proxy-502'
  | 'slow'
  | 'reset'
  | 'lost-response'
  | 'stall-body'
  | 'processing-error'
  | 'limit-reached'
  | 'slow-processing';

/** A fault to inject into the requests that match. */
export interface FaultRule {
  fault: FaultKind;
  engine?: EmulatedEngine;
  /** HTTP method to match, e.g. `POST`. */
  method?: string;
  /** A regular expression matched against the path after the engine prefix (CKAN: `/api/3/action/<name>`). */
  path?: string;
  /** Let this many matching requests through first. */
  skip?: number;
  /** How many matching requests get the fault (default 1; 0 means every one). */
  times?: number;
  delayMs?: number;
  retryAfterSeconds?: number;
  stallAfterBytes?: number;
}

interface ArmedRule {
  rule: FaultRule;
  pattern: RegExp | null;
  seen: number;
  fired: number;
}

/** The armed faults, consumed as requests match them. */
export class FaultBook {
  private rules: ArmedRule[] = [];

  add(rule: FaultRule): void {
    this.rules.push({ rule, pattern: rule.path ? new RegExp(rule.path) : null, seen: 0, fired: 0 });
  }

  clear(): void {
    this.rules = [];
  }

  /** The fault for this request, if a rule matches and has shots left; the rule counts it. */
  take(engine: EmulatedEngine, method: string, path: string): FaultRule | null {
    for (const armed of this.rules) {
      const { rule } = armed;
      if (rule.engine && rule.engine !== engine) continue;
      if (rule.method && rule.method.toUpperCase() !== method.toUpperCase()) continue;
      if (armed.pattern && !armed.pattern.test(path)) continue;
      armed.seen++;
      if (armed.seen <= (rule.skip ?? 0)) continue;
      const times = rule.times ?? 1;
      if (times !== 0 && armed.fired >= times) continue;
      armed.fired++;
      return rule;
    }
    return null;
  }

  /** How many times each rule fired, for tests that check a fault was really met. */
  firedCounts(): number[] {
    return this.rules.map((armed) => armed.fired);
  }
}
