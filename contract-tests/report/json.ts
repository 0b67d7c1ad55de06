/**
 * The JSON report: the {@link Report} itself, with failures capped per check so a badly broken server
 * does not produce a huge file.
 */
import type { Report } from '../types.ts';
import { redactFailure } from './redact.ts';

const MAX_FAILURES = 50;

export function formatJsonReport(report: Report): string {
  const capped = {
    ...report,
    results: report.results.map((result) => ({
      ...result,
      failureCount: result.failures.length,
      failures: result.failures.slice(0, MAX_FAILURES).map(redactFailure),
    })),
  };
  return `${JSON.stringify(capped, null, 2)}\n`;
}
