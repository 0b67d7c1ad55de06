/**
 * The console report: one line per check, and for each failure the request (METHOD URL) and the
 * response (status, headers, body excerpt) that showed it.
 */
import { describeRequest, excerpt } from '../target.ts';
import type { CheckResult, Exchange, Failure, ProbeRow, Report } from '../types.ts';
import { redactFailure } from './redact.ts';

/** Failures shown per check; the JSON and JUnit reports carry more. */
const SHOWN_FAILURES = 5;
const SHOWN_HEADERS = ['content-type', 'content-length', 'www-authenticate', 'location'];

const MARK: Record<CheckResult['status'], string> = { pass: 'PASS', fail: 'FAIL', warn: 'WARN', skip: 'SKIP', info: 'INFO' };

export function formatExchange(exchange: Exchange, indent = '      '): string[] {
  const lines = [`${indent}request:  ${describeRequest(exchange)}`];
  if (exchange.error) {
    lines.push(`${indent}response: none (${exchange.error})`);
    return lines;
  }
  const response = exchange.response!;
  const headers = SHOWN_HEADERS.filter((name) => response.headers[name] !== undefined).map((name) => `${name}: ${response.headers[name]}`);
  lines.push(`${indent}response: ${response.status}${headers.length ? ` (${headers.join('; ')})` : ''}`);
  if (response.text) lines.push(`${indent}body:     ${excerpt(response.text, 300)}`);
  return lines;
}

function formatFailure(failure: Failure): string[] {
  return [`    - ${failure.message}`, ...(failure.exchange ? formatExchange(failure.exchange) : [])];
}

export function formatResult(result: CheckResult): string[] {
  const basis = result.basis === 'inferred' ? ' (inferred)' : '';
  const time = result.status === 'skip' ? '' : ` ${Math.round(result.durationMs)} ms`;
  const note = result.note ? ` — ${result.note}` : '';
  const lines = [`${MARK[result.status]}  ${result.name}${basis}${time}${note}`];
  if (result.failures.length > 0) {
    for (const failure of result.failures.slice(0, SHOWN_FAILURES)) lines.push(...formatFailure(redactFailure(failure)));
    if (result.failures.length > SHOWN_FAILURES) lines.push(`    … and ${result.failures.length - SHOWN_FAILURES} more`);
  }
  return lines;
}

export function formatProbe(rows: readonly ProbeRow[]): string[] {
  const width = Math.max(...rows.map((row) => row.name.length), 8);
  return [
    'Probe (informational): what this server honours',
    `  ${'kind'.padEnd(9)}${'name'.padEnd(width + 2)}verdict`,
    ...rows.map((row) => `  ${row.kind.padEnd(9)}${row.name.padEnd(width + 2)}${row.verdict}${row.status !== undefined && row.verdict !== 'honoured' ? ` (${row.status})` : ''}`),
  ];
}

/** The whole report as text: the check lines, the probe table, and a summary line. */
export function formatConsoleReport(report: Report): string {
  const lines = [`Contract checks against ${report.baseUrl}`, ''];
  for (const result of report.results) lines.push(...formatResult(result));
  if (report.probe) lines.push('', ...formatProbe(report.probe));
  const { passed, failed, warned, skipped, requests } = report.summary;
  lines.push(
    '',
    `${failed === 0 ? 'OK' : 'FAILED'}: ${passed} passed, ${failed} failed, ${warned} warnings (inferred rules${report.options.strictInferred ? '' : '; --strict-inferred makes them fail'}), ${skipped} skipped; ${requests} requests in ${(report.durationMs / 1000).toFixed(1)} s`,
  );
  return lines.join('\n');
}
