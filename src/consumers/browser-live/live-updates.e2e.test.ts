/**
 * Live updates in real Chromium under msw's worker (issue 19 item 5): Vite bundles this folder's page
 * (the msw door, the core, @microsoft/signalr's browser code), a loopback server serves it with msw's
 * worker script, and headless Chromium (chromium.test-support.ts) watches a login raise
 * `portos.resources.changed` through the hub's `ws.link`, with no PORTOS server anywhere.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../browser/chromium.test-support.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const workerScript = join(here, '../../../node_modules/msw/lib/mockServiceWorker.js');
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript' };

let outDir: string;
let server: Server;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];
/** What reached the loopback server: never a PORTOS or hub path (msw answers those in the page). */
const served: string[] = [];

function serveStatic(root: string): Promise<Server> {
  const http = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    served.push(path);
    const file = path === '/mockServiceWorker.js' ? workerScript : join(root, normalize(path === '/' ? '/index.html' : path));
    try {
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(await readFile(file));
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => http.listen(0, '127.0.0.1', () => resolve(http)));
}

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'portos-live-'));
  await build({ root: here, logLevel: 'warn', build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 2000, target: 'es2022' }, configFile: false });
  server = await serveStatic(outDir);
  browser = await launchChromium();
  page = await browser.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

describe('live updates in headless Chromium under msw (setupWorker + api.hubHandlers)', () => {
  it('connects @microsoft/signalr to the in-page hub and lists a login on another device within a second', async () => {
    await expect.poll(() => page.textContent('#status'), { timeout: 10_000 }).toMatch(/^Hub connected \(.+\)$/);
    const before = await page.locator('#events li').count();
    const started = Date.now();
    await page.evaluate(() => (window as unknown as { loginOn(device: string): Promise<string> }).loginOn('P02'));
    await expect.poll(() => page.locator('#events li').allTextContents(), { timeout: 1000 }).toContainEqual(expect.stringMatching(/^portos\.resources\.changed: sessions \w{32} created$/));
    expect(Date.now() - started).toBeLessThan(1000);
    expect(before).toBe(0);
    expect(pageErrors).toEqual([]);
    expect(served.filter((path) => path.startsWith('/api/') || path.startsWith('/signalr'))).toEqual([]);
  });
});
