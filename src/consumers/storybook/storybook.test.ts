/**
 * The Storybook recipe run without a browser: the preview's loader (msw-storybook-addon's `mswLoader`) gets
 * msw's `setupServer` in place of the worker — the same `use`/`resetHandlers` API — and each story's
 * parameters are merged with the preview's the way Storybook merges them (`combineParameters`).
 */
import type { SetupWorker } from 'msw/browser';
import { setupServer } from 'msw/node';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { combineParameters } from 'storybook/preview-api';
import type { StoryAnnotations, Renderer } from 'storybook/internal/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import preview, { portos } from './preview.ts';
import * as stories from './sessions.stories.ts';

const server = setupServer();
const loader = mswLoader(async () => server as unknown as SetupWorker);
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterAll(() => server.close());

/** What Storybook does before rendering a story: preview hooks, loader, then the story's own hook. */
async function prepare(story: StoryAnnotations<Renderer>): Promise<void> {
  const context = { parameters: combineParameters(preview.parameters ?? {}, story.parameters ?? {}) } as any;
  await (preview.beforeEach as (context: unknown) => Promise<void>)(context);
  await loader(context);
  if (typeof story.beforeEach === 'function') await story.beforeEach(context);
}

async function listAsOwner(query = '$count=true'): Promise<{ status: number; body: any; ms: number }> {
  const login = await fetch('http://storybook.test/api/auth', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ UserName: '999', DeviceName: 'BackOffice' }),
  });
  const { tokenId } = await login.json();
  const started = performance.now();
  const list = await fetch(`http://storybook.test/sessions?${query}`, { headers: { authorization: `Bearer ${tokenId}` } });
  return { status: list.status, body: await list.json(), ms: performance.now() - started };
}

describe('the Storybook recipe', () => {
  it('Default: the preview PORTOS answers, reset before each story', async () => {
    await prepare(stories.Default);
    expect((await listAsOwner()).body.totalCount).toBe(60);
    await prepare(stories.Default);
    expect((await listAsOwner()).body.totalCount).toBe(60); // not 61: the previous story's login is gone
  });

  it('PinnedClock: a story-owned PORTOS with its own clock', async () => {
    await prepare(stories.PinnedClock);
    const { body } = await listAsOwner('$sort=-startedAt&$take=1');
    expect(body.totalCount).toBe(60);
    expect(body.items[0].startedAt).toMatch(/^2023-08-04T21:30:00(\.000)?Z$/); // this login, at the pinned now
    expect(portos.journal.entries).toEqual([]); // the preview's PORTOS saw none of it
  });

  it('Crowded: the preview PORTOS switches to the story\'s scenario, and back for the next story', async () => {
    await prepare(stories.Crowded);
    expect((await listAsOwner()).body.totalCount).toBeGreaterThan(4000);
    await prepare(stories.Default);
    expect((await listAsOwner()).body.totalCount).toBe(60);
  });

  it('ServerDown: every PORTOS path answers 503 in that story', async () => {
    await prepare(stories.ServerDown);
    const login = await fetch('http://storybook.test/api/auth', { method: 'POST', body: '{"UserName":"999","DeviceName":"BackOffice"}' });
    expect(login.status).toBe(503);
  });

  it('ListUnavailable: the override answers 503 in front of PORTOS, login still works', async () => {
    await prepare(stories.ListUnavailable);
    const { status, body } = await listAsOwner();
    expect(status).toBe(503);
    expect(body.title).toBe('Service Unavailable');
  });

  it('SlowList: context.msw.use() delays the list, PORTOS still answers it', async () => {
    await prepare(stories.SlowList);
    const { status, body, ms } = await listAsOwner();
    expect(status).toBe(200);
    expect(body.totalCount).toBe(60);
    expect(ms).toBeGreaterThanOrEqual(1_900);
  });
});
