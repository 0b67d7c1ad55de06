import type { Entry } from './entry.ts';
import { filterSlot } from './slots.ts';
import { isWellKnownOperator, parseArgument, type FilterCondition, type FilterMember, type ResourceDescription } from '../../ndata/index.ts';
import { keyComparator, pathGetter, type Key } from './keys.ts';

/**
 * Turns one condition into a test of an entry's filter key. A record without a value of the member's
 * type matches no `eq`, `gt`, `gte`, `lt`, `lte`, `in`, and therefore every `neq` and `nin`.
 */
function compileCondition<T>(condition: FilterCondition, member: FilterMember, slot: number): (entry: Entry<T>) => boolean {
  // Custom operators never shadow well-known ones (parse resolves names the same way).
  const custom = isWellKnownOperator(condition.operator) ? undefined : member.customOperators?.find((o) => o.name === condition.operator);
  if (custom) {
    const get = pathGetter(member.path);
    const args = condition.args;
    return (entry) => custom.test(get(entry.record), args);
  }
  const args = condition.values ?? condition.args.map((a) => parseArgument(a, member.type));
  // A hand-built query with an argument that is not of the member's type matches nothing.
  if (args.some((a) => a === undefined)) return () => condition.operator === 'neq' || condition.operator === 'nin';
  const cmp = keyComparator(member.type);
  const first = args[0];
  const simple = member.type !== 'date-time';
  const set = simple ? new Set<Key>(args) : undefined;
  const isIn = (k: Key): boolean => (set ? set.has(k) : args.some((a) => cmp(k, a) === 0));
  switch (condition.operator) {
    case 'eq':
      return simple
        ? (e) => e.filterKeys[slot] === first
        : (e) => e.filterKeys[slot] !== undefined && cmp(e.filterKeys[slot], first) === 0;
    case 'neq':
      return simple
        ? (e) => e.filterKeys[slot] !== first
        : (e) => e.filterKeys[slot] === undefined || cmp(e.filterKeys[slot], first) !== 0;
    case 'gt':
      return (e) => e.filterKeys[slot] !== undefined && cmp(e.filterKeys[slot], first) > 0;
    case 'gte':
      return (e) => e.filterKeys[slot] !== undefined && cmp(e.filterKeys[slot], first) >= 0;
    case 'lt':
      return (e) => e.filterKeys[slot] !== undefined && cmp(e.filterKeys[slot], first) < 0;
    case 'lte':
      return (e) => e.filterKeys[slot] !== undefined && cmp(e.filterKeys[slot], first) <= 0;
    case 'in':
      return (e) => e.filterKeys[slot] !== undefined && isIn(e.filterKeys[slot]);
    case 'nin':
      return (e) => e.filterKeys[slot] === undefined || !isIn(e.filterKeys[slot]);
    default:
      return () => false;
  }
}

export interface CompiledFilter<T> {
  /** undefined when there are no conditions: everything matches. */
  test: ((entry: Entry<T>) => boolean) | undefined;
  /** Indexes into `resource.filters` whose keys the test reads. */
  slots: number[];
}

/** Compiles a query's conditions (all must hold) into one test. */
export function compileFilter<T>(conditions: readonly FilterCondition[], resource: ResourceDescription): CompiledFilter<T> {
  const tests: ((entry: Entry<T>) => boolean)[] = [];
  const slots = new Set<number>();
  for (const condition of conditions) {
    const slot = filterSlot(resource, condition.member);
    const member = resource.filters[slot];
    if (!member) {
      tests.push(() => false);
      continue;
    }
    slots.add(slot);
    tests.push(compileCondition<T>(condition, member, slot));
  }
  if (tests.length === 0) return { test: undefined, slots: [] };
  const [only] = tests;
  const test = tests.length === 1 && only ? only : (entry: Entry<T>) => tests.every((t) => t(entry));
  return { test, slots: [...slots] };
}
