/**
 * The counts every report shows, computed once so they agree: warnings are the checks that warned
 * (inferred rules, unstable checks) plus the coverage warnings (declared statuses not observed), and a
 * failed run names its failed checks.
 */
import { coverageWarnings } from '../coverage.ts';
import type { Report } from '../types.ts';

/** Failed checks named in the verdict line; the rest are counted. */
const NAMED_FAILURES = 5;

export function warningCount(report: Report): { checks: number; coverage: number; total: number } {
  const coverage = report.coverage ? coverageWarnings(report.coverage).length : 0;
  return { checks: report.summary.warned, coverage, total: report.summary.warnings ?? report.summary.warned + coverage };
}

/** `failed: a, b, c and 4 more`, or '' when nothing failed. */
export function failedNames(report: Report): string {
  const names = report.results.filter((r) => r.status === 'fail').map((r) => r.name);
  if (report.coverage?.gate && !report.coverage.gate.met) names.push('min_coverage');
  if (names.length === 0) return '';
  const shown = names.slice(0, NAMED_FAILURES).join(', ');
  return `failed: ${shown}${names.length > NAMED_FAILURES ? ` and ${names.length - NAMED_FAILURES} more` : ''}`;
}
