/**
 * The console report: one line per check, and for each failure what was expected, the request (METHOD
 * URL, headers, body), the response (status, headers, body excerpt) and a curl line that reproduces it.
 */
import { coverageWarnings, type Coverage } from '../coverage.ts';
import type { CheckResult, Failure, ProbeRow, Report } from '../types.ts';
import { reproductionLines, tokenHowTo } from './reproduce.ts';
import { failedNames, warningCount } from './summary.ts';

/** Failures shown per check; the JSON and JUnit reports carry more. */
const SHOWN_FAILURES = 5;

const MARK: Record<CheckResult['status'], string> = { pass: 'PASS', fail: 'FAIL', warn: 'WARN', skip: 'SKIP', info: 'INFO' };

/** The message, expected/actual, and the reproduction (request, answer, curl line). */
function formatFailure(failure: Failure): string[] {
  return [`    - ${failure.message}`, ...reproductionLines(failure, '      ')];
}

function formatResult(result: CheckResult): string[] {
  const basis = result.basis === 'inferred' ? ' (inferred)' : '';
  const time = result.status === 'skip' ? '' : ` ${Math.round(result.durationMs)} ms`;
  const note = result.note ? ` — ${result.note}` : '';
  const mark = result.unstable ? `${MARK[result.status]} UNSTABLE` : MARK[result.status];
  const lines = [`${mark}  ${result.name}${basis}${time}${note}`];
  if (result.failures.length > 0) {
    // The reproduction hides secrets itself (as shell variables), so it starts from the raw failure.
    for (const failure of result.failures.slice(0, SHOWN_FAILURES)) lines.push(...formatFailure(failure));
    if (result.failures.length > SHOWN_FAILURES) lines.push(`    … and ${result.failures.length - SHOWN_FAILURES} more`);
  }
  return lines;
}

function formatProbe(rows: readonly ProbeRow[]): string[] {
  const width = Math.max(...rows.map((row) => row.name.length), 8);
  return [
    'Probe (informational): what this server honours',
    `  ${'kind'.padEnd(9)}${'name'.padEnd(width + 2)}verdict`,
    ...rows.map((row) => `  ${row.kind.padEnd(9)}${row.name.padEnd(width + 2)}${row.verdict}${row.status !== undefined && row.verdict !== 'honoured' ? ` (${row.status})` : ''}`),
  ];
}

/** The coverage section: status coverage, each declared status not observed (a warning), the rest in brief. */
function formatCoverage(coverage: Coverage): string[] {
  const { declared, observed, percent } = coverage.statuses;
  const lines = [`Coverage: ${observed} of ${declared} declared statuses observed (${percent} %)`];
  for (const warning of coverageWarnings(coverage)) lines.push(`  WARN  ${warning}`);
  for (const u of coverage.undeclared) lines.push(`  undeclared: ${u.method} ${u.path} answered ${u.status} (${u.observed}×), which the spec does not declare`);
  const used = (rows: { name: string; count: number }[]) => rows.filter((r) => r.count > 0).map((r) => `${r.name} ${r.count}`).join(', ') || 'none';
  lines.push(`  query parameters: ${used(coverage.queryParameters)}`);
  lines.push(`  operators: ${used(coverage.operators)}`);
  const sorted = coverage.sorts.filter((s) => s.asc > 0 && s.desc > 0).length;
  lines.push(`  sort keys used both ways: ${sorted} of ${coverage.sorts.length}`);
  const edge = (seen: boolean) => (seen ? 'yes' : 'no');
  lines.push(`  paging edges: $skip past the end ${edge(coverage.paging.skipPastEnd)}, $take=0 ${edge(coverage.paging.takeZero)}, $count=true ${edge(coverage.paging.countTrue)}`);
  if (coverage.gate && !coverage.gate.met) lines.push(`  FAIL  status coverage ${percent} % is below --min-coverage ${coverage.gate.minPercent}`);
  return lines;
}

/** The whole report as text: the check lines, the probe table, and a summary line. */
export function formatConsoleReport(report: Report): string {
  const lines = [`Contract checks against ${report.baseUrl}`, ''];
  for (const result of report.results) lines.push(...formatResult(result));
  if (report.probe) lines.push('', ...formatProbe(report.probe));
  if (report.coverage) lines.push('', ...formatCoverage(report.coverage));
  const { passed, failed, skipped, info, requests } = report.summary;
  // The verdict stays the last line (CI logs and the benchmark read the tail).
  lines.push('');
  if (report.results.some((r) => r.failures.length > 0)) {
    if (report.options.auth?.kind === 'apiKey') lines.push(`The node lines sign each request again with $PORTOS_API_KEY and $PORTOS_API_SECRET (run them where portos-mock is installed): ${tokenHowTo(report)}`);
    else lines.push(`The curl lines need $PORTOS_TOKEN (and $PORTOS_PASSWORD where used); to log in: ${tokenHowTo(report)}`);
  }
  if (report.options.command) lines.push(`Repeat this run: ${report.options.command}`);
  const warnings = warningCount(report);
  const kinds = [
    ...(warnings.checks ? [`${warnings.checks} checks${report.options.strictInferred ? '' : ', --strict-inferred makes them fail'}`] : []),
    ...(warnings.coverage ? [`${warnings.coverage} coverage`] : []),
  ];
  const names = failedNames(report);
  lines.push(
    `${report.ok ? 'OK' : 'FAILED'}: ${passed} passed, ${failed} failed, ${warnings.total} warnings${kinds.length ? ` (${kinds.join('; ')})` : ''}, ${skipped} skipped${info ? `, ${info} info` : ''}; ${requests} requests in ${(report.durationMs / 1000).toFixed(1)} s${names ? `; ${names}` : ''}`,
  );
  return lines.join('\n');
}
