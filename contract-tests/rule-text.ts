/**
 * The text of the rule a check enforces, read from the docs RULE_DOCS points at (docs/behaviour.md's
 * anchored rows, docs/ndata.md's sections, the checks table of docs/contract-tests.md). Reports carry
 * this text, not a link into a clone's docs (dead in an uploaded CI artifact).
 */
import { readFileSync } from 'node:fs';
import { ruleDoc, ruleName } from './rules.ts';

/** The most characters of rule text a report quotes. */
const MAX_RULE_CHARS = 700;

const files = new Map<string, string[]>();

function linesOf(path: string): string[] {
  let lines = files.get(path);
  if (!lines) {
    lines = readFileSync(new URL(`../${path}`, import.meta.url), 'utf8').split('\n');
    files.set(path, lines);
  }
  return lines;
}

/** A Markdown table row's cells, outer pipes dropped (`\|` inside a cell kept). */
function cells(row: string): string[] {
  return row.replace(/^\s*\|/, '').replace(/\|\s*$/, '').split(/(?<!\\)\|/).map((cell) => cell.trim());
}

function clean(text: string): string {
  const flat = text.replace(/<a id="[^"]*"><\/a>/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\s+/g, ' ').trim();
  return flat.length > MAX_RULE_CHARS ? `${flat.slice(0, MAX_RULE_CHARS)}…` : flat;
}

function slug(heading: string): string {
  return heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, '').replace(/\s/g, '-');
}

/** The text under an anchor: a table row's rule (and its basis), the paragraph after a lone anchor, or a section's rules. */
function textAt(path: string, anchor: string, checkName: string): string | undefined {
  const lines = linesOf(path);
  // The checks table: the check's own row says what a pass proves.
  if (anchor === 'the-checks' || anchor === 'every-resource') {
    const documented = ruleName(checkName) === checkName ? checkName : `${ruleName(checkName)}[r]`;
    const row = lines.find((line) => line.startsWith(`| \`${documented}\``));
    return row ? clean(cells(row)[3] ?? '') : undefined;
  }
  const tag = `<a id="${anchor}"></a>`;
  const at = lines.findIndex((line) => line.includes(tag));
  if (at >= 0) {
    const line = lines[at]!;
    if (line.trimStart().startsWith('|')) {
      const [rule = '', basis = ''] = cells(line);
      return clean(`${rule} (${basis})`);
    }
    const paragraph: string[] = [];
    for (let i = at; i < lines.length && (i === at || lines[i]!.trim() !== ''); i++) paragraph.push(lines[i]!);
    return clean(paragraph.join(' '));
  }
  const heading = lines.findIndex((line) => /^#{1,6} /.test(line) && slug(line.replace(/^#+ /, '')) === anchor);
  if (heading < 0) return undefined;
  const parts: string[] = [];
  for (let i = heading + 1; i < lines.length && !/^#{1,6} /.test(lines[i]!); i++) {
    const line = lines[i]!.trim();
    if (line === '' || line.startsWith('*Where:*') || /^\|[-|\s]+\|$/.test(line)) continue;
    if (line.startsWith('|')) {
      const first = cells(line)[0] ?? '';
      if (first !== 'behaviour') parts.push(`${first};`);
    } else parts.push(line);
  }
  return clean(parts.join(' '));
}

/** The rule a check enforces, as text, and where it is written (`docs/behaviour.md#token-rejected`). */
export function ruleText(checkName: string): { source: string; text: string } | undefined {
  const source = ruleDoc(checkName);
  if (!source) return undefined;
  const [path, anchor] = source.split('#') as [string, string];
  const text = textAt(path, anchor, checkName);
  return text ? { source, text } : undefined;
}
