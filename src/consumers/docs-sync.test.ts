import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { asConsumerCode, installSteps, recipeBlocks } from './docs-sync.ts';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const markdown = await readFile(join(repo, 'docs/consumers.md'), 'utf8');
const blocks = recipeBlocks(markdown);
const manifest = JSON.parse(await readFile(join(repo, 'package.json'), 'utf8'));

describe('docs/consumers.md', () => {
  it('shows every recipe file', () => {
    expect(blocks.map((block) => block.path).sort()).toEqual([
      'src/consumers/browser/main.ts',
      'src/consumers/express-recipe.test.ts',
      'src/consumers/live-updates-recipe.test.ts',
      'src/consumers/nws4-recipe.test.ts',
      'src/consumers/override-recipe.test.ts',
      'src/consumers/storybook/preview.ts',
      'src/consumers/storybook/sessions.stories.ts',
      'src/consumers/toolkit-recipe.test.ts',
      'src/consumers/typed-client.test.ts',
      'src/consumers/vite/vite.config.ts',
      'src/consumers/vitest-recipe.test.ts',
    ]);
  });

  it.each(blocks.map((block) => [block.path, block] as const))('shows %s as it is tested', async (path, block) => {
    const source = await readFile(join(repo, path), 'utf8');
    expect(block.code).toBe(asConsumerCode(source));
  });
});

// package.e2e.test.ts runs the documented install; this pins what it runs, so a reworded block cannot
// quietly turn that test into something a reader would not type.
describe('the install steps in README.md and docs/consumers.md', () => {
  it('are the same in both', async () => {
    const readme = await readFile(join(repo, 'README.md'), 'utf8');
    expect(installSteps(readme)).toEqual(installSteps(markdown));
  });

  it('16.15 create the project before `npm pack` writes the tarball into it, then install it next to msw', () => {
    expect(installSteps(markdown)).toEqual([
      { cwd: 'portos-mock', argv: ['npm', 'install'] },
      { cwd: 'portos-mock', argv: ['mkdir', '-p', '../my-app'] },
      { cwd: 'portos-mock', argv: ['npm', 'pack', '--pack-destination', '../my-app'] },
      { cwd: 'my-app', argv: ['npm', 'init', '-y'] },
      { cwd: 'my-app', argv: ['npm', 'install', '-D', `./${manifest.name}-${manifest.version}.tgz`, 'msw'] },
    ]);
  });
});
