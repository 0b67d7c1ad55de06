/**
 * The change feed: every write to a PORTOS resource record, as one event, for whoever pushes live
 * notifications (the SignalR hub, docs/behaviour.md#notification-hub). A tiny synchronous emitter with
 * no Node built-ins, so it runs in a browser too. What counts as a change (and what does not: the bump
 * of every accepted token) is decided where writes happen (src/handlers/watch-sessions.ts,
 * docs/behaviour.md#notification-changes).
 */
import type { components } from '../generated/portos-sessions.ts';

/** One change: the resource as in `ProblemDetails.resource`, plus the kind (docs/behaviour.md#notification-payload). */
export type ResourceChanged = components['schemas']['ResourceChangedNotificationPayload'];

type ChangeListener = (event: ResourceChanged) => void;

/** What the doors see: listen, and stop listening. */
export interface ChangeFeedView {
  /** Calls `listener` after every change, until the returned function is called. */
  subscribe(listener: ChangeListener): () => void;
}

export interface ChangeFeed extends ChangeFeedView {
  emit(event: ResourceChanged): void;
}

export function createChangeFeed(): ChangeFeed {
  const listeners = new Set<ChangeListener>();
  return {
    subscribe(listener) {
      // A wrapper per subscription, so the same function subscribed twice is two subscriptions.
      const entry: ChangeListener = (event) => listener(event);
      listeners.add(entry);
      return () => listeners.delete(entry);
    },
    emit(event) {
      for (const listener of listeners) {
        try {
          listener(event);
        } catch (error) {
          // A listener's bug (a closed socket, a test's assertion) must not fail the write that raised it.
          // oxlint-disable-next-line no-console -- the mock's own log, never the client
          console.error('[portos-mock] A change listener failed:', error);
        }
      }
    },
  };
}
