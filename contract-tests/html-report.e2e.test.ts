/**
 * The HTML report in real (headless) Chromium, with the network blocked: it must need nothing but
 * itself. Against a broken server whose bodies carry markup, the page shows the same counts as the JSON
 * report, its failures filter shows only failures, an expanded failure shows the curl line the JSON
 * report has, and none of the server's markup becomes live HTML.
 *
 * The screenshot in docs/contract-report.png is taken here, of this failing run, when it is missing or
 * with UPDATE_SCREENSHOT=1.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../src/consumers/browser/chromium.test-support.ts';
import { main } from './main.ts';
import { compose, eachSession, isGet, rewriteJson, rewriteResponse, startForwarder, startMock } from './test-helpers.ts';
import type { Report } from './types.ts';

const SCREENSHOT = fileURLToPath(new URL('../docs/contract-report.png', import.meta.url));
const HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';

interface JsonFailure {
  message: string;
  reproduction?: { curl: string };
}

describe('the HTML report in Chromium', () => {
  let mock: { url: string; close(): Promise<void> };
  let broken: { url: string; close(): Promise<void> };
  let browser: Browser;
  let dir: string;
  let html: string;
  let report: Omit<Report, 'results'> & { results: (Omit<Report['results'][0], 'failures'> & { failures: JsonFailure[] })[] };

  beforeAll(async () => {
    mock = await startMock();
    broken = await startForwarder(
      mock.url,
      compose(
        // A documented break (a required field gone, markup in an undeclared one) and an inferred one
        // (problems as plain JSON), so the page has failures and warnings.
        rewriteJson(
          (request) => isGet(request, /^\/sessions\/[^/]+$/),
          (body) =>
            eachSession(body, (session) => {
              delete session.expiresAt;
              session[HOSTILE] = HOSTILE;
            }),
        ),
        rewriteResponse((response) => (response.status >= 400 ? new Response(response.body, { status: response.status, headers: { 'content-type': 'application/json' } }) : response)),
      ),
    );
    dir = await mkdtemp(join(tmpdir(), 'portos-html-'));
    const code = await main(
      ['--base-url', broken.url, '--user', '999', '--device', 'BackOffice', '--fuzz', '5', '--seed', '11', '--html', join(dir, 'r.html'), '--json', join(dir, 'r.json')],
      { stdout: () => undefined, stderr: () => undefined },
      {},
    );
    expect(code).toBe(1);
    html = await readFile(join(dir, 'r.html'), 'utf8');
    report = JSON.parse(await readFile(join(dir, 'r.json'), 'utf8'));
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await broken?.close();
    await mock?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('is one self-contained file: no external script, style, font or image', () => {
    expect(html).not.toMatch(/<(script|link|img|iframe)[^>]+(src|href)=/i);
    expect(html).not.toMatch(/@import|url\(/i);
    expect(html).not.toContain(HOSTILE);
  });

  it('shows the JSON report\'s counts, filters to failures, and expands a failure to its curl line', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const attempted: string[] = [];
    await page.route('**/*', (route) => {
      attempted.push(route.request().url());
      return route.abort();
    });
    await page.setContent(html, { waitUntil: 'load' });

    const count = async (key: string) => Number(await page.locator(`[data-count="${key}"] b`).textContent());
    const { passed, failed, warned, warnings, skipped, info } = report.summary;
    // 16.17: the Warnings count is every warning (checks and coverage), as the JSON and the console count them.
    expect({ pass: await count('pass'), fail: await count('fail'), warn: await count('warn'), skip: await count('skip'), info: await count('info') }).toEqual({
      pass: passed,
      fail: failed,
      warn: warnings ?? warned,
      skip: skipped,
      info,
    });
    expect(failed).toBeGreaterThan(0);
    expect(warned).toBeGreaterThan(0);
    expect(await page.locator('.seed').textContent()).toBe('11');

    await page.getByRole('button', { name: 'Failures' }).click();
    const visible = page.locator('article.check:visible');
    expect(await visible.count()).toBe(failed);
    for (const status of await visible.evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).dataset.status))) expect(status).toBe('fail');

    const schema = page.locator('#check-response_schema_conformance');
    const first = schema.locator('details.failure').first();
    expect(await first.locator('pre.curl').isVisible()).toBe(false);
    await first.locator('summary').click();
    const curl = await first.locator('pre.curl').textContent();
    const expected = report.results.find((r) => r.name === 'response_schema_conformance')!.failures[0]!.reproduction!.curl;
    expect(curl).toBe(expected);
    expect(curl).toContain('$PORTOS_TOKEN');
    expect(await first.locator('dd.expected').textContent()).toMatch(/^a body valid against the schema of getSession 200/);

    await page.getByRole('button', { name: 'Warnings' }).click();
    expect(await page.locator('article.check:visible').count()).toBe(warned);
    await page.getByRole('button', { name: 'All' }).click();
    expect(await page.locator('article.check:visible').count()).toBe(report.results.length);

    // The server's markup stayed text.
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('main img').count()).toBe(0);
    expect(attempted).toEqual([]);

    if (!existsSync(SCREENSHOT) || process.env.UPDATE_SCREENSHOT === '1') {
      await page.getByRole('button', { name: 'Failures' }).click();
      await page.screenshot({ path: SCREENSHOT });
    }
    await page.close();
  }, 60_000);
});
