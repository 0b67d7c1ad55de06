/**
 * Headless Chromium for the repository's browser tests, with nothing to install by hand: the browser
 * comes from the `@sparticuz/chromium` devDependency, which ships a Linux x64 Chromium (headless shell)
 * inside its npm package, so `npm install` is all a machine needs.
 *
 *   const browser = await launchChromium();
 *   try { const page = await browser.newPage(); … } finally { await browser.close(); }
 *
 * `browser.close()` also removes everything the launch put on disk. Set `PORTOS_CHROMIUM=/path/to/chromium`
 * to drive another Chromium instead (a system one, say); it is an option, never a requirement.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Browser } from 'playwright-core';

/**
 * Flags that keep Chromium off the network and quiet: the tests only talk to loopback servers, and a
 * browser that phones home (updates, sync, field trials, QUIC probes) would make a run depend on the
 * outside world. `--no-sandbox` because CI runs as root, where Chromium's sandbox refuses to start.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const run = promisify(execFile);

/**
 * Unpacks the package's brotli-compressed Chromium (≈ 2 s, ≈ 210 MB) into `dir`. The package always
 * unpacks into `os.tmpdir()` (a fixed `/tmp/chromium` it then reuses, shared by every process and never
 * checked for completeness), so a child Node with `TMPDIR=dir` does it: each launch gets its own copy,
 * parallel test files cannot race on a half-written binary, and nothing outlives the browser.
 */
async function unpackBundledChromium(dir: string): Promise<{ executablePath: string; env: NodeJS.ProcessEnv }> {
  const entry = createRequire(import.meta.url).resolve('@sparticuz/chromium');
  const script = 'const { default: c } = await import(process.argv[1]); process.stdout.write(await c.executablePath());';
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script, entry], {
    env: { ...process.env, TMPDIR: dir },
  });
  // The package's own fonts.conf names Lambda's /tmp/fonts; this one adds the bundled Open Sans from
  // `dir` after the system's fonts, so a machine without any fonts still renders text in screenshots.
  const fontsConf = join(dir, 'fonts.conf');
  await writeFile(
    fontsConf,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n` +
      `  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n` +
      `  <dir>${join(dir, 'fonts')}</dir>\n  <cachedir>${join(dir, 'fonts-cache')}</cachedir>\n</fontconfig>\n`,
  );
  return { executablePath: stdout.trim(), env: { ...process.env, FONTCONFIG_FILE: fontsConf } };
}

/**
 * Launches headless Chromium through playwright-core. Playwright gives it a fresh profile
 * (user-data-dir) in a temp dir and deletes it on close; the unpacked binary lives in a temp dir of
 * its own, deleted by `browser.close()` (or when the browser goes away by itself). `extraArgs` go after
 * CHROMIUM_ARGS (e.g. `--host-resolver-rules=MAP evil.test 127.0.0.1` for a page on a foreign origin
 * that is still served from loopback).
 */
export async function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  const args = [...CHROMIUM_ARGS, ...extraArgs];
  const system = process.env.PORTOS_CHROMIUM;
  if (system) return chromium.launch({ executablePath: system, headless: true, args });

  const dir = await mkdtemp(join(tmpdir(), 'portos-chromium-'));
  const removeDir = () => rm(dir, { recursive: true, force: true });
  let browser: Browser;
  try {
    const { executablePath, env } = await unpackBundledChromium(dir);
    browser = await chromium.launch({ executablePath, env, headless: true, args });
  } catch (error) {
    await removeDir();
    throw error;
  }
  let removed: Promise<void> | undefined;
  const cleanUp = () => (removed ??= removeDir());
  browser.once('disconnected', () => void cleanUp());
  const close = browser.close.bind(browser);
  browser.close = async (options) => {
    try {
      await close(options);
    } finally {
      await cleanUp();
    }
  };
  return browser;
}
