/**
 * Property: whatever request `signRequest` signs, `verifyRequest` accepts, and any change to the method,
 * the path, the query, a signed header's value or the body makes it refuse
 * (docs/behaviour.md#nws4-verification). Paths and queries carry the characters the canonical forms
 * treat specially (`$`, `=`, `:`, `%`, spaces, non-ASCII, repeated and empty keys).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { signRequest } from './sign.ts';
import { verifyRequest, type SignedRequestInput } from './verify.ts';

const KEY = { clientId: 'prop-key', clientSecret: 'prop-secret' };
const NOW = new Date('2025-01-01T00:00:00.000Z');
const verifyOptions = { findKey: (id: string) => (id === KEY.clientId ? { clientSecret: KEY.clientSecret, isActive: true } : undefined), now: NOW };

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;
const odd = (chars: string, maxLength: number) => fc.string({ unit: fc.constantFrom(...chars), maxLength });
const segment = odd('aZ09-_.~:$%@!*() é中+,;', 8);
const queryText = odd('aBz09$.~:/ %é!*+-_', 6);
const queryPart = fc.oneof(
  fc.tuple(queryText, queryText).map(([k, v]) => `${k}=${v}`),
  queryText, // a key without =
  fc.tuple(queryText, queryText, queryText).map(([k, v, w]) => `${k}=${v}=${w}`), // i=1$ref=1
  fc.constant('r=1'), // repeated below when drawn twice
);
const headerName = fc.stringMatching(/^[A-Za-z0-9_]{1,8}$/).map((name) => `x-p-${name}`);
const headerValue = fc.stringMatching(/^[ -~\t]{0,12}$/);
const body = fc.oneof(fc.constant(undefined), fc.string({ maxLength: 40 }), fc.uint8Array({ maxLength: 40 }).map((bytes) => new Uint8Array(bytes)));

const requestSpec = fc.record({
  method: fc.constantFrom(...METHODS),
  segments: fc.array(segment, { maxLength: 4 }),
  query: fc.array(queryPart, { maxLength: 5 }),
  headers: fc.uniqueArray(fc.tuple(headerName, headerValue), { maxLength: 4, selector: ([name]) => name.toLowerCase() }),
  body,
  port: fc.constantFrom('', ':80', ':8443', ':4010'),
});
type RequestSpec = typeof requestSpec extends fc.Arbitrary<infer T> ? T : never;

interface SignedInput {
  method: string;
  url: string;
  headers: Headers;
  body: Uint8Array<ArrayBuffer>;
}

async function signedInput(spec: RequestSpec): Promise<SignedInput> {
  const url = `http://portos.test${spec.port}/${spec.segments.join('/')}${spec.query.length ? `?${spec.query.join('&')}` : ''}`;
  const init: RequestInit = { method: spec.method, headers: spec.headers };
  if (spec.method !== 'GET' && spec.body !== undefined) init.body = spec.body;
  const request = await signRequest(new Request(url, init), { ...KEY, now: NOW });
  return { method: request.method, url: request.url, headers: new Headers(request.headers), body: new Uint8Array(await request.arrayBuffer()) };
}

type Tamper = (input: SignedInput) => SignedRequestInput;
const TAMPERS: Record<string, Tamper> = {
  method: (input) => ({ ...input, method: METHODS[(METHODS.indexOf(input.method as (typeof METHODS)[number]) + 1) % METHODS.length]! }),
  path: (input) => {
    const url = new URL(input.url);
    url.pathname += 'x';
    return { ...input, url: url.href };
  },
  query: (input) => {
    const url = new URL(input.url);
    url.search = url.search ? `${url.search}&zz=1` : '?zz=1';
    return { ...input, url: url.href };
  },
  'signed header value': (input) => {
    const headers = new Headers(input.headers);
    const name = [...headers.keys()].find((key) => key.startsWith('x-p-') || key === 'content-type') ?? 'x-nd-date';
    headers.set(name, `${headers.get(name)}x`);
    return { ...input, headers };
  },
  body: (input) => ({ ...input, body: new Uint8Array([...input.body, 0x78]) }),
};

describe('sign then verify, for random requests', () => {
  it('verifyRequest accepts every request signRequest signed', async () => {
    await fc.assert(
      fc.asyncProperty(requestSpec, async (spec) => {
        const result = await verifyRequest(await signedInput(spec), verifyOptions);
        expect(result).toEqual({ ok: true, clientId: KEY.clientId });
      }),
      { numRuns: 150 },
    );
  });

  it.each(Object.keys(TAMPERS))('refuses it once the %s changed', async (what) => {
    await fc.assert(
      fc.asyncProperty(requestSpec, async (spec) => {
        const result = await verifyRequest(TAMPERS[what]!(await signedInput(spec)), verifyOptions);
        expect(result.ok).toBe(false);
        expect(result.ok ? undefined : result.reason).toBe(what === 'body' ? 'body-hash-mismatch' : 'bad-signature');
      }),
      { numRuns: 60 },
    );
  });
});
