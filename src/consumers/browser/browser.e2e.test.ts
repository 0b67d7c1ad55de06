/**
 * The browser recipe in real Chromium: Vite bundles src/consumers/browser as a development build (the
 * handlers, the store, the generated validators — no Node built-ins allowed), a loopback server serves
 * the bundle plus msw's worker script under `Content-Security-Policy: script-src 'self'` (no
 * `'unsafe-eval'`, no inline script), and headless Chromium from the `@sparticuz/chromium` devDependency
 * (driven by playwright-core, see chromium.test-support.ts) clicks through login → list → delete → delete
 * own session with no CSP violation. A production build of the same recipe must not contain the mock.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
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
/**
 * The policy of a site that allows no eval and no inline script: ajv compiling a schema at run time
 * (`new Function`) is a violation here. The worker script is same-origin (`worker-src` falls back to
 * `script-src`); the page's inline `<style>` is outside the policy.
 */
const CSP = "script-src 'self'";

let outDir: string;
let server: Server;
let origin: string;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];
const consoleErrors: string[] = [];
/** Paths the loopback server was asked for: PORTOS requests must never get here (the worker answers them). */
const served: string[] = [];

/**
 * A same-origin script (allowed by the policy) that compiles code from a string, as ajv does at run time:
 * the control that proves the policy blocks it and the page reports it.
 */
const EVAL_PROBE = `try { new Function('return 1'); window.evalProbe = 'compiled'; } catch (error) { window.evalProbe = error.name; }`;

/**
 * Serves the Vite output, and msw's worker script at the root (what `msw init public/` would put there),
 * every answer under the CSP; `/eval-probe.js` is the control script.
 */
function serveStatic(root: string): Promise<Server> {
  const http = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    served.push(path);
    if (path === '/eval-probe.js') {
      response.writeHead(200, { 'content-type': 'text/javascript', 'content-security-policy': CSP }).end(EVAL_PROBE);
      return;
    }
    const file = path === '/mockServiceWorker.js' ? workerScript : join(root, normalize(path === '/' ? '/index.html' : path));
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-security-policy': CSP }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => http.listen(0, '127.0.0.1', () => resolve(http)));
}

/**
 * The recipe bundled by Vite with `import.meta.env.DEV` pinned: true is what `vite` (the dev server) gives
 * the page, false what `vite build` gives it. Vite derives DEV from NODE_ENV, which vitest sets to `test`,
 * so the test names the value instead of relying on the mode.
 */
async function buildRecipe(dev: boolean): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `portos-browser-${dev ? 'dev' : 'prod'}-`));
  await build({
    root: here,
    mode: dev ? 'development' : 'production',
    define: { 'import.meta.env.DEV': JSON.stringify(dev) },
    logLevel: 'warn',
    build: { outDir: dir, emptyOutDir: true, chunkSizeWarningLimit: 2000 },
    configFile: false,
  });
  return dir;
}

/** Every file of a build, by path relative to its folder. */
async function readOutput(dir: string): Promise<Map<string, string>> {
  const files = await readdir(dir, { recursive: true, withFileTypes: true });
  const texts = new Map<string, string>();
  for (const file of files.filter((entry) => entry.isFile())) {
    const path = join(file.parentPath, file.name);
    texts.set(path.slice(dir.length + 1), await readFile(path, 'utf8'));
  }
  return texts;
}

/**
 * Strings only the mock's code carries: its log prefix, the generated validators' schema ids, a seeded
 * session id from the fixtures, and msw's default worker script name.
 */
const MOCK_MARKERS = ['[portos-mock]', 'urn:portos-sessions', 'soZIt6uj62fzs8ep4UvnNSxRXFryUiq3', 'mockServiceWorker.js'];

/** CSP violations the page reported (`securitypolicyviolation`), collected from the first script on. */
const violations = () => page.evaluate(() => (window as unknown as { violations: string[] }).violations);

beforeAll(async () => {
  outDir = await buildRecipe(true);
  server = await serveStatic(outDir);
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1100, height: 640 } });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective} blocked ${event.blockedURI}`));
  });
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

const rowIds = () => page.locator('#sessions tr').evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.sessionId ?? ''));

describe("the browser recipe in headless Chromium, under Content-Security-Policy: script-src 'self'", () => {
  it('starts the worker, logs in as 999 on BackOffice and lists 5 of 60 sessions, own session first', async () => {
    const response = await page.goto(origin);
    expect(response?.headers()['content-security-policy']).toBe(CSP);
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

  it('18.1 the handlers run without eval: no CSP violation and no console error on the whole walk', async () => {
    expect(await violations()).toEqual([]);
    // Chromium logs every non-2xx fetch; the walk's last list is the 401 it expects.
    expect(consoleErrors.filter((line) => !/^Failed to load resource: the server responded with a status of 401\b/.test(line))).toEqual([]);
  });

  // A control for the test above: were the policy not in force, or the listener deaf, a runtime schema
  // compile (ajv's `new Function`) would pass unseen. A same-origin script's `new Function` must be blocked
  // and reported. (page.evaluate itself is exempt from the page's CSP, so the probe is a served script.)
  it('the policy is in force: a script cannot compile code from a string, and the violation is reported', async () => {
    await page.evaluate(() => {
      const probe = document.createElement('script');
      probe.src = '/eval-probe.js';
      document.head.append(probe);
    });
    await expect.poll(() => page.evaluate(() => (window as unknown as { evalProbe?: string }).evalProbe)).toBe('EvalError');
    await expect.poll(violations).toEqual(['script-src blocked eval']);
  });
});

describe('the browser recipe built for production', () => {
  let prodDir: string | undefined;
  afterAll(async () => {
    if (prodDir) await rm(prodDir, { recursive: true, force: true });
  });

  it('18.2 ships neither the mock nor msw: the dev-only dynamic import is dropped', async () => {
    prodDir = await buildRecipe(false);
    const production = await readOutput(prodDir);
    const development = await readOutput(outDir);
    const script = (texts: Map<string, string>) => [...texts].filter(([path]) => path.endsWith('.js')).map(([, text]) => text).join('\n');
    // The markers are real: the development build carries each of them.
    for (const marker of MOCK_MARKERS) expect(script(development), marker).toContain(marker);
    for (const marker of MOCK_MARKERS) expect(script(production), marker).not.toContain(marker);
    // One script, the app's own: no chunk left behind for the dropped import.
    expect([...production.keys()].filter((path) => path.endsWith('.js'))).toHaveLength(1);
    expect(script(production)).toContain('/sessions?');
  });
});
