import type { ApiEventName, ApiEvents } from '../../shared/api/contract.js';
import type { EmitEvent } from './handler-types.js';

/** Something that delivers events to one window or browser tab. */
export type EventSink = (event: ApiEventName, payload: unknown) => void;

/**
 * Fans events out from the services to every connected window (Electron) or event stream
 * (loopback host). Services only see `emit`.
 */
export class EventHub {
  private readonly sinks = new Set<EventSink>();

  /** Adds a sink; returns the function that removes it. */
  connect(sink: EventSink): () => void {
    this.sinks.add(sink);
    return () => this.sinks.delete(sink);
  }

  readonly emit: EmitEvent = <E extends ApiEventName>(event: E, payload: ApiEvents[E]) => {
    for (const sink of this.sinks) sink(event, payload);
  };
}
