/**
 * Recipe: stories that use the PORTOS handlers (docs/consumers.md#storybook). `parameters.msw.handlers` is
 * an object of named groups, so a story replaces the `portos` group (or adds another) and keeps the rest.
 * In your project, import from 'portos-mock' and use your framework's `Meta` / `StoryObj` types.
 */
import { delay, http, HttpResponse } from 'msw';
import type { ComponentAnnotations, Renderer, StoryAnnotations } from 'storybook/internal/types';
import { createMockApi } from '../../msw/index.ts';

export default {
  title: 'Sessions/SessionList',
} satisfies ComponentAnnotations<Renderer>;

/** The preview's PORTOS: the bundled fixtures, reset before the story. */
export const Default: StoryAnnotations<Renderer> = {};

/** The preview's PORTOS in another scenario: thousands of sessions, for paging and virtual lists. */
export const Crowded: StoryAnnotations<Renderer> = {
  parameters: { portos: { scenario: 'crowded' } },
};

/** Every PORTOS path down (503 problems), for the error screens; the /__mock controls still answer. */
export const ServerDown: StoryAnnotations<Renderer> = {
  parameters: { portos: { scenario: 'unavailable' } },
};

/** A PORTOS of its own with the clock pinned, so times on screen never change between runs. */
const pinned = createMockApi({ clock: '2023-08-04T21:30:00Z' });
export const PinnedClock: StoryAnnotations<Renderer> = {
  parameters: { msw: { handlers: { portos: pinned.handlers } } },
  beforeEach: () => pinned.reset(),
};

/** One path overridden in front of the PORTOS handlers (the first match wins): the list fails, login works. */
export const ListUnavailable: StoryAnnotations<Renderer> = {
  parameters: {
    msw: {
      handlers: {
        portos: [
          http.get('*/sessions', () =>
            HttpResponse.json(
              { type: 'about:blank', title: 'Service Unavailable', status: 503 },
              { status: 503, headers: { 'content-type': 'application/problem+json' } },
            ),
          ),
          ...createMockApi().handlers,
        ],
      },
    },
  },
};

/** The addon's v3 style: `context.msw` is the worker, so a story can `use()` handlers in `beforeEach`. */
export const SlowList: StoryAnnotations<Renderer> = {
  beforeEach: ({ msw }) => {
    // A resolver that returns nothing passes the request on: PORTOS answers it, two seconds late.
    msw.use(http.get('*/sessions', () => delay(2_000)));
  },
};
