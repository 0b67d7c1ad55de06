import { isWellKnownOperator } from './operators.ts';
import type { FilterCondition, NDataQuery, QueryPage } from './query.ts';
import type { ResourceDescription, SortTerm, ValueType } from './resource.ts';

/**
 * The reference: what a query means, written to be read rather than to be fast. Filter (every condition
 * must hold), sort with one comparator (the requested terms or the default order, then the tie-breaker
 * ascending), then slice; a query that only counts (`$count=true`) stops after the filter. The contract
 * kit judges real servers with it, and the store's fast index is proven equal to it, so it shares no evaluation code with that index (it reads values its own way).
 * Pure: the input is not touched; records whose keys are all equal keep their input order.
 *
 * @example
 * const { items, count, totalCount } = evaluate(sessions, result.query, sessionsResource);
 */
export function evaluate<T>(records: readonly T[], query: NDataQuery, resource: ResourceDescription): QueryPage<T> {
  const tests = query.filters.map((condition) => conditionTest(condition, resource));
  const matching = records.filter((record) => tests.every((test) => test(record)));
  const first = Math.min(query.skip, matching.length);
  const last = query.take === undefined ? matching.length : Math.min(matching.length, first + query.take);
  // `$count=true` answers the numbers only (docs/ndata.md#ndata-count): no page to order.
  if (query.count) return { items: [], count: last - first, totalCount: matching.length };
  const order = orderOf(query.sort, resource);
  // Each record's sort values are read once, then compared (reading them inside the comparator would read
  // each n log n times). Array.prototype.sort is stable: a full tie keeps the input order.
  const sorted = matching
    .map((record) => ({ record, values: sortValues(record, order, resource) }))
    .sort((a, b) => compareValues(a.values, b.values, order))
    .map(({ record }) => record);
  const items = sorted.slice(first, last);
  return { items, count: items.length, totalCount: matching.length };
}

/** A value as compared: text, a number, an instant, or `missing` (absent, null or not of the type). */
type Comparable =
  | { kind: 'missing' }
  | { kind: 'text'; text: string }
  | { kind: 'number'; number: number }
  | { kind: 'truth'; truth: boolean }
  | { kind: 'instant'; seconds: number; fraction: string };

const MISSING: Comparable = { kind: 'missing' };

function readPath(record: unknown, path: string): unknown {
  let value = record;
  for (const step of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[step];
  }
  return value;
}

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;

/**
 * An RFC 3339 date-time with its offset applied: whole seconds since the epoch and the fraction's digits,
 * compared digit by digit after padding, so any number of fraction digits compares exactly. Out-of-range fields
 * (month 13, 30 February, 24:00, second 60, offset hour 24) are not date-times.
 */
function instantOf(text: string): Comparable {
  const m = RFC3339.exec(text);
  if (!m) return MISSING;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const offsetSign = m[9] === '-' ? -1 : 1;
  const offsetHours = m[8] ? 0 : Number(m[10]);
  const offsetMinutes = m[8] ? 0 : Number(m[11]);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  const realDay = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  if (!realDay || hour > 23 || minute > 59 || second > 59 || offsetHours > 23 || offsetMinutes > 59) return MISSING;
  const seconds = date.getTime() / 1000 + hour * 3600 + minute * 60 + second - offsetSign * (offsetHours * 3600 + offsetMinutes * 60);
  return { kind: 'instant', seconds, fraction: m[7] ?? '' };
}

/** A record's value as its member's type. */
function comparableValue(value: unknown, type: ValueType): Comparable {
  if (type === 'string') return typeof value === 'string' ? { kind: 'text', text: value } : MISSING;
  if (type === 'number') return typeof value === 'number' && Number.isFinite(value) ? { kind: 'number', number: value } : MISSING;
  if (type === 'boolean') return typeof value === 'boolean' ? { kind: 'truth', truth: value } : MISSING;
  return typeof value === 'string' ? instantOf(value) : MISSING;
}

const JSON_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/** A filter argument (text) as its member's type. */
function comparableArgument(text: string, type: ValueType): Comparable {
  if (type === 'string') return { kind: 'text', text };
  if (type === 'number') return JSON_NUMBER.test(text) && Number.isFinite(Number(text)) ? { kind: 'number', number: Number(text) } : MISSING;
  if (type === 'boolean') {
    const folded = text.toLowerCase();
    return folded === 'true' || folded === 'false' ? { kind: 'truth', truth: folded === 'true' } : MISSING;
  }
  return instantOf(text);
}

/** Ascending order of two values of one type; a missing value comes before every value. */
function compareComparables(a: Comparable, b: Comparable): number {
  if (a.kind === 'missing' || b.kind === 'missing') return (a.kind === 'missing' ? 0 : 1) - (b.kind === 'missing' ? 0 : 1);
  if (a.kind === 'text' && b.kind === 'text') return a.text < b.text ? -1 : a.text > b.text ? 1 : 0; // UTF-16 code units
  if (a.kind === 'number' && b.kind === 'number') return Math.sign(a.number - b.number);
  if (a.kind === 'truth' && b.kind === 'truth') return Number(a.truth) - Number(b.truth); // false before true
  if (a.kind === 'instant' && b.kind === 'instant') {
    if (a.seconds !== b.seconds) return Math.sign(a.seconds - b.seconds);
    const width = Math.max(a.fraction.length, b.fraction.length);
    const [x, y] = [a.fraction.padEnd(width, '0'), b.fraction.padEnd(width, '0')];
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return 0;
}

/**
 * One condition, as a test of a record. A record without a value of the member's type matches no `eq`,
 * `gt`, `gte`, `lt`, `lte` or `in`, and therefore every `neq` and `nin`; so does an argument not of the type.
 */
function conditionTest(condition: FilterCondition, resource: ResourceDescription): (record: unknown) => boolean {
  const member = resource.filters.find((m) => m.name === condition.member);
  if (!member) return () => false;
  if (!isWellKnownOperator(condition.operator)) {
    const custom = member.customOperators?.find((o) => o.name === condition.operator);
    return (record) => (custom ? custom.test(readPath(record, member.path), condition.args) : false);
  }
  // The arguments are read once per query, the record's value once per record.
  const args = condition.args.map((arg) => comparableArgument(arg, member.type));
  return (record) => matches(comparableValue(readPath(record, member.path), member.type), condition.operator, args);
}

function matches(value: Comparable, operator: string, args: readonly Comparable[]): boolean {
  const usable = value.kind !== 'missing' && args.every((arg) => arg.kind !== 'missing');
  const equalToAny = usable && args.some((arg) => compareComparables(value, arg) === 0);
  const versusFirst = usable ? compareComparables(value, args[0]!) : 0;
  switch (operator) {
    case 'eq':
    case 'in':
      return equalToAny;
    case 'neq':
    case 'nin':
      return !equalToAny;
    case 'gt':
      return usable && versusFirst > 0;
    case 'gte':
      return usable && versusFirst >= 0;
    case 'lt':
      return usable && versusFirst < 0;
    case 'lte':
      return usable && versusFirst <= 0;
    default:
      return false;
  }
}

/** The requested terms (or the default order), then the tie-breaker; a key's first occurrence decides. */
function orderOf(requested: readonly SortTerm[], resource: ResourceDescription): SortTerm[] {
  const terms = [...(requested.length > 0 ? requested : resource.defaultOrder), { key: resource.tieBreaker, direction: 'asc' as const }];
  const order: SortTerm[] = [];
  for (const term of terms) {
    const known = resource.sortKeys.some((k) => k.name === term.key);
    if (known && !order.some((t) => t.key === term.key)) order.push(term);
  }
  return order;
}

/**
 * The reference's order of two records by `terms` alone (no default order, no tie-breaker): negative
 * when `a` comes first, 0 when the terms do not tell them apart. For judging a server's order where ties
 * may fall either way.
 */
export function compareBy(terms: readonly SortTerm[], resource: ResourceDescription): (a: unknown, b: unknown) => number {
  const known = terms.filter((term) => resource.sortKeys.some((k) => k.name === term.key));
  return (a, b) => compareRecords(a, b, known, resource);
}

/** A record's value for each term of the order, as compared. */
function sortValues(record: unknown, order: readonly SortTerm[], resource: ResourceDescription): Comparable[] {
  return order.map((term) => {
    const key = resource.sortKeys.find((k) => k.name === term.key)!;
    return comparableValue(readPath(record, key.path), key.type);
  });
}

/** The first term whose values differ decides; `desc` turns it round. */
function compareValues(a: readonly Comparable[], b: readonly Comparable[], order: readonly SortTerm[]): number {
  for (let i = 0; i < order.length; i++) {
    const c = compareComparables(a[i]!, b[i]!);
    if (c !== 0) return order[i]!.direction === 'desc' ? -c : c;
  }
  return 0;
}

function compareRecords(a: unknown, b: unknown, order: readonly SortTerm[], resource: ResourceDescription): number {
  return compareValues(sortValues(a, order, resource), sortValues(b, order, resource), order);
}
