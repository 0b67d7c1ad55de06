/**
 * Schemas the project derives from the spec's components, for records the spec has no schema of.
 * They are compiled with the components (ahead of time, by `npm run generate`) and validated by name,
 * like a component: `validateSchema('UserRecord', value)`.
 */
import type { JsonSchema } from './document.ts';

/**
 * A stored user: the spec's `UserProfile` without `device` (that belongs to the session) and with an
 * optional `password` (write-only in spirit: never answered).
 */
function userRecord(components: Record<string, JsonSchema>): JsonSchema {
  const profile = components.UserProfile as { properties: Record<string, JsonSchema>; required: string[] };
  const { device: _device, ...properties } = profile.properties;
  return {
    ...profile,
    description: 'A stored user: UserProfile without device, plus an optional password.',
    properties: { ...properties, password: { type: 'string' } },
    required: profile.required.filter((name) => name !== 'device'),
  };
}

/** The derived schemas by name, from the spec's component schemas (none for a document without `UserProfile`: an added one). */
export function derivedSchemas(components: Record<string, JsonSchema>): Record<string, JsonSchema> {
  return components.UserProfile ? { UserRecord: userRecord(components) } : {};
}
