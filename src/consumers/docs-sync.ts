/**
 * docs/consumers.md shows the recipes' code; this keeps it the tested code. A fenced block that follows
 * `<!-- recipe: <path> -->` must equal that file minus its leading comment, with the repository's
 * relative imports written as the package's public names.
 */

/** Repository import → what a consumer writes. */
export const PUBLIC_IMPORTS: Record<string, string> = {
  '../handlers/index.ts': 'portos-mock',
  '../../handlers/index.ts': 'portos-mock',
  '../generated/portos-sessions.ts': 'portos-mock/types',
  '../server/serve.ts': 'portos-mock/server',
};

export function asConsumerCode(source: string): string {
  const withoutHeader = source.replace(/^(?:\/\*\*[\s\S]*?\*\/\n|(?:\/\/[^\n]*\n)+)/, '');
  return withoutHeader
    .replace(/from '([^']+)'/g, (whole, path: string) => (PUBLIC_IMPORTS[path] ? `from '${PUBLIC_IMPORTS[path]}'` : whole))
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
