import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate.ts';
import { parse } from './parse.ts';
import type { NDataQuery, QueryPage } from './query.ts';
import type { ResourceDescription } from './resource.ts';
import { sampleSessions, sampleSessionsResource as sessions, type SampleSession } from './sample-sessions.test-support.ts';
import { thingsResource as things, type Thing } from './test-support.ts';

function q(text: string, resource: ResourceDescription): NDataQuery {
  const result = parse(new URLSearchParams(text), resource);
  if ('errors' in result) throw new Error(JSON.stringify(result.errors));
  return result.query;
}

/** The ids the reference answers. */
function ids<T extends { id?: string; sessionId?: string }>(records: T[], text: string, resource: ResourceDescription): string[] {
  return evaluate(records, q(text, resource), resource).items.map((r) => (r.id ?? r.sessionId)!);
}

const thing = (id: string, name: unknown, size?: unknown, at?: unknown, tag?: unknown): Thing => ({ id, meta: { name }, size, at, tag });
const data: Thing[] = [
  thing('c', 'Bravo', 10, '2023-08-04T11:19:39.98Z', 'x'),
  thing('a', 'alpha', 2, '2023-08-04T11:19:38.015Z', 'ab'),
  thing('e', 'Alpha', -1, '2023-08-04T13:19:38+02:00', 'abc'),
  thing('b', 'bravo', 2.5, '2023-08-04T11:19:40Z', 'b'),
  thing('d', undefined, 'big', 'not a date', 7),
  thing('f', 'ä', 1e3, '2023-08-04T11:19:38.0151Z', 'm'),
];

describe('inferred: date-times sort chronologically, not as strings', () => {
  it('orders …38.015Z < …38.0151Z < …39.98Z < …40Z; an offset is converted to UTC', () => {
    // e is 11:19:38Z written with +02:00; d has no valid date-time and sorts first.
    expect(ids(data, '$sort=at', things)).toEqual(['d', 'e', 'a', 'f', 'c', 'b']);
    expect(ids(data, '$sort=-at', things)).toEqual(['b', 'c', 'f', 'a', 'e', 'd']);
  });
});

describe('inferred: numbers sort numerically; strings ordinally (UTF-16 code units, case-sensitive)', () => {
  it.each([
    ['$sort=size', ['d', 'e', 'a', 'b', 'c', 'f']],
    ['$sort=meta.name', ['d', 'e', 'c', 'a', 'b', 'f']],
    ['$sort=-meta.name', ['f', 'b', 'a', 'c', 'e', 'd']],
  ])('%s', (text, expected) => {
    expect(ids(data, text, things)).toEqual(expected);
  });
});

describe('inferred: order: requested keys, then the tie-breaker ascending; default order when no $sort', () => {
  const tied = [thing('z', 'n', 1, '2023-01-01T00:00:00Z'), thing('y', 'n', 1, '2023-01-01T00:00:00Z'), thing('x', 'm', 2, '2023-01-01T00:00:00Z')];
  it.each([
    ['', ['x', 'y', 'z']],
    ['$sort=-size', ['x', 'y', 'z']],
    ['$sort=size', ['y', 'z', 'x']],
    ['$sort=meta.name,-id', ['x', 'z', 'y']],
    ['$sort=-id', ['z', 'y', 'x']],
  ])('%j', (text, expected) => {
    expect(ids(tied, text, things)).toEqual(expected);
  });
  it('sessions default to startedAt ascending, then sessionId', () => {
    const s = sampleSessions(50, 3);
    const twin = { ...s[0]!, sessionId: '0'.repeat(32) };
    const all = [...s, twin];
    const got = ids(all, '', sessions);
    const expected = [...all].sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt) || (a.sessionId < b.sessionId ? -1 : 1)).map((x) => x.sessionId);
    expect(got).toEqual(expected);
  });
});

describe('inferred: filters: comparison semantics per type', () => {
  it.each([
    ['id=c', ['c']],
    ['id=neq:c', ['d', 'e', 'a', 'f', 'b']],
    ['meta.name=x', ['d', 'e', 'a', 'f', 'c', 'b']],
    ['name=alpha', ['a']],
    ['name=gt:b', ['f', 'b']],
    ['name=gte:bravo;lt:c', ['b']],
    ['name=in:Bravo:bravo', ['c', 'b']],
    ['name=nin:Bravo:bravo', ['d', 'e', 'a', 'f']],
    ['size=gt:2', ['f', 'c', 'b']],
    ['size=lte:2', ['e', 'a']],
    ['size=2.0', ['a']],
    ['size=in:1e3:-1', ['e', 'f']],
    ['at=gt:2023-08-04T11:19:38.015Z', ['f', 'c', 'b']],
    ['at=eq:2023-08-04T11:19:38.000Z', ['e']],
    ['at=lte:2023-08-04T13:19:38.015%2B02:00', ['e', 'a']],
    ['at=neq:2023-08-04T11:19:38Z', ['d', 'a', 'f', 'c', 'b']],
    ['at=in:2023-08-04T11\\:19\\:40Z:2023-08-04T11\\:19\\:38Z', ['e', 'b']],
    ['id=gt:a&id=lt:e', ['d', 'c', 'b']],
  ])('%s', (text, expected) => {
    expect(ids(data, text, things)).toEqual(expected);
  });
  it('a date-time equality needs `eq:`: without it the text before the first `:` is read as the operator', () => {
    expect(parse(new URLSearchParams('at=2023-08-04T11:19:38Z'), things)).toMatchObject({ errors: [{ memberName: 'at' }] });
  });
  it('records without a value of the member type match no eq/gt/in and every neq/nin', () => {
    expect(ids(data, 'size=gt:-1000000', things)).not.toContain('d');
    expect(ids(data, 'size=neq:1', things)).toContain('d');
    expect(ids(data, 'name=nin:x', things)).toContain('d');
  });
  it('custom operators receive the raw value and decoded arguments', () => {
    expect(ids(data, 'tag=prefix:ab', things)).toEqual(['e', 'a']);
    expect(ids(data, 'tag=between:b:x', things)).toEqual(['f', 'c', 'b']);
    expect(ids(data, 'tag=anyOf:x:m', things)).toEqual(['f', 'c']);
    expect(ids(data, 'tag=len:3', things)).toEqual(['e']);
    expect(ids(data, 'tag=b;len:1', things)).toEqual(['b']);
  });
  it('string comparison is case-sensitive and by UTF-16 code unit', () => {
    const r = [thing('1', 'a'), thing('2', 'B'), thing('3', '\u{1F600}'), thing('4', '\uFFFF')];
    expect(ids(r, '$sort=meta.name', things)).toEqual(['2', '1', '3', '4']);
    expect(ids(r, 'name=A', things)).toEqual([]);
  });
});

describe('inferred: pagination after filtering and sorting; no $take = no limit; count and totalCount', () => {
  const s = sampleSessions(30, 9);
  const page = (text: string): QueryPage<SampleSession> => {
    const query = q(text, sessions);
    return evaluate(s, query, sessions);
  };
  it.each([
    ['', 30, 30],
    ['$take=7', 7, 30],
    ['$skip=25', 5, 30],
    ['$skip=25&$take=10', 5, 30],
    ['$skip=30', 0, 30],
    ['$skip=2147483647&$take=2147483647', 0, 30],
    ['$take=0', 0, 30],
  ])('%j → count %d of totalCount %d', (text, count, totalCount) => {
    const p = page(text);
    expect([p.items.length, p.count, p.totalCount]).toEqual([count, count, totalCount]);
  });
  it.each([
    ['$count=true&$take=4', 4, 30],
    ['$count=true', 30, 30],
    ['$count=true&$skip=28&$take=5', 2, 30],
    ['$count=true&sessionId=in:nope', 0, 0],
  ])('documented: %j answers no items, count %d of totalCount %d (the page\'s numbers)', (text, count, totalCount) => {
    const p = page(text);
    expect([p.items, p.count, p.totalCount]).toEqual([[], count, totalCount]);
    expect(p.count).toBe(page(text.replace('$count=true', '$count=false')).items.length);
  });
  it('a page is the slice of the whole ordered result', () => {
    const all = page('$sort=-lastAccessAt').items;
    expect(page('$sort=-lastAccessAt&$skip=5&$take=10').items).toEqual(all.slice(5, 15));
  });
  it('totalCount counts the filtered records before paging', () => {
    const some = s.slice(0, 6).map((x) => x.sessionId);
    const p = page(`sessionId=in:${some.join(':')}&$skip=1&$take=2`);
    expect([p.count, p.totalCount]).toEqual([2, 6]);
  });
});

describe('evaluate is pure', () => {
  it('does not mutate its input', () => {
    const s = sampleSessions(20, 2);
    const copy = structuredClone(s);
    evaluate(s, q('$sort=-_v&$take=3', sessions), sessions);
    expect(s).toEqual(copy);
  });
});
