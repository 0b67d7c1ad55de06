/**
 * Which resources a hub connection hears about (docs/behaviour.md#notification-subscribe, inferred): all
 * of them until it calls `Subscribe`; then the names it subscribed; `Unsubscribe` takes names away.
 * Names compare case-insensitively.
 */

export interface Subscription {
  wants(resourceName: string): boolean;
  subscribe(names: readonly string[]): void;
  unsubscribe(names: readonly string[]): void;
}

export function createSubscription(): Subscription {
  // Until the first Subscribe: everything except what was unsubscribed.
  let only: Set<string> | undefined;
  const except = new Set<string>();
  return {
    wants: (name) => (only ? only.has(name.toLowerCase()) : !except.has(name.toLowerCase())),
    subscribe(names) {
      only ??= new Set();
      for (const name of names) only.add(name.toLowerCase());
    },
    unsubscribe(names) {
      for (const name of names) {
        if (only) only.delete(name.toLowerCase());
        else except.add(name.toLowerCase());
      }
    },
  };
}

const MAX_NAME_LENGTH = 100;

function isName(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_NAME_LENGTH;
}

function namesOf(value: unknown): string[] | undefined {
  if (isName(value)) return [value];
  if (Array.isArray(value) && value.length > 0 && value.every(isName)) return value;
  return undefined;
}

/**
 * The resource names of a `SubscriptionRequestResource` argument (spec components; its shape is inferred):
 * `"sessions"`, `["sessions", "devices"]`, `{ "resources": "sessions" | [...] }` or `{ "name": "sessions" }`.
 * A sentence when the argument is none of these.
 */
export function subscriptionNames(argument: unknown): string[] | string {
  const direct = namesOf(argument);
  if (direct) return direct;
  if (typeof argument === 'object' && argument !== null) {
    const { resources, name } = argument as { resources?: unknown; name?: unknown };
    const named = namesOf(resources) ?? (isName(name) ? [name] : undefined);
    if (named) return named;
  }
  return `The argument must name resources: "sessions", ["sessions"], { "resources": ["sessions"] } or { "name": "sessions" } (names of 1 to ${MAX_NAME_LENGTH} characters).`;
}
