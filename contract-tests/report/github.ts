/**
 * GitHub Actions workflow commands (printed when GITHUB_ACTIONS=true): one `::error` per failure and one
 * `::warning` per warning or unobserved declared status, so they show up as annotations on the run.
 */
import { coverageWarnings } from '../coverage.ts';
import type { Report } from '../types.ts';

/** Annotations per check: GitHub shows only the first few of a step anyway. */
const PER_CHECK = 10;

/** Escapes a command's message, as GitHub's toolkit does. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a command's property value (`title=`), which also may not carry `:` or `,`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatGithubAnnotations(report: Report): string[] {
  const lines: string[] = [];
  for (const result of report.results) {
    if (result.status !== 'fail' && result.status !== 'warn') continue;
    const command = result.status === 'fail' ? 'error' : 'warning';
    for (const failure of result.failures.slice(0, PER_CHECK)) {
      const where = failure.exchange ? ` (${failure.exchange.request.method} ${failure.exchange.request.url})` : '';
      lines.push(`::${command} title=${escapeProperty(result.name)}::${escapeData(`${failure.message}${where}`)}`);
    }
  }
  if (report.coverage) {
    for (const warning of coverageWarnings(report.coverage)) lines.push(`::warning title=coverage::${escapeData(warning)}`);
    const gate = report.coverage.gate;
    if (gate && !gate.met) lines.push(`::error title=coverage::${escapeData(`status coverage ${report.coverage.statuses.percent} % is below --min-coverage ${gate.minPercent}`)}`);
  }
  return lines;
}
