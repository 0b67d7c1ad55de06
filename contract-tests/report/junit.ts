/**
 * The JUnit XML report, one <testsuite> per check group and one <testcase> per check, for CI systems that
 * show test results (GitHub Actions, GitLab, Jenkins). JUnit has no "warning": a broken inferred rule is a
 * passing test case whose <system-out> starts with WARNING.
 */
import { ruleText } from '../rule-text.ts';
import type { CheckResult, Failure, Report } from '../types.ts';
import { reproductionLines } from './reproduce.ts';

const MAX_FAILURES = 20;

function escapeXml(text: string): string {
  return (
    text
      // Characters XML 1.0 cannot carry at all.
      // oxlint-disable-next-line no-control-regex -- these control characters are exactly what must go
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '\uFFFD')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

function failureText(failure: Failure): string {
  return [failure.message, ...reproductionLines(failure, '  ')].join('\n');
}

function details(result: CheckResult): string {
  // The reproduction hides secrets itself (as shell variables), so it starts from the raw failure.
  const rule = ruleText(result.name);
  const shown = [...(rule ? [`Rule (${rule.source}): ${rule.text}`] : []), ...result.failures.slice(0, MAX_FAILURES).map(failureText)];
  if (result.failures.length > MAX_FAILURES) shown.push(`… and ${result.failures.length - MAX_FAILURES} more`);
  return shown.join('\n\n');
}

function testcase(result: CheckResult): string {
  const open = `    <testcase classname="contract.${escapeXml(result.group)}" name="${escapeXml(result.name)}" time="${(result.durationMs / 1000).toFixed(3)}">`;
  const rule = ruleText(result.name);
  const ruleProperty = rule ? `<property name="rule" value="${escapeXml(rule.text)}"/>` : '';
  const properties = `      <properties><property name="basis" value="${result.basis}"/><property name="status" value="${result.status}"/>${ruleProperty}</properties>`;
  const body: string[] = [properties];
  if (result.status === 'fail') {
    const message = result.failures[0]?.message ?? 'failed';
    body.push(`      <failure message="${escapeXml(message)}" type="${result.basis}">${escapeXml(details(result))}</failure>`);
  } else if (result.status === 'skip') {
    body.push(`      <skipped message="${escapeXml(result.note ?? 'skipped')}"/>`);
  } else if (result.status === 'warn') {
    const why = result.unstable ? 'UNSTABLE (failed, then passed on its retry' : 'WARNING (inferred rule';
    body.push(`      <system-out>${escapeXml(`${why}, not failed without --strict-inferred)\n${details(result)}`)}</system-out>`);
  } else if (result.note) {
    body.push(`      <system-out>${escapeXml(result.note)}</system-out>`);
  }
  return [open, ...body, '    </testcase>'].join('\n');
}

/** The run's seed and options, so a JUnit-only CI page still says how to repeat the run. */
function runProperties(report: Report): string {
  const { skipped: _skipped, reports: _reports, ...options } = report.options;
  const properties = Object.entries(options).map(([name, value]) => `<property name="${escapeXml(name)}" value="${escapeXml(typeof value === 'string' ? value : JSON.stringify(value))}"/>`);
  if (report.coverage) properties.push(`<property name="statusCoverage" value="${report.coverage.statuses.percent}"/>`);
  return `    <properties>${properties.join('')}</properties>`;
}

export function formatJunitReport(report: Report): string {
  const groups = [...new Set(report.results.map((r) => r.group))];
  const suites = groups.map((group) => {
    const results = report.results.filter((r) => r.group === group);
    const failures = results.filter((r) => r.status === 'fail').length;
    const skipped = results.filter((r) => r.status === 'skip').length;
    const time = results.reduce((sum, r) => sum + r.durationMs, 0) / 1000;
    return [
      `  <testsuite name="${escapeXml(group)}" tests="${results.length}" failures="${failures}" errors="0" skipped="${skipped}" time="${time.toFixed(3)}" timestamp="${report.startedAt}">`,
      runProperties(report),
      ...results.map(testcase),
      '  </testsuite>',
    ].join('\n');
  });
  const { total, failed, skipped } = report.summary;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${escapeXml(`PORTOS contract checks: ${report.baseUrl}`)}" tests="${total}" failures="${failed}" errors="0" skipped="${skipped}" time="${(report.durationMs / 1000).toFixed(3)}">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}
