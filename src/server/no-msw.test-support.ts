/**
 * Run as a child process by no-msw.e2e.test.ts: records every module URL the process loads (Node's
 * synchronous module hooks), starts the node door on a free port, answers every operation over HTTP, and
 * prints the statuses and the msw modules that were loaded (there must be none) as one JSON line.
 */
import { registerHooks } from 'node:module';

const loaded: string[] = [];
registerHooks({
  load(url, context, nextLoad) {
    loaded.push(url);
    return nextLoad(url, context);
  },
});

const { startServer } = await import('./serve.ts');
const server = await startServer({ port: 0, clock: '2023-08-04T21:30:00Z' });
const statuses: Record<string, number> = {};
const call = async (name: string, path: string, init: RequestInit = {}) => {
  const response = await fetch(`${server.url}${path}`, init);
  statuses[name] = response.status;
  return response;
};
const json = { 'content-type': 'application/json' };
const login = await call('login', '/api/auth', { method: 'POST', headers: json, body: '{"UserName":"999","DeviceName":"Tool"}' });
const pair = (await login.json()) as { tokenId: string; refreshToken: string };
const auth = { authorization: `Bearer ${pair.tokenId}` };
await call('getSessions', '/sessions?$take=2', { headers: auth });
await call('getSession', '/sessions/Hq6563mjODIOwNa87Cgi295uNPlKeOqA', { headers: auth });
await call('getCurrentUser', '/api/auth', { headers: auth });
await call('deleteSession', '/sessions/Hq6563mjODIOwNa87Cgi295uNPlKeOqA', { method: 'DELETE', headers: auth });
const refreshed = await call('refreshSession', '/api/auth/refresh', { method: 'POST', headers: json, body: JSON.stringify(pair) });
const next = (await refreshed.json()) as { tokenId: string };
await call('logout', '/api/auth', { method: 'DELETE', headers: { authorization: `Bearer ${next.tokenId}` } });
await server.close();
console.log(JSON.stringify({ statuses, msw: loaded.filter((url) => /\/node_modules\/(msw|@mswjs)\//.test(url)), mswData: loaded.filter((url) => /\/node_modules\/(@msw\/data|es-toolkit|mutative)\//.test(url)), modules: loaded.length }));
