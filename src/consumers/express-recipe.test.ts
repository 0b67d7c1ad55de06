// Recipe: the mock inside an Express app (docs/consumers.md#inside-express). In your project, import from 'portos-mock/server'.
import express from 'express';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createMiddleware } from '../server/index.ts';

const app = express();
app.use(express.json()); // the mock reads the req.body it leaves (mounted first, it reads the body itself)
app.use(createMiddleware({ clock: '2023-08-04T21:30:00Z' })); // PORTOS paths and /__mock; next() for the rest
app.get('/hello', (_req, res) => {
  res.json({ from: 'your app' });
});

const server = app.listen(0, '127.0.0.1');
let base = '';
beforeAll(async () => {
  if (!server.listening) await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

it('logs in as 999 and lists the sessions through the app', async () => {
  const login = await fetch(`${base}/api/auth`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ UserName: '999', DeviceName: 'BackOffice' }),
  });
  const { tokenId } = await login.json();
  const list = await fetch(`${base}/sessions?$take=5`, { headers: { authorization: `Bearer ${tokenId}` } });
  expect((await list.json()).totalCount).toBe(60); // 59 seeded + this login
});

it('leaves every other path to the app', async () => {
  expect(await (await fetch(`${base}/hello`)).json()).toEqual({ from: 'your app' });
  const nowhere = await fetch(`${base}/nowhere`);
  expect(nowhere.status).toBe(404);
  expect(nowhere.headers.get('content-type')).toContain('text/html'); // Express's own 404, not the mock's
});

it('answers the preflight of a page on http://localhost:5173 for PUT /__mock/state', async () => {
  const preflight = await fetch(`${base}/__mock/state`, {
    method: 'OPTIONS',
    headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'PUT' },
  });
  expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
  const methods = preflight.headers.get('access-control-allow-methods')?.split(', ').sort();
  expect(methods).toEqual(['DELETE', 'GET', 'OPTIONS', 'POST', 'PUT']); // the routes' own, nothing more
});
