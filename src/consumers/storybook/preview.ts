/**
 * Recipe: `.storybook/preview.ts` for msw-storybook-addon 3 with CSF 3 stories (docs/consumers.md#storybook).
 * In your project, import from 'portos-mock' and type `preview` with your framework's `Preview`
 * (e.g. `import type { Preview } from '@storybook/react-vite'`); the storybook core types below are the same.
 */
import { mswLoader } from 'msw-storybook-addon/csf3';
import type { ProjectAnnotations, Renderer } from 'storybook/internal/types';
import { createMockApi } from '../../msw/index.ts';

/** One PORTOS for every story; its handlers are the default `portos` group of `parameters.msw.handlers`. */
export const portos = createMockApi();

const preview: ProjectAnnotations<Renderer> = {
  // Starts msw's worker once (serve mockServiceWorker.js: `npx msw init public/ --save`), then before each
  // story resets the worker's handlers to the story's `parameters.msw`.
  loaders: [mswLoader()],
  // Every story starts from the seed of its scenario (`parameters.portos.scenario`, default `default`):
  // logins, deletions and clock moves of the previous story are gone.
  beforeEach: async ({ parameters }) => {
    await portos.useScenario(parameters.portos?.scenario ?? 'default');
  },
  parameters: {
    msw: { handlers: { portos: portos.handlers } },
  },
};

export default preview;
