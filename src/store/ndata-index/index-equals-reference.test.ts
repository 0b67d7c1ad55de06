/**
 * The store's fast index equals the reference `evaluate` of src/ndata: on random records (every value
 * type, wrong types, missing values, date-times in several spellings), random valid queries written as
 * URL parameters, and random write sequences (upserts, removes, batches, clears, and bumps that move
 * records). The two share the grammar and nothing that evaluates.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instant, parsed, specArb, thingArb, toParams } from '../../ndata/arbitraries.test-support.ts';
import { evaluate } from '../../ndata/index.ts';
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

});
