import { describe, expect, it } from 'vitest';
import { matchPortosRoute, portosPaths } from './routes.ts';

describe('the PORTOS routes, compiled from the spec', () => {
  it('lists each path template once, with the methods the spec allows there', () => {
    expect(portosPaths.map((p) => [p.template, [...p.allowed].sort()])).toEqual([
      ['/sessions', ['GET']],
      ['/sessions/{id}', ['DELETE', 'GET']],
      ['/api/auth', ['DELETE', 'GET', 'POST']],
      ['/api/auth/refresh', ['POST']],
      ['/users', ['GET']],
      ['/users/{id}', ['GET']],
      ['/devices', ['GET', 'POST']],
      ['/devices/{name}', ['DELETE', 'GET', 'PUT']],
      ['/apikeys', ['GET']],
      ['/apikeys/{id}', ['GET']],
    ]);
  });

  it('matches a path once: its template, its operation per method, its decoded parameters', () => {
    const route = matchPortosRoute('/sessions/a%2Fb');
    expect(route?.path.template).toBe('/sessions/{id}');
    expect(route?.path.operations.get('DELETE')?.operationId).toBe('deleteSession');
    expect(route?.params).toEqual({ id: 'a/b' });
    expect(matchPortosRoute('/sessions')?.params).toEqual({});
    expect(matchPortosRoute('/sessions/%E0%A4%A')?.params).toEqual({ id: '%E0%A4%A' });
  });

  it.each(['/', '/sessions/', '/sessions/a/b', '/Sessions', '//sessions', '/api', '/api/authx', '/__mock/health'])('leaves %s alone', (path) => {
    expect(matchPortosRoute(path)).toBeUndefined();
  });
});
