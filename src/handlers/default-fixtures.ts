/**
 * The bundled fixtures (fixtures/<collection>.json), imported as JSON modules so that bundlers inline them for the
 * browser and no file system is needed.
 */
import apikeys from '../../fixtures/apikeys.json' with { type: 'json' };
import devices from '../../fixtures/devices.json' with { type: 'json' };
import sessions from '../../fixtures/sessions.json' with { type: 'json' };
import users from '../../fixtures/users.json' with { type: 'json' };
import { SESSION_RULE_COLLECTIONS, type Fixtures } from '../portos/index.ts';
import { buildCatalogue, catalogue, type OpenApiDocument } from '../spec/index.ts';

// @note JSON imports are typed with plain `string`s; the store checks every record against the spec
// when it seeds, so the cast is verified at run time.
export const defaultFixtures: Fixtures = { users, devices, sessions, apikeys } as unknown as Fixtures;

/**
 * The seed's collections, one `<collection>.json` each: the spec's resources. Those the session rules
 * need come first and are required in a fixtures folder (`SESSION_RULE_COLLECTIONS`); the others are
 * empty when their file is absent.
 */
export const FIXTURE_COLLECTIONS: readonly string[] = [...SESSION_RULE_COLLECTIONS, ...catalogue.map((resource) => resource.name).filter((name) => !SESSION_RULE_COLLECTIONS.includes(name))];

/**
 * The collections of a fixtures folder when `specs` are added: the bundled ones, then theirs (`/stocks`
 * → `stocks.json`). Read leniently: a document that breaks the conventions fails the start later, in
 * `createMockCore`, with its own message.
 */
export function fixtureCollections(specs: readonly OpenApiDocument[]): readonly string[] {
  const extra = specs.flatMap((document) => {
    try {
      return buildCatalogue([{ ...document, components: { ...document.components, schemas: document.components?.schemas ?? {} } }]).map((resource) => resource.name);
    } catch {
      return [];
    }
  });
  return [...FIXTURE_COLLECTIONS, ...extra.filter((name) => !FIXTURE_COLLECTIONS.includes(name))];
}
