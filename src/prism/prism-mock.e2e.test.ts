import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spec } from '../spec/index.ts';
import { startPrism, type RunningPrism } from './start-prism.ts';

describe('prism mock on the spec (npm run mock:prism)', () => {
  let prism: RunningPrism;
  beforeAll(async () => {
    prism = await startPrism({ mode: 'mock' });
  });
  afterAll(async () => {
    await prism?.close();
  });

  it('serves the documented sessions to a request with a bearer token', async () => {
    const response = await fetch(`${prism.url}/sessions`, { headers: { Authorization: 'Bearer anything' } });
    expect(response.status).toBe(200);
    const documented = (spec.paths['/sessions']!.get!.responses['200'] as { content: Record<string, { examples: Record<string, { value: unknown }> }> })
      .content['application/json']!.examples.documented!.value;
    expect(await response.json()).toEqual(documented);
    expect((documented as { items: { sessionId: string }[] }).items.map((s) => s.sessionId)).toEqual([
      'soZIt6uj62fzs8ep4UvnNSxRXFryUiq3',
      'Hq6563mjODIOwNa87Cgi295uNPlKeOqA',
    ]);
  });

  it('refuses a request without the Authorization header', async () => {
    const response = await fetch(`${prism.url}/sessions`);
    expect(response.status).toBe(401);
  });

  it('serves the Slovak 404 of the seed for an unknown session', async () => {
    const response = await fetch(`${prism.url}/sessions/unknown`, { headers: { Authorization: 'Bearer x', Prefer: 'code=404' } });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(await response.json()).toEqual({ title: 'Zdroj nebol nájdený', status: 404 });
  });
});
