/**
 * The store's fast index equals the reference `evaluate` of src/ndata: on random records (every value
 * type, wrong types, missing values, date-times in several spellings), random valid queries written as
 * URL parameters, and random write sequences (upserts, removes, batches, clears, and bumps that move
 * records). The two share the grammar and nothing that evaluates.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instant, parsed, specArb, thingArb, toParams } from '../../ndata/arbitraries.test-support.ts';
import { evaluate, parse, type ResourceDescription } from '../../ndata/index.ts';
import { catalogue } from '../../spec/index.ts';
import apikeys from '../../../fixtures/apikeys.json' with { type: 'json' };
import devices from '../../../fixtures/devices.json' with { type: 'json' };
import users from '../../../fixtures/users.json' with { type: 'json' };

const FIXTURES: Record<string, readonly Record<string, unknown>[]> = { users, devices, apikeys };
import { thingsResource, type Thing } from '../../ndata/test-support.ts';
import { createIndex } from './create-index.ts';

describe('the index equals the reference', () => {
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


  it('18.3 the index equals evaluate after records changed in place with their old values given (only changed keys re-read)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(thingArb(fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd', 'e'), minLength: 1, maxLength: 5 })), { selector: (t) => t.id, minLength: 100, maxLength: 300 }), fc.array(specArb, { minLength: 1, maxLength: 6 }), fc.array(fc.tuple(fc.nat(), instant, fc.boolean()), { maxLength: 30 }), (records, specs, bumps) => {
        const index = createIndex<Thing>(thingsResource, (t) => t.id);
        const stored = records.map((t) => ({ ...t }));
        index.upsertMany(stored);
        for (const [n, ms, moveAt] of bumps) {
          const t = stored[n % stored.length]!;
          const before = { ...t };
          // As the session bump does: the stored object itself changes, then the index is told its old values.
          Object.assign(t, { size: typeof t.size === 'number' ? t.size + 1 : 0 }, moveAt && { at: new Date(ms).toISOString() });
          index.upsert(t, before);
        }
        for (const spec of specs) {
          const query = parsed(toParams(spec));
          expect(index.evaluate(query)).toEqual(evaluate(stored.map((t) => ({ ...t })), query, thingsResource));
        }
      }),
      { numRuns: 150 },
    );
  });


  describe.each(catalogue.filter((resource) => resource.name in FIXTURES).map((resource) => [resource.name, resource] as const))(
    'for the spec\'s %s',
    (name, resource) => {
      const seed = FIXTURES[name] ?? [];
      const ndata: ResourceDescription = resource.ndata;
      // Values per member: the seed's own, a few wrong types and absences, so every comparison path runs.
      const valuesOf = (path: string) => [...new Set(seed.map((record) => record[path]))];
      const recordArb = fc.record({ base: fc.constantFrom(...seed), changes: fc.array(fc.tuple(fc.constantFrom(...ndata.sortKeys.map((k) => k.path)), fc.nat()), { maxLength: 3 }) });
      const textOf = (value: unknown) => (typeof value === 'string' ? value.replace(/[\\;:]/g, (c) => `\\${c}`) : String(value));
      const queryArb = fc.record({
        filters: fc.array(fc.tuple(fc.constantFrom(...ndata.filters), fc.constantFrom('eq', 'neq', 'gt', 'lte', 'in', 'nin'), fc.array(fc.nat(), { minLength: 1, maxLength: 3 })), { maxLength: 2 }),
        sort: fc.array(fc.tuple(fc.constantFrom(...ndata.sortKeys.map((k) => k.name)), fc.boolean()), { maxLength: 3 }),
        skip: fc.option(fc.nat({ max: 12 }), { nil: undefined }),
        take: fc.option(fc.nat({ max: 12 }), { nil: undefined }),
      });

      it(`the index equals evaluate over ${name} records and writes`, () => {
        fc.assert(
          fc.property(fc.array(recordArb, { maxLength: 40 }), fc.array(queryArb, { minLength: 1, maxLength: 4 }), (drafts, queries) => {
            const index = createIndex<Record<string, unknown>>(ndata, (r) => String(r[resource.key]));
            const model = new Map<string, Record<string, unknown>>();
            drafts.forEach(({ base, changes }, i) => {
              const record: Record<string, unknown> = { ...base, [resource.key]: `${String(base[resource.key])}-${i % 7}` };
              for (const [path, n] of changes) {
                if (path === resource.key) continue;
                const pool = [...valuesOf(path), undefined, 'zz', 7, true];
                record[path] = pool[n % pool.length];
              }
              index.upsert(record);
              model.set(String(record[resource.key]), record);
            });
            for (const q of queries) {
              const params = new URLSearchParams();
              for (const [member, op, picks] of q.filters) {
                const pool = valuesOf(member.path).filter((v) => v !== null && v !== undefined).map(textOf);
                const args = picks.map((n) => pool[n % pool.length] ?? 'x');
                params.append(member.name, `${op}:${op === 'in' || op === 'nin' ? args.join(':') : args[0]}`);
              }
              if (q.sort.length > 0) params.set('$sort', q.sort.map(([key, desc]) => `${desc ? '-' : ''}${key}`).join(','));
              if (q.skip !== undefined) params.set('$skip', String(q.skip));
              if (q.take !== undefined) params.set('$take', String(q.take));
              const result = parse(params, ndata);
              if ('errors' in result) continue; // an argument not of the member's type: the grammar's job, tested elsewhere
              expect(index.evaluate(result.query), params.toString()).toEqual(evaluate([...model.values()], result.query, ndata));
            }
          }),
          { numRuns: 200 },
        );
      });
    },
  );
});
