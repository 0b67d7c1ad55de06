/**
 * The door policy's CORS in real Chromium (docs/behaviour.md#door-policy): a page on another origin drives
 * `PUT /__mock/state` on the node door with fetch, as a dev tool or an app's test page would. The page
 * server and the mock both listen on 127.0.0.1 on free ports; Chromium reaches the page as
 * `http://localhost:<port>` (a localhost origin, allowed by default, and another origin than the mock's
 * `http://127.0.0.1:<port>`) and as `http://evil.test:<port>` (mapped to 127.0.0.1 by a resolver rule, so
 * nothing leaves the machine; an origin the policy does not allow).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/serve.ts';
import { launchChromium } from './chromium.test-support.ts';

let mock: RunningServer;
let pages: Server;
let pagePort: number;
let browser: Browser;
const lines: string[] = [];

beforeAll(async () => {
  mock = await startServer({ port: 0, clock: '2023-08-04T21:30:00Z', log: (line) => lines.push(line) });
  pages = createServer((_request, response) => response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>another origin</title>'));
  await new Promise<void>((resolve) => pages.listen(0, '127.0.0.1', resolve));
  pagePort = (pages.address() as AddressInfo).port;
  browser = await launchChromium(['--host-resolver-rules=MAP evil.test 127.0.0.1']);
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (pages ? pages.close(resolve) : resolve(undefined)));
  await mock?.close();
});

/** What the page's fetch calls ended in: a status, or the error the browser threw (CORS refusals are TypeErrors). */
interface Outcome {
  get: number | string;
  login: number | string;
  put: number | string;
}

/** Opens `pageOrigin` and, in the page, GETs the mock's state, logs in (a new session), and PUTs the state back. */
async function driveStateFrom(pageOrigin: string): Promise<Outcome> {
  const page = await browser.newPage();
  try {
    await page.goto(`${pageOrigin}/`);
    expect(await page.title()).toBe('another origin');
    return await page.evaluate(async (mockUrl) => {
      const outcome = (error: unknown) => `${(error as Error).name}: ${(error as Error).message}`;
      let state = '{}';
      let get: number | string;
      try {
        const answer = await fetch(`${mockUrl}/__mock/state`);
        state = await answer.text();
        get = answer.status;
      } catch (error) {
        get = outcome(error);
      }
      let login: number | string;
      try {
        const body = JSON.stringify({ UserName: '999', DeviceName: 'BackOffice' });
        login = (await fetch(`${mockUrl}/api/auth`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })).status;
      } catch (error) {
        login = outcome(error);
      }
      let put: number | string;
      try {
        put = (await fetch(`${mockUrl}/__mock/state`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: state })).status;
      } catch (error) {
        put = outcome(error);
      }
      return { get, login, put };
    }, mock.url);
  } finally {
    await page.close();
  }
}

describe('PUT /__mock/state from a page on another origin, in Chromium', () => {
  it('17.5 a page on http://localhost:<port> passes the preflight (it lists PUT) and restores the state it read', async () => {
    lines.length = 0;
    const sessions = async () => (await mock.core.snapshot()).records.sessions.map((session) => session.sessionId);
    const before = await sessions();
    expect(await driveStateFrom(`http://localhost:${pagePort}`)).toEqual({ get: 200, login: 200, put: 204 });
    // The browser asked first for each JSON request, and the mock's answers let it send them.
    expect(lines.map((line) => line.replace(/ \d+ ms.*$/, ''))).toEqual([
      'GET /__mock/state 200',
      'OPTIONS /api/auth 204',
      'POST /api/auth 200',
      'OPTIONS /__mock/state 204',
      'PUT /__mock/state 204',
    ]);
    // The PUT took effect: the page's login is gone again.
    expect(await sessions()).toEqual(before);
  });

  it('17.5 a page on http://evil.test:<port> can neither read the state nor PUT it: no Access-Control-Allow-Origin, so fetch fails in the page', async () => {
    lines.length = 0;
    const outcome = await driveStateFrom(`http://evil.test:${pagePort}`);
    expect(outcome).toEqual({ get: expect.stringMatching(/^TypeError/), login: expect.stringMatching(/^TypeError/), put: expect.stringMatching(/^TypeError/) });
    // The GET (a simple request) reached the mock and was refused; the preflights got no CORS grant, so
    // neither the login nor the PUT was ever sent.
    expect(lines.map((line) => line.replace(/ \d+ ms.*$/, ''))).toEqual(['GET /__mock/state 403', 'OPTIONS /api/auth 204', 'OPTIONS /__mock/state 204']);
  });
});
