/**
 * fast-check generators for the engine's property tests: `Thing` records with every value type (and
 * values of the wrong type, missing ones, date-times spelled several ways), and valid queries built as
 * structure and written as URL parameters in varied spellings (case, `-key`/`:desc`, repeated params).
 */
import fc from 'fast-check';
import { parse } from './parse.ts';
import type { NDataQuery } from './query.ts';
import { thingsResource, type Thing } from './test-support.ts';

// ---- records ---------------------------------------------------------------------------------------

const letters = fc.constantFrom('a', 'b', 'B', 'c', ':', ';', '\\', 'é', '\u{1F600}');
const text = fc.string({ unit: letters, minLength: 1, maxLength: 3 });
const BASE = Date.UTC(2023, 7, 4, 11, 19, 38);
export const instant = fc.integer({ min: -3, max: 3 }).map((n) => BASE + n * 7);

/** The same instant in different spellings: fraction digits 0–3, Z or an offset. */
function spell(ms: number, style: number): string {
  const iso = new Date(ms).toISOString();
  if (style === 0) return iso;
  if (style === 1) return iso.replace(/\.?0+Z$/, 'Z').replace(/\.Z$/, 'Z');
  if (style === 2) return iso.replace('Z', '+00:00');
  const shifted = new Date(ms + 2 * 3600_000).toISOString();
  return shifted.replace('Z', '+02:00');
}
const dateText = fc.tuple(instant, fc.integer({ min: 0, max: 3 })).map(([ms, style]) => spell(ms, style));

const value = {
  name: fc.oneof({ weight: 6, arbitrary: text }, { weight: 1, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constant(7) }),
  size: fc.oneof({ weight: 6, arbitrary: fc.integer({ min: -3, max: 3 }).map((n) => n / 2) }, { weight: 1, arbitrary: fc.constant('1') }, { weight: 1, arbitrary: fc.constant(undefined) }),
  at: fc.oneof({ weight: 6, arbitrary: dateText }, { weight: 1, arbitrary: fc.constant('not a date') }, { weight: 1, arbitrary: fc.constant(undefined) }),
};

export const thingArb = (id: fc.Arbitrary<string>): fc.Arbitrary<Thing> =>
  fc.record({ id, name: value.name, size: value.size, at: value.at }).map(({ id, name, size, at }) => ({ id, meta: { name }, size, at }));

export const things = fc.uniqueArray(thingArb(fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'D'), minLength: 1, maxLength: 4 })), {
  selector: (t) => t.id,
  maxLength: 25,
});

// ---- queries, as structure and as URL parameters ---------------------------------------------------

type Member = 'id' | 'name' | 'size' | 'at';
type Op = 'eq' | 'neq' | 'gt' | 'gte' | 'lt' | 'lte' | 'in' | 'nin';
export interface Spec {
  filters: { member: Member; op: Op; args: string[]; bareEq: boolean; escapeColons: boolean; spelling: number }[];
  sort: { key: 'id' | 'meta.name' | 'size' | 'at'; desc: boolean; style: number; upper: boolean }[];
  skip: number | undefined;
  take: number | undefined;
  count: boolean | undefined;
  joinFilters: boolean;
}

const argFor: Record<Member, fc.Arbitrary<string>> = {
  id: fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'D'), minLength: 1, maxLength: 3 }),
  name: text,
  size: fc.constantFrom('-1.5', '-1', '0', '0.5', '1', '1.5', '1e0', '-0'),
  at: dateText,
};
const ops: Op[] = ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'in', 'nin'];
const filterArb = fc
  .tuple(fc.constantFrom<Member>('id', 'name', 'size', 'at'), fc.constantFrom(...ops), fc.boolean(), fc.boolean(), fc.nat(2))
  .chain(([member, op, bareEq, escapeColons, spelling]) =>
    fc.array(argFor[member], { minLength: 1, maxLength: op === 'in' || op === 'nin' ? 4 : 1 }).map((args) => ({ member, op, args, bareEq, escapeColons, spelling })),
  );
export const specArb: fc.Arbitrary<Spec> = fc.record({
  filters: fc.array(filterArb, { maxLength: 3 }),
  sort: fc.array(fc.record({ key: fc.constantFrom('id', 'meta.name', 'size', 'at'), desc: fc.boolean(), style: fc.nat(2), upper: fc.boolean() }), { maxLength: 4 }),
  skip: fc.option(fc.nat(30), { nil: undefined }),
  take: fc.option(fc.nat(30), { nil: undefined }),
  count: fc.option(fc.boolean(), { nil: undefined }),
  joinFilters: fc.boolean(),
});

const escapeArg = (arg: string, colons: boolean): string => arg.replace(/[\\;:]/g, (c) => (c === ':' && !colons ? c : `\\${c}`));

export function toParams(spec: Spec): URLSearchParams {
  const params = new URLSearchParams();
  const ops = spec.filters.map((f) => {
    const one = f.op !== 'in' && f.op !== 'nin';
    const args = f.args.map((a) => escapeArg(a, !one || f.escapeColons)).join(':');
    if (f.op === 'eq' && f.bareEq) return { member: f.member, text: escapeArg(f.args[0]!, true) };
    const opName = f.spelling === 1 ? f.op.toUpperCase() : f.op;
    return { member: f.member, text: `${opName}:${args}` };
  });
  if (spec.joinFilters) {
    for (const member of new Set(ops.map((o) => o.member))) params.append(member, ops.filter((o) => o.member === member).map((o) => o.text).join(';'));
  } else for (const o of ops) params.append(o.member === 'id' ? 'ID' : o.member, o.text);
  if (spec.sort.length > 0) {
    const items = spec.sort.map((t) => {
      const key = t.upper ? t.key.toUpperCase() : t.key;
      if (!t.desc) return t.style === 0 ? key : `${key}:${t.style === 1 ? 'asc' : 'ASC'}`;
      return t.style === 0 ? `-${key}` : `${key}:${t.style === 1 ? 'desc' : 'Desc'}`;
    });
    params.append('$sort', items.slice(0, 2).join(','));
    if (items.length > 2) params.append('$SORT', items.slice(2).join(','));
  }
  if (spec.skip !== undefined) params.append('$skip', String(spec.skip));
  if (spec.take !== undefined) params.append('$Take', String(spec.take));
  if (spec.count !== undefined) params.append('$count', String(spec.count));
  params.append('$include', 'x');
  return params;
}

export function parsed(params: URLSearchParams): NDataQuery {
  const result = parse(params, thingsResource);
  if ('errors' in result) throw new Error(`${params.toString()}: ${JSON.stringify(result.errors)}`);
  return result.query;
}

