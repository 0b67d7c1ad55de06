/**
 * The browser recipe in real Chromium: Vite bundles src/consumers/browser (the handlers, the store, ajv,
 * jose — no Node built-ins allowed), a loopback server serves the bundle plus msw's worker script, and
 * headless Chromium from the `@sparticuz/chromium` devDependency (driven by playwright-core, see
 * chromium.test-support.ts) clicks through login → list → delete → delete own session.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './chromium.test-support.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const repo = join(here, '../../..');
const workerScript = join(repo, 'node_modules/msw/lib/mockServiceWorker.js');
// @note The page shows live ids and times, so every run's picture differs: it is always taken, but only
// replaces the committed docs/browser-recipe.png when that is missing or UPDATE_SCREENSHOT=1.
const committedScreenshot = join(repo, 'docs/browser-recipe.png');
const updateScreenshot = process.env.UPDATE_SCREENSHOT === '1' || !existsSync(committedScreenshot);
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

let outDir: string;
let server: Server;
let origin: string;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];
/** Paths the loopback server was asked for: PORTOS requests must never get here (the worker answers them). */
const served: string[] = [];

/** Serves the Vite output, and msw's worker script at the root (what `msw init public/` would put there). */
function serveStatic(root: string): Promise<Server> {
  const http = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    served.push(path);
    const file = path === '/mockServiceWorker.js' ? workerScript : join(root, normalize(path === '/' ? '/index.html' : path));
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => http.listen(0, '127.0.0.1', () => resolve(http)));
}

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'portos-browser-'));
  await build({ root: here, logLevel: 'warn', build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 2000 }, configFile: false });
  server = await serveStatic(outDir);
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1100, height: 640 } });
  page.on('pageerror', (error) => pageErrors.push(error.message));
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

const rowIds = () => page.locator('#sessions tr').evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.sessionId ?? ''));

describe('the browser recipe in headless Chromium', () => {
  it('starts the worker, logs in as 999 on BackOffice and lists 5 of 60 sessions, own session first', async () => {
    await page.goto(origin);
    await expect.poll(() => page.textContent('#status')).toBe('Mock ready');
    await page.click('#login');
    await expect.poll(() => page.locator('#sessions tr').count()).toBe(5);
    expect(await page.textContent('#status')).toBe('Logged in as Majiteľ');
    expect(await page.textContent('#summary')).toBe('Showing 5 of 60 sessions');
    // The list bumps the caller's session, so with $sort=-lastAccessAt it comes first.
    expect(await page.locator('#sessions tr').first().getAttribute('class')).toBe('own');
    expect(await page.locator('#sessions tr.own td').nth(2).textContent()).toBe('BackOffice');
  });

  it('deletes another session: 204, and the list no longer has it', async () => {
    const before = await rowIds();
    const victim = before[1] ?? '';
    await page.locator('#sessions tr').nth(1).locator('button').click();
    await expect.poll(() => page.textContent('#summary')).toBe('Showing 5 of 59 sessions');
    expect(await page.textContent('#status')).toBe(`Deleted ${victim}`);
    expect(await rowIds()).not.toContain(victim);
    expect(await page.locator('#log').textContent()).toContain(`DELETE /sessions/${victim} → 204`);
    const picture = await page.screenshot({ path: join(outDir, 'browser-recipe.png'), fullPage: true });
    expect(picture.byteLength).toBeGreaterThan(10_000);
    if (updateScreenshot) await writeFile(committedScreenshot, picture);
  });

  it('deletes its own session: the next list answers 401', async () => {
    await page.locator('#sessions tr.own button').click();
    await expect.poll(() => page.textContent('#status')).toMatch(/^401: /);
    expect(await page.locator('#log li').last().textContent()).toMatch(/^GET \/sessions\?\$sort=-lastAccessAt&\$take=5 → 401 /);
    expect(pageErrors).toEqual([]);
    expect(served.filter((path) => path.startsWith('/api/') || path.startsWith('/sessions'))).toEqual([]);
    expect(served).toContain('/mockServiceWorker.js');
  });
});
