/**
 * The Markdown summary (`--markdown`, and GitHub's step summary): counts, each failure and warning with
 * its curl line, the coverage table, and the command that repeats the run. Compact on purpose: a CI page
 * shows it above the fold.
 */
import type { Coverage } from '../coverage.ts';
import { ruleText } from '../rule-text.ts';
import type { CheckResult, Report } from '../types.ts';
import { reproduce, tokenHowTo } from './reproduce.ts';
import { failedNames, warningCount } from './summary.ts';

/** Failures shown per check; the JSON and HTML reports carry more. */
const SHOWN_FAILURES = 3;

/**
 * Text for a Markdown line or table cell, shown as written: every character Markdown or GitHub would
 * read as syntax (emphasis, code, links and images, HTML, headings, tables) is escaped, newlines flattened.
 */
export function mdText(text: string): string {
  return text
    .replace(/\r\n?|\n/g, ' ')
    .replace(/[\\`*_{}[\]()#+!|~]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** Inline code that no text can end early: the fence is longer than any backtick run inside. */
export function code(text: string): string {
  const flat = text.replace(/\r\n?|\n/g, ' ');
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  // A space pads text that starts or ends with a backtick (CommonMark strips one on each side).
  const pad = longest > 0 || flat.startsWith(' ') || flat.endsWith(' ') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** Text whose `backtick spans` are code (the kit's notes and rules use them); everything else escaped. */
export function mdRich(text: string): string {
  return text
    .split(/(`[^`\n]+`)/)
    .map((part, i) => (i % 2 === 1 ? code(part.slice(1, -1)) : mdText(part)))
    .join('');
}

/** A fenced block whose fence is longer than any backtick run inside. */
function block(language: string, text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${language}\n${text}\n${fence}`;
}

function summaryLine(report: Report): string {
  const { passed, failed, skipped, info, requests } = report.summary;
  const names = failedNames(report);
  return `${report.ok ? 'OK' : 'FAILED'}: ${passed} passed, ${failed} failed, ${warningCount(report).total} warnings, ${skipped} skipped, ${info} info; ${requests} requests in ${(report.durationMs / 1000).toFixed(1)} s${names ? `; ${mdText(names)}` : ''}`;
}

function resultSection(result: CheckResult): string[] {
  const mark = `${result.status === 'fail' ? 'FAIL' : 'WARN'}${result.unstable ? ' UNSTABLE' : ''}`;
  const lines = [`### ${mark} ${code(result.name)} (${result.group}, ${result.basis})`, '', mdRich(result.summary), ''];
  const rule = ruleText(result.name);
  if (rule) lines.push(`> Rule (${code(rule.source)}): ${mdRich(rule.text)}`, '');
  for (const failure of result.failures.slice(0, SHOWN_FAILURES)) {
    lines.push(`- ${mdText(failure.message)}`);
    if (failure.expected !== undefined) lines.push(`  - expected: ${mdText(failure.expected)}`);
    if (failure.actual !== undefined) lines.push(`  - actual: ${mdText(failure.actual)}`);
    const r = reproduce(failure);
    if (r) {
      lines.push(`  - answered: ${r.response ? `${r.response.status}${r.response.body ? ` ${code(r.response.body.slice(0, 200))}` : ' with an empty body'}` : `no response (${mdText(r.error ?? '')})`}`);
      lines.push('', block('sh', r.curl).replace(/^/gm, '  '), '');
    }
  }
  if (result.failures.length > SHOWN_FAILURES) lines.push(`- … and ${result.failures.length - SHOWN_FAILURES} more (see the JSON or HTML report)`);
  lines.push('');
  return lines;
}

function coverageTable(coverage: Coverage): string[] {
  const { declared, observed, percent } = coverage.statuses;
  const lines = [`**Status coverage: ${percent} %** (${observed} of ${declared} declared statuses observed)${coverage.gate ? `; --min-coverage ${coverage.gate.minPercent}: ${coverage.gate.met ? 'met' : '**not met**'}` : ''}`, ''];
  lines.push('| operation | status | observed | why not |', '|---|---|---|---|');
  for (const item of coverage.statuses.items) lines.push(`| ${code(`${item.method} ${item.path}`)} | ${item.status} | ${item.observed} | ${item.reason ? mdText(item.reason) : ''} |`);
  for (const item of coverage.undeclared) lines.push(`| ${code(`${item.method} ${item.path}`)} | ${item.status} (not declared) | ${item.observed} | |`);
  const used = (rows: { name: string; count: number }[]) => rows.map((r) => `${code(r.name)} ${r.count}`).join(', ');
  lines.push('', `Query parameters: ${used(coverage.queryParameters)}.`, `Operators: ${used(coverage.operators)}.`);
  lines.push(`Sorts (asc/desc): ${coverage.sorts.map((s) => `${code(s.key)} ${s.asc}/${s.desc}`).join(', ')}.`);
  const edge = (seen: boolean) => (seen ? 'yes' : 'no');
  lines.push(`Paging edges: \`$skip\` past the end ${edge(coverage.paging.skipPastEnd)}, \`$take=0\` ${edge(coverage.paging.takeZero)}, \`$count=true\` ${edge(coverage.paging.countTrue)}.`);
  return lines;
}

export function formatMarkdownReport(report: Report): string {
  const title = report.spec ? `${report.spec.title} ${report.spec.version}` : 'the spec';
  const lines = [
    `# PORTOS contract: ${report.ok ? 'OK' : 'FAILED'}`,
    '',
    `${summaryLine(report)}.`,
    '',
    `Server ${code(report.baseUrl)} checked against ${mdText(title)}; seed ${report.options.seed}; started ${report.startedAt}.`,
    '',
  ];
  const bad = report.results.filter((r) => r.status === 'fail' || r.status === 'warn');
  if (bad.length) {
    lines.push(
      '## Failures and warnings',
      '',
      'Each curl line repeats the request; set `PORTOS_TOKEN` (and `PORTOS_PASSWORD` where used) first. To log in and set it:',
      '',
      block('sh', tokenHowTo(report)),
      '',
    );
    for (const result of bad) lines.push(...resultSection(result));
  }
  const skipped = report.results.filter((r) => r.status === 'skip');
  if (skipped.length) {
    lines.push('## Skipped', '', ...skipped.map((r) => `- ${code(r.name)}: ${mdRich(r.note ?? 'skipped')}`), '');
  }
  if (report.coverage) lines.push('## Coverage', '', ...coverageTable(report.coverage), '');
  if (report.options.command) lines.push('## Repeat this run', '', block('sh', report.options.command), '');
  return `${lines.join('\n').trimEnd()}\n`;
}
