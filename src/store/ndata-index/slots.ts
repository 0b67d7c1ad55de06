/**
 * Where a sort key's or filter member's key sits in an entry (`entry.sortKeys[slot]`,
 * `entry.filterKeys[slot]`), looked up by name in a map built once per resource: every query resolves
 * its terms and conditions to slots, and a `findIndex` per term showed in the route core's profile.
 */
import type { ResourceDescription } from '../../ndata/index.ts';

interface Slots {
  sort: ReadonlyMap<string, number>;
  filter: ReadonlyMap<string, number>;
}

const byResource = new WeakMap<ResourceDescription, Slots>();

function slotsOf(resource: ResourceDescription): Slots {
  let slots = byResource.get(resource);
  if (!slots) {
    slots = {
      sort: new Map(resource.sortKeys.map((key, slot) => [key.name, slot] as const).reverse()),
      filter: new Map(resource.filters.map((member, slot) => [member.name, slot] as const).reverse()),
    };
    byResource.set(resource, slots);
  }
  return slots;
}

/** The slot of the sort key named `name`; -1 when the resource has none. */
export function sortSlot(resource: ResourceDescription, name: string): number {
  return slotsOf(resource).sort.get(name) ?? -1;
}

/** The slot of the filter member named `name`; -1 when the resource has none. */
export function filterSlot(resource: ResourceDescription, name: string): number {
  return slotsOf(resource).filter.get(name) ?? -1;
}
