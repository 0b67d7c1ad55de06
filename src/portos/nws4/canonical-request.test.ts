import { describe, expect, it } from 'vitest';
import { canonicalHeaders, canonicalPath, canonicalQuery, canonicalRequest, signedHeaderNames } from './canonical-request.ts';
import { formatAuthorization, parseAuthorization } from './authorization.ts';
import { percentEncode } from './encoding.ts';
import { formatTimestamp, parseTimestamp } from './string-to-sign.ts';

const query = (search: string) => canonicalQuery(new URL(`http://portos.test/x${search}`));

describe('canonical query (docs/behaviour.md#nws4-canonical-query)', () => {
  it('keeps only the first two pieces of a part split on =', () => {
    expect(query('?i=1$ref=1')).toBe('i=1%24ref');
  });

  it('gives a key without = an empty value, and an empty part an empty key', () => {
    expect(query('?validate&a=&&b=2')).toBe('=&a=&b=2&validate=');
  });

  it('sorts by the raw key ordinally (upper case before lower, $ before letters) and keeps repeated keys in their order', () => {
    expect(query('?b=2&a=9&B=1&a=1&$top=3')).toBe('%24top=3&B=1&a=9&a=1&b=2');
  });

  it('encodes the URL’s already-escaped query once more, with upper-case hex', () => {
    expect(query('?q=a b&n=ä*')).toBe('n=%25C3%25A4%2A&q=a%2520b');
  });

  it('is empty without a query, or with a bare ?', () => {
    expect(query('')).toBe('');
    expect(query('?')).toBe('');
  });
});

describe('canonical path (docs/behaviour.md#nws4-canonical-path)', () => {
  it('keeps / : and the unreserved characters, encodes the rest of the URL’s escaped path', () => {
    expect(canonicalPath(new URL('http://portos.test/a:b/c~d_e.f-g/h!i/j k/ü'))).toBe('/a:b/c~d_e.f-g/h%21i/j%2520k/%25C3%25BC');
  });

  it('is / for a URL without a path', () => {
    expect(canonicalPath(new URL('http://portos.test'))).toBe('/');
  });
});

describe('headers (docs/behaviour.md#nws4-signed-headers)', () => {
  const headers = [
    ['x-nd-date', 'd'],
    ['__tenant', 't'],
    ['Host', 'h'],
    ['aa', '1'],
    ['a_b', '2'],
  ] as const;

  it('sorts SignedHeaders ordinally on the upper-cased names, then lower-cases them', () => {
    expect(signedHeaderNames(headers)).toBe('aa;a_b;host;x-nd-date;__tenant');
  });

  it('sorts the header block ordinally on the lower-cased names', () => {
    expect(canonicalHeaders(headers)).toBe('__tenant:t\na_b:2\naa:1\nhost:h\nx-nd-date:d');
  });

  it('trims values and collapses inner runs of whitespace to one space', () => {
    expect(canonicalHeaders([['X-A', '  a \t b   c  ']])).toBe('x-a:a b c');
  });

  it('lays the canonical request out as method, path, query, header block, names, body hash', () => {
    expect(canonicalRequest({ method: 'GET', url: new URL('http://portos.test/s?b&a=1'), headers: [['Host', 'portos.test']], bodyHash: 'H' })).toBe(
      'GET\n/s\na=1&b=\nhost:portos.test\nhost\nH',
    );
  });
});

describe('encoding, timestamp and the Authorization value', () => {
  it('percent-encodes !\'()* as rawurlencode does, unlike encodeURIComponent', () => {
    expect(percentEncode("!'()*~")).toBe('%21%27%28%29%2A~');
  });

  it('writes the timestamp yyyy-MM-ddTHH:mm:ss.fffZ with three fraction digits (docs/behaviour.md#nws4-timestamp)', () => {
    expect(formatTimestamp(new Date(Date.UTC(2024, 0, 2, 3, 4, 5)))).toBe('2024-01-02T03:04:05.000Z');
  });

  it('reads only that format, and only real dates', () => {
    expect(parseTimestamp('2024-01-02T03:04:05.000Z')?.getTime()).toBe(Date.UTC(2024, 0, 2, 3, 4, 5));
    for (const bad of ['2024-01-02T03:04:05Z', '2024-01-02T03:04:05.000+00:00', '2024-02-30T03:04:05.000Z', '2024-01-02 03:04:05.000Z']) {
      expect(parseTimestamp(bad), bad).toBeUndefined();
    }
  });

  it('reads back what it writes, and says what is wrong with anything else (docs/behaviour.md#nws4-authorization-header)', () => {
    const parts = { clientId: 'k', signedHeaders: 'host;x-nd-date', timestamp: '2024-01-02T03:04:05.000Z', signature: 'ab' };
    expect(parseAuthorization(formatAuthorization(parts))).toEqual(parts);
    expect(parseAuthorization('Bearer abc')).toEqual({ error: expect.stringContaining('NWS4-HMAC-SHA256') });
    expect(parseAuthorization('NWS4-HMAC-SHA256 Credential%3Dk')).toEqual({ error: expect.stringContaining('Credential=') });
    expect(parseAuthorization('NWS4-HMAC-SHA256 %E0%A4%A')).toEqual({ error: expect.stringContaining('Credential=') });
  });
});
