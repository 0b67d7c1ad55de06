/**
 * Property test of the grammar: `parse` is total on arbitrary names and values. (The reference
 * `evaluate` is pinned by the tables in evaluate.test.ts, and the store's index is proven equal to it
 * in src/store/ndata-index/index-equals-reference.test.ts, over the generators of
 * arbitraries.test-support.ts.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from './parse.ts';
import { sampleSessionsResource } from './sample-sessions.test-support.ts';

describe('properties', () => {
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
