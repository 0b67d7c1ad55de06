/**
 * The catalogued resources the store keeps in generic tables: every one but the sessions, whose table
 * is the session rules' repository (src/portos `SessionRepository`: the bump, expiry and the sale-device
 * lookup need their own upkeep) and whose fixtures hold offsets from now.
 */
import { catalogue, type CatalogueResource, type Contract } from '../spec/index.ts';

/** The collection the session rules own (docs/behaviour.md#list-sessions). */
export const SESSION_COLLECTION = 'sessions';

/** The resources of a contract that get a generic table (every one but the sessions). */
export function tableResourcesOf(contract: Contract): readonly CatalogueResource[] {
  return contract.catalogue.filter((resource) => resource.name !== SESSION_COLLECTION);
}

/** The catalogued resource named `name`; a programmer's error when there is none. */
export function catalogued(name: string): CatalogueResource {
  const found = catalogue.find((resource) => resource.name === name);
  if (!found) throw new Error(`Failed to find the resource "${name}": the spec declares ${catalogue.map((r) => r.name).join(', ')}.`);
  return found;
}
