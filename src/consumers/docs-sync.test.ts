import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { asConsumerCode, recipeBlocks } from './docs-sync.ts';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const markdown = await readFile(join(repo, 'docs/consumers.md'), 'utf8');
const blocks = recipeBlocks(markdown);

describe('docs/consumers.md', () => {
  it('shows every recipe file', () => {
    expect(blocks.map((block) => block.path).sort()).toEqual([
      'src/consumers/browser/main.ts',
      'src/consumers/storybook/preview.ts',
      'src/consumers/storybook/sessions.stories.ts',
      'src/consumers/typed-client.test.ts',
      'src/consumers/vitest-recipe.test.ts',
    ]);
  });

  it.each(blocks.map((block) => [block.path, block] as const))('shows %s as it is tested', async (path, block) => {
    const source = await readFile(join(repo, path), 'utf8');
    expect(block.code).toBe(asConsumerCode(source));
  });
});
