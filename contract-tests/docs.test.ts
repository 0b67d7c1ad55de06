import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { checks } from './checks/index.ts';

describe('docs/contract-tests.md', () => {
  it('documents every check with its group and basis', async () => {
    const doc = await readFile(new URL('../docs/contract-tests.md', import.meta.url), 'utf8');
    for (const check of checks) {
      // A per-resource check is documented once, as `name[r]`.
      const documented = check.name.replace(/\[[^\]]*\]$/, '[r]').replace(/[[\]]/g, '\\$&');
      expect(doc, check.name).toMatch(new RegExp(`\\| \`${documented}\` \\| ${check.group} \\| ${check.basis} \\|`));
    }
  });
});
