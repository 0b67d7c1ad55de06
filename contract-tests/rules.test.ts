import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { checks } from './checks/index.ts';
import { ruleDoc } from './rules.ts';

/** GitHub's heading slug: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
  return heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, '').replace(/\s/g, '-');
}

async function anchorsOf(file: string): Promise<Set<string>> {
  const text = await readFile(new URL(`../${file}`, import.meta.url), 'utf8');
  const ids = [...text.matchAll(/<a id="([^"]+)"/g)].map((m) => m[1]!);
  const headings = [...text.matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug(m[1]!));
  return new Set([...ids, ...headings]);
}

describe('RULE_DOCS', () => {
  it('names a documentation anchor that exists for every check', async () => {
    for (const check of checks) {
      const link = ruleDoc(check.name);
      expect(link, check.name).toMatch(/^docs\/[\w-]+\.md#[\w-]+$/);
      const [file, anchor] = link!.split('#') as [string, string];
      expect([...(await anchorsOf(file))], `${check.name} → ${link}`).toContain(anchor);
    }
  });
});
