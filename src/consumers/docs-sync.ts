/**
 * docs/consumers.md shows the recipes' code; this keeps it the tested code. A fenced block that follows
 * `<!-- recipe: <path> -->` must equal that file minus its leading comment, with the repository's
 * relative imports (static or `import('…')`) written as the package's public names. The install block is read here too, for the
 * packaging test to run.
 */
import { posix } from 'node:path';

/** Repository import → what a consumer writes. */
export const PUBLIC_IMPORTS: Record<string, string> = {
  '../msw/index.ts': 'portos-mock',
  '../../msw/index.ts': 'portos-mock',
  '../generated/portos-sessions.ts': 'portos-mock/types',
  '../server/serve.ts': 'portos-mock/server',
  '../server/index.ts': 'portos-mock/server',
  '../../server/index.ts': 'portos-mock/server',
  '../portos/nws4/index.ts': 'portos-mock/nws4',
};

export function asConsumerCode(source: string): string {
  const withoutHeader = source.replace(/^(?:\/\*\*[\s\S]*?\*\/\n|(?:\/\/[^\n]*\n)+)/, '');
  return withoutHeader
    .replace(/(from |import\()'([^']+)'/g, (whole, keyword: string, path: string) => (PUBLIC_IMPORTS[path] ? `${keyword}'${PUBLIC_IMPORTS[path]}'` : whole))
    .trim();
}

export interface RecipeBlock {
  path: string;
  code: string;
}

export function recipeBlocks(markdown: string): RecipeBlock[] {
  const pattern = /<!-- recipe: (\S+) -->\s*```[a-z]*\n([\s\S]*?)\n```/g;
  return [...markdown.matchAll(pattern)].map((match) => ({ path: match[1] ?? '', code: (match[2] ?? '').trim() }));
}

/** One command of the documented install, with the directory it runs in (relative to where `cd` started). */
export interface InstallStep {
  cwd: string;
  argv: string[];
}

/**
 * The commands of the fenced block after `<!-- install: … -->` (README.md and docs/consumers.md each have
 * one), `#` comments dropped and each `cd` folded into the next commands' `cwd`, so the packaging test can
 * run exactly what a reader types. The lines are plain words: no quoting, variables or pipes to interpret.
 */
export function installSteps(markdown: string): InstallStep[] {
  const block = /<!-- install: [^\n]*-->\s*```sh\n([\s\S]*?)\n```/.exec(markdown)?.[1];
  if (block === undefined) throw new Error('no `<!-- install: … -->` block followed by a ```sh fence');
  let cwd = '.';
  const steps: InstallStep[] = [];
  for (const line of block.split('\n')) {
    const argv = line.replace(/#.*$/, '').trim().split(/\s+/).filter(Boolean);
    if (argv.length === 0) continue;
    if (argv[0] === 'cd') cwd = posix.join(cwd, argv[1] ?? '');
    else steps.push({ cwd, argv });
  }
  return steps;
}

/**
 * The README's vitest block (the fenced block after `<!-- vitest: … -->`), as a reader copies it into a
 * test file: the unhandled-request test runs it, the packaging test type-checks it.
 */
export function vitestSnippet(markdown: string): string {
  const block = /<!-- vitest: [^\n]*-->\s*```ts\n([\s\S]*?)\n```/.exec(markdown)?.[1];
  if (block === undefined) throw new Error('no `<!-- vitest: … -->` block followed by a ```ts fence');
  return block;
}
