import { describe, expect, it } from 'vitest';
import { checkResource } from './check-resource.ts';
import { sampleSessionsResource as sessions } from './sample-sessions.test-support.ts';
import { thingsResource } from './test-support.ts';

describe('checkResource', () => {
  it('finds nothing wrong with the sessions and test resources', () => {
    expect(checkResource(sessions)).toEqual([]);
    expect(checkResource(thingsResource)).toEqual([]);
  });
  it('reports a tie-breaker or default key that is not a sort key, duplicates and bad custom operators', () => {
    const problems = checkResource({
      name: 'bad',
      filters: [
        { name: 'a', path: 'a', type: 'string', customOperators: [{ name: 'GT', arity: 0, test: () => true }] },
        { name: 'A', path: 'a', type: 'string' },
      ],
      sortKeys: [{ name: 'a', path: 'a', type: 'string' }],
      defaultOrder: [{ key: 'b', direction: 'asc' }],
      tieBreaker: 'id',
    });
    expect(problems.join('\n')).toMatch(/Tie-breaker `id`[\s\S]*Default order key `b`|Default order key `b`[\s\S]*Tie-breaker `id`/);
    expect(problems.join('\n')).toContain('appears twice');
    expect(problems.join('\n')).toContain('shadows a well-known operator');
    expect(problems.join('\n')).toContain('arity 0');
  });
});
