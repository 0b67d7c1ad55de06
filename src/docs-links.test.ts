/**
 * The docs stand on their own: every relative link in a Markdown file reaches a file of this repository
 * (and, with `#anchor`, a heading or `<a id>` in it), every `docs/….md#anchor` a comment cites exists, and
 * nothing points outside the repository (the behaviour reference users never see, or its § sections).
 * A moved heading or a renamed rule fails here instead of in a reader's browser.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const SKIPPED = new Set(['node_modules', 'dist', '.git', 'coverage', '.vitest-cache']);

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (SKIPPED.has(name)) return [];
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const files = walk(root);
const markdown = files.filter((file) => file.endsWith('.md'));
const text = files.filter((file) => /\.(ts|mjs|md|ya?ml|json|html)$/.test(file) && !file.endsWith('package-lock.json'));

/** GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens; repeats get -1, -2… */
function slug(heading: string): string {
  return heading
    .replace(/`/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** Markdown without its fenced code blocks (links there are examples, not links). */
function prose(markdownText: string): string {
  return markdownText.replace(/^```[\s\S]*?^```/gm, '');
}

const anchorCache = new Map<string, Set<string>>();
function anchorsOf(file: string): Set<string> {
  let anchors = anchorCache.get(file);
  if (anchors) return anchors;
  anchors = new Set();
  const body = prose(readFileSync(file, 'utf8'));
  const seen = new Map<string, number>();
  for (const [, heading] of body.matchAll(/^#{1,6}\s+(.+?)\s*#*$/gm)) {
    const base = slug(heading!);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n === 0 ? base : `${base}-${n}`);
  }
  for (const [, id] of body.matchAll(/\b(?:id|name)="([^"]+)"/g)) anchors.add(id!);
  anchorCache.set(file, anchors);
  return anchors;
}

/** What is wrong with a link from `from` to `target` (`path`, `path#anchor` or `#anchor`), if anything. */
function problemWith(from: string, target: string): string | undefined {
  const [pathPart = '', anchor] = target.split('#');
  const file = pathPart === '' ? from : resolve(dirname(from), decodeURI(pathPart));
  if (!file.startsWith(root)) return 'points outside the repository';
  let isFile: boolean;
  try {
    isFile = statSync(file).isFile();
  } catch {
    return 'no such file';
  }
  if (anchor === undefined || anchor === '') return undefined;
  if (!isFile || !file.endsWith('.md')) return 'an anchor into something that is not a Markdown file';
  return anchorsOf(file).has(anchor) ? undefined : `no heading or id "${anchor}" in ${relative(root, file)}`;
}

describe('documentation links', () => {
  it('finds the Markdown files', () => {
    expect(markdown.map((file) => relative(root, file))).toEqual(expect.arrayContaining(['README.md', 'docs/behaviour.md', 'docs/ndata.md']));
  });

  it.each(markdown.map((file) => [relative(root, file), file]))('%s links only to files and anchors that exist', (_name, file) => {
    const body = prose(readFileSync(file, 'utf8'));
    const targets = [...body.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g), ...body.matchAll(/\bhref="([^"]+)"/g)].map((m) => m[1]!);
    const broken = targets
      .filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target))
      .flatMap((target) => {
        const problem = problemWith(file, target);
        return problem ? [`${target}: ${problem}`] : [];
      });
    expect(broken).toEqual([]);
  });

  it('resolves every docs/….md#anchor that code and docs cite', () => {
    const broken: string[] = [];
    for (const file of text) {
      const body = readFileSync(file, 'utf8');
      for (const [, doc, anchor] of body.matchAll(/\b(docs\/[\w-]+\.md)#([\w-]+)/g)) {
        const problem = problemWith(join(root, 'x'), `${doc}#${anchor}`);
        if (problem) broken.push(`${relative(root, file)}: ${doc}#${anchor}: ${problem}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('cites nothing outside the repository: no behaviour-reference file, no §A/§B/§C sections', () => {
    const outside = /portos-behaviour\.md|\.\.\/shared\/|§[ABC]\b/;
    const offending = text
      .filter((file) => file !== fileURLToPath(import.meta.url))
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .flatMap((line, i) => (outside.test(line) ? [`${relative(root, file)}:${i + 1}: ${line.trim().slice(0, 120)}`] : [])),
      );
    expect(offending).toEqual([]);
  });
});
