import type { NDataQuery, ResourceDescription, SortTerm } from '../../ndata/index.ts';
import { sortSlot } from './slots.ts';

/**
 * The order a query's results come in: the requested terms (or the resource's default order when there
 * are none), then the tie-breaker ascending; a key that appears again later is dropped, because its first
 * occurrence already decided. Terms naming no sort key of the resource are dropped.
 */
export function effectiveOrder(query: Pick<NDataQuery, 'sort'>, resource: ResourceDescription): SortTerm[] {
  const requested = query.sort.length > 0 ? query.sort : resource.defaultOrder;
  const out: SortTerm[] = [];
  for (const term of [...requested, { key: resource.tieBreaker, direction: 'asc' } as const]) {
    if (sortSlot(resource, term.key) < 0) continue;
    if (!out.some((t) => t.key === term.key)) out.push(term);
  }
  return out;
}
