import { describe, expect, it } from 'vitest';
import { evaluate, parse, type NDataQuery } from '../../ndata/index.ts';
import { formatTime, sampleSessions, type SampleSession } from '../../ndata/sample-sessions.test-support.ts';
import { sampleSessionsResource as sessions } from '../../ndata/sample-sessions.test-support.ts';
import { createIndex } from './create-index.ts';

const q = (text: string): NDataQuery => {
  const r = parse(new URLSearchParams(text), sessions);
  if ('errors' in r) throw new Error(JSON.stringify(r.errors));
  return r.query;
};

const shapes = [
  '$take=20',
  '$sort=-lastAccessAt&$skip=500&$take=50',
  '$sort=identity.envName,-startedAt&$take=20',
  '$sort=identity.envName,-startedAt&$skip=990&$take=40',
  '$sort=-identity.envName,identity.userName,-_v&$skip=3&$take=30',
  '$sort=identity.authenticationType&$skip=100&$take=5',
  '$count=true',
  '$sort=-sessionId&$take=3',
  'sessionId=gt:M;lt:n&$sort=-identity.envName,_v&$take=15',
];

describe('createIndex: the fast path gives the same pages as the reference evaluate', () => {
  const seed = sampleSessions(2000, 5);
  const index = createIndex<SampleSession>(sessions, (s) => s.sessionId);
  index.upsertMany(seed);
  it.each(shapes)('%s', (text) => {
    expect(index.evaluate(q(text))).toEqual(evaluate(seed, q(text), sessions));
  });
  it('answers sessionId=in: and eq from the hash, including unknown ids', () => {
    const some = [seed[7]!.sessionId, 'nope', seed[1999]!.sessionId, seed[7]!.sessionId];
    const query = q(`sessionId=in:${some.join(':')}&$sort=-_v`);
    expect(index.evaluate(query)).toEqual(evaluate(seed, query, sessions));
    expect(index.evaluate(q(`sessionId=${seed[3]!.sessionId}`)).items).toEqual([seed[3]]);
  });
});

describe('18 counting ($count=true) builds no page', () => {
  const seed = sampleSessions(2000, 5);
  const index = createIndex<SampleSession>(sessions, (s) => s.sessionId);
  index.upsertMany(seed);
  it.each([
    '$count=true',
    '$count=true&$skip=1990&$take=50',
    `$count=true&sessionId=in:${seed[3]!.sessionId}:${seed[9]!.sessionId}:nope&$skip=1`,
    '$count=true&sessionId=gt:M;lt:n&$sort=-lastAccessAt&$take=15',
    '$count=true&sessionId=neq:x',
  ])('%s: no items, and the numbers of the page it counts', (text) => {
    const counted = index.evaluate(q(text));
    const page = index.evaluate(q(text.replace('$count=true', '$count=false')));
    expect(counted).toEqual({ items: [], count: page.items.length, totalCount: page.totalCount });
  });
});

describe('createIndex: writes', () => {
  it('a bump (lastAccessAt, _v) moves the session in the orders that use them', () => {
    const seed = sampleSessions(300, 8);
    const index = createIndex<SampleSession>(sessions, (s) => s.sessionId);
    index.upsertMany(seed);
    const target = seed[42]!;
    const bumped = { ...target, lastAccessAt: formatTime(Date.UTC(2030, 0, 1)), _v: target._v + 1 };
    index.upsert(bumped);
    expect(index.size).toBe(300);
    expect(index.get(target.sessionId)).toBe(bumped);
    expect(index.evaluate(q('$sort=-lastAccessAt&$take=1')).items).toEqual([bumped]);
    const records = index.records();
    for (const text of shapes) expect(index.evaluate(q(text))).toEqual(evaluate(records, q(text), sessions));
  });
  it('remove, clear, and upserting one by one or in bulk agree', () => {
    const seed = sampleSessions(200, 4);
    const one = createIndex<SampleSession>(sessions, (s) => s.sessionId);
    for (const s of seed) one.upsert(s);
    const bulk = createIndex<SampleSession>(sessions, (s) => s.sessionId);
    bulk.upsertMany(seed);
    expect(one.evaluate(q(''))).toEqual(bulk.evaluate(q('')));
    expect(one.remove(seed[0]!.sessionId)).toBe(true);
    expect(one.remove(seed[0]!.sessionId)).toBe(false);
    expect(one.get(seed[0]!.sessionId)).toBeUndefined();
    expect(one.evaluate(q('')).totalCount).toBe(199);
    expect(one.evaluate(q(`sessionId=${seed[0]!.sessionId}`)).totalCount).toBe(0);
    one.clear();
    expect([one.size, one.evaluate(q('')).totalCount]).toEqual([0, 0]);
  });
});

describe('createIndex: first', () => {
  it('reads the first record of one sort key without a query, and refuses a key the resource lacks', () => {
    const seed = sampleSessions(50, 6);
    const index = createIndex<SampleSession>(sessions, (s) => s.sessionId);
    index.upsertMany(seed);
    expect(index.first('expiresAt')).toEqual(evaluate(seed, q('$sort=expiresAt&$take=1'), sessions).items[0]);
    expect(() => index.first('nope')).toThrow('not a sort key of sessions');
    index.clear();
    expect(index.first('expiresAt')).toBeUndefined();
  });
});
