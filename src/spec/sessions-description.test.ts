import { describe, expect, it } from 'vitest';
import { checkResource, parse } from '../ndata/index.ts';
import { catalogued } from './outline.ts';

/** GET /sessions as the catalogue reads it from the spec (docs/ndata.md#ndata-sorting). */
const sessionsResource = catalogued('sessions').ndata;

describe('the sessions resource, from the spec', () => {
  it('is a sound description', () => {
    expect(checkResource(sessionsResource)).toEqual([]);
  });
  it('has the documented filter member sessionId (string, ordinal)', () => {
    expect(sessionsResource.filters).toEqual([{ name: 'sessionId', path: 'sessionId', type: 'string' }]);
  });
  it.each([
    ['sessionId', 'string'],
    ['startedAt', 'date-time'],
    ['expiresAt', 'date-time'],
    ['lastAccessAt', 'date-time'],
    ['_v', 'number'],
    ['identity.userName', 'string'],
    ['identity.deviceName', 'string'],
    ['identity.envName', 'string'],
    ['identity.authenticationType', 'string'],
  ])('sorts by %s as %s', (name, type) => {
    expect(sessionsResource.sortKeys.find((k) => k.name === name)).toEqual({ name, path: name, type });
  });
  it('defaults to startedAt ascending, tie-breaker sessionId', () => {
    expect(sessionsResource.defaultOrder).toEqual([{ key: 'startedAt', direction: 'asc' }]);
    expect(sessionsResource.tieBreaker).toBe('sessionId');
  });
  it('reports errors under the documented names', () => {
    const result = parse(new URLSearchParams('SessionId=&$SKIP=x'), sessionsResource);
    expect('errors' in result && result.errors.map((e) => e.memberName)).toEqual(['sessionId', '$skip']);
  });
});
