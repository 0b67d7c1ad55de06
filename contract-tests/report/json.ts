/**
 * The JSON report: the {@link Report} itself, with failures capped per check so a badly broken server
 * does not produce a huge file.
 */
import type { Report } from '../types.ts';
import { redactFailure } from './redact.ts';
import { reproduce } from './reproduce.ts';

const MAX_FAILURES = 50;

export function formatJsonReport(report: Report): string {
  // The journal is the HAR file's business (--har): hundreds of exchanges would drown the results.
  const { journal: _journal, ...rest } = report;
  const capped = {
    ...rest,
    results: report.results.map((result) => ({
      ...result,
      failureCount: result.failures.length,
      failures: result.failures.slice(0, MAX_FAILURES).map((failure) => {
        const reproduction = reproduce(failure);
        return { ...redactFailure(failure), ...(reproduction ? { reproduction } : {}) };
      }),
    })),
  };
  return `${JSON.stringify(capped, null, 2)}\n`;
}
