/**
 * Property tests: the engine against a deliberately simple oracle (plain loops, Date.parse, one
 * straightforward comparator, slice), the index against evaluate after random writes, and parse
 * against arbitrary input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createIndex } from './create-index.ts';
import { evaluate } from './evaluate.ts';
import { parse } from './parse.ts';
import type { NDataQuery } from './query.ts';
import { sampleSessionsResource } from './sample-sessions.ts';
import { thingsResource, type Thing } from './test-support.ts';

// ---- records ---------------------------------------------------------------------------------------

const letters = fc.constantFrom('a', 'b', 'B', 'c', ':', ';', '\\', 'é', '\u{1F600}');
const text = fc.string({ unit: letters, minLength: 1, maxLength: 3 });
const BASE = Date.UTC(2023, 7, 4, 11, 19, 38);
const instant = fc.integer({ min: -3, max: 3 }).map((n) => BASE + n * 7);

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

const thingArb = (id: fc.Arbitrary<string>): fc.Arbitrary<Thing> =>
  fc.record({ id, name: value.name, size: value.size, at: value.at }).map(({ id, name, size, at }) => ({ id, meta: { name }, size, at }));

const things = fc.uniqueArray(thingArb(fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'D'), minLength: 1, maxLength: 4 })), {
  selector: (t) => t.id,
  maxLength: 25,
});

// ---- queries, as structure and as URL parameters ---------------------------------------------------

type Member = 'id' | 'name' | 'size' | 'at';
type Op = 'eq' | 'neq' | 'gt' | 'gte' | 'lt' | 'lte' | 'in' | 'nin';
interface Spec {
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
const specArb: fc.Arbitrary<Spec> = fc.record({
  filters: fc.array(filterArb, { maxLength: 3 }),
  sort: fc.array(fc.record({ key: fc.constantFrom('id', 'meta.name', 'size', 'at'), desc: fc.boolean(), style: fc.nat(2), upper: fc.boolean() }), { maxLength: 4 }),
  skip: fc.option(fc.nat(30), { nil: undefined }),
  take: fc.option(fc.nat(30), { nil: undefined }),
  count: fc.option(fc.boolean(), { nil: undefined }),
  joinFilters: fc.boolean(),
});

const escapeArg = (arg: string, colons: boolean): string => arg.replace(/[\\;:]/g, (c) => (c === ':' && !colons ? c : `\\${c}`));

function toParams(spec: Spec): URLSearchParams {
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

// ---- the oracle ------------------------------------------------------------------------------------

type Plain = string | number | undefined;
const paths: Record<string, (t: Thing) => unknown> = { id: (t) => t.id, name: (t) => t.meta?.name, 'meta.name': (t) => t.meta?.name, size: (t) => t.size, at: (t) => t.at };
const typeOf: Record<string, 'string' | 'number' | 'date-time'> = { id: 'string', name: 'string', 'meta.name': 'string', size: 'number', at: 'date-time' };

function plain(raw: unknown, type: 'string' | 'number' | 'date-time'): Plain {
  if (type === 'string') return typeof raw === 'string' ? raw : undefined;
  if (type === 'number') return typeof raw === 'number' ? raw : undefined;
  if (typeof raw !== 'string') return undefined;
  const ms = Date.parse(raw);
  return Number.isNaN(ms) ? undefined : ms;
}

function oracle(records: Thing[], spec: Spec): { ids: string[]; total: number } {
  const kept: Thing[] = [];
  for (const record of records) {
    let ok = true;
    for (const f of spec.filters) {
      const type = typeOf[f.member]!;
      const v = plain(paths[f.member]!(record), type);
      const args: Plain[] = [];
      for (const a of f.args) args.push(type === 'string' ? a : type === 'number' ? Number(a) : Date.parse(a));
      const a = args[0]!;
      let hit: boolean;
      if (f.op === 'neq') hit = v === undefined || v !== a;
      else if (f.op === 'nin') hit = v === undefined || !args.includes(v);
      else if (v === undefined) hit = false;
      else if (f.op === 'eq') hit = v === a;
      else if (f.op === 'in') hit = args.includes(v);
      else if (f.op === 'gt') hit = v > a!;
      else if (f.op === 'gte') hit = v >= a!;
      else if (f.op === 'lt') hit = v < a!;
      else hit = v <= a!;
      if (!hit) ok = false;
    }
    if (ok) kept.push(record);
  }
  const terms: { key: string; desc: boolean }[] = [];
  const requested = spec.sort.length > 0 ? spec.sort : [{ key: 'at', desc: false }];
  for (const t of [...requested, { key: 'id', desc: false }]) if (!terms.some((x) => x.key === t.key)) terms.push({ key: t.key, desc: t.desc });
  kept.sort((x, y) => {
    for (const t of terms) {
      const a = plain(paths[t.key]!(x), typeOf[t.key]!);
      const b = plain(paths[t.key]!(y), typeOf[t.key]!);
      let c = 0;
      if (a === undefined && b !== undefined) c = -1;
      else if (a !== undefined && b === undefined) c = 1;
      else if (a !== undefined && b !== undefined) c = a < b ? -1 : a > b ? 1 : 0;
      if (c !== 0) return t.desc ? -c : c;
    }
    return 0;
  });
  const skip = spec.skip ?? 0;
  const end = spec.take === undefined ? kept.length : skip + spec.take;
  return { ids: kept.slice(skip, end).map((t) => t.id), total: kept.length };
}

function parsed(params: URLSearchParams): NDataQuery {
  const result = parse(params, thingsResource);
  if ('errors' in result) throw new Error(`${params.toString()}: ${JSON.stringify(result.errors)}`);
  return result.query;
}

// ---- properties ------------------------------------------------------------------------------------

describe('properties', () => {
  it('evaluate equals the simple oracle for random records and random valid queries', () => {
    fc.assert(
      fc.property(things, specArb, (records, spec) => {
        const params = toParams(spec);
        const query = parsed(params);
        expect(query.ignored).toEqual(['$include']);
        expect(query.count).toBe(spec.count ?? false);
        const page = evaluate(records, query, thingsResource);
        const expected = oracle(records, spec);
        expect(page.items.map((t) => t.id)).toEqual(expected.ids);
        expect([page.count, page.totalCount]).toEqual([expected.ids.length, expected.total]);
      }),
      { numRuns: 1500 },
    );
  });

  it('the index equals evaluate after random upserts and removes', () => {
    const id = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'ab', 'ba');
    const command = fc.oneof(
      { weight: 5, arbitrary: thingArb(id).map((t) => ({ kind: 'upsert' as const, t })) },
      { weight: 2, arbitrary: id.map((i) => ({ kind: 'remove' as const, i })) },
      { weight: 1, arbitrary: fc.array(thingArb(id), { minLength: 64, maxLength: 80 }).map((ts) => ({ kind: 'many' as const, ts })) },
      { weight: 1, arbitrary: fc.constant({ kind: 'clear' as const }) },
    );
    fc.assert(
      fc.property(fc.array(command, { maxLength: 40 }), fc.array(specArb, { minLength: 1, maxLength: 5 }), (commands, specs) => {
        const index = createIndex<Thing>(thingsResource, (t) => t.id);
        const model = new Map<string, Thing>();
        for (const c of commands) {
          if (c.kind === 'upsert') {
            index.upsert(c.t);
            model.set(c.t.id, c.t);
          } else if (c.kind === 'remove') expect(index.remove(c.i)).toBe(model.delete(c.i));
          else if (c.kind === 'many') {
            index.upsertMany(c.ts);
            for (const t of c.ts) model.set(t.id, t);
          } else {
            index.clear();
            model.clear();
          }
        }
        expect(index.size).toBe(model.size);
        const records = [...model.values()];
        for (const spec of specs) {
          const query = parsed(toParams(spec));
          expect(index.evaluate(query)).toEqual(evaluate(records, query, thingsResource));
        }
      }),
      { numRuns: 600 },
    );
  });

  it('the index equals evaluate on a larger collection with writes that move records', () => {
    fc.assert(
      fc.property(fc.uniqueArray(thingArb(fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd', 'e'), minLength: 1, maxLength: 5 })), { selector: (t) => t.id, minLength: 100, maxLength: 300 }), fc.array(specArb, { minLength: 1, maxLength: 6 }), fc.array(fc.tuple(fc.nat(), instant), { maxLength: 30 }), (records, specs, bumps) => {
        const index = createIndex<Thing>(thingsResource, (t) => t.id);
        index.upsertMany(records);
        const model = new Map(records.map((t) => [t.id, t]));
        for (const [n, ms] of bumps) {
          const t = records[n % records.length]!;
          const next = { ...t, at: new Date(ms).toISOString(), size: typeof t.size === 'number' ? t.size + 1 : 0 };
          index.upsert(next);
          model.set(t.id, next);
        }
        for (const spec of specs) {
          const query = parsed(toParams(spec));
          expect(index.evaluate(query)).toEqual(evaluate([...model.values()], query, thingsResource));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('parse never throws on arbitrary names and values, and returns a query or documented errors', () => {
    const special = fc.constantFrom('\\', ':', ';', ',', '-', '$', 'eq', 'in', 'gt', 'asc', 'DESC', 'true', '0', '9', ' ', 'é', '\u212A', '\uD800');
    const anyText = fc.oneof(fc.string(), fc.string({ unit: special }), fc.string({ unit: 'grapheme' }));
    const name = fc.oneof(fc.constantFrom('$skip', '$TAKE', '$sort', '$Count', 'sessionId', 'SESSIONID', '$include', ''), anyText);
    fc.assert(
      fc.property(fc.array(fc.tuple(name, anyText), { maxLength: 8 }), (pairs) => {
        const params = new URLSearchParams();
        for (const [k, v] of pairs) params.append(k, v);
        const result = parse(params, sampleSessionsResource);
        if ('errors' in result) {
          expect(result.errors.length).toBeGreaterThan(0);
          for (const e of result.errors) {
            expect(['sessionId', '$skip', '$take', '$sort', '$count']).toContain(e.memberName);
            expect(e.message).toContain(`\`${e.memberName}\``);
          }
        } else {
          expect(result.query.skip).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
