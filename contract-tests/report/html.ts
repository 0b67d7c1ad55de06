/**
 * `--html`: one self-contained page (inline CSS and JS; no fonts, scripts or images from anywhere) that
 * a reader takes in within half a minute: a summary band with the counts, then one section per group and
 * one card per check with its basis and the text of its rule, failing exchanges in
 * expandable <details> with the curl line and expected-versus-actual, filter buttons, and the coverage.
 *
 * Everything that came from the server is hostile input: it is only ever written through escapeHtml,
 * and nothing from the server reaches the script or an attribute that is not escaped.
 */
import type { Coverage } from '../coverage.ts';
import { coverageWarnings } from '../coverage.ts';
import { ruleText } from '../rule-text.ts';
import type { CheckResult, Failure, Report } from '../types.ts';
import { reproduce, tokenHowTo } from './reproduce.ts';
import { warningCount } from './summary.ts';

/** Failures rendered per check; the JSON report has up to 50, the HAR every exchange. */
const SHOWN_FAILURES = 20;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const h = escapeHtml;

/** Escaped text whose `backtick spans` (the kit's notes and rules use them) become <code>; `**bold**` marks dropped. */
function rich(text: string): string {
  return text
    .replace(/\*\*/g, '')
    .split(/(`[^`\n]+`)/)
    .map((part, i) => (i % 2 === 1 ? `<code>${h(part.slice(1, -1))}</code>` : h(part)))
    .join('');
}

const LABEL: Record<CheckResult['status'], string> = { pass: 'PASS', fail: 'FAIL', warn: 'WARN', skip: 'SKIP', info: 'INFO' };

const CSS = `
:root{--fail:#b3261e;--warn:#8a5a00;--pass:#1e6b34;--skip:#5f6368;--info:#1a5fb4;--line:#d9d9de;--bg:#fafafb}
*{box-sizing:border-box}body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d1d1f;background:var(--bg)}
header.band{padding:18px 24px;color:#fff;background:var(--pass)}header.band.failed{background:var(--fail)}
header h1{margin:0 0 6px;font-size:22px}header .meta{opacity:.92;font-size:13px}header .meta span{margin-right:14px;white-space:nowrap}
.counts{display:flex;gap:10px;margin:12px 0 4px;flex-wrap:wrap}.counts .count{background:rgba(255,255,255,.16);border-radius:6px;padding:6px 12px;font-size:13px}
.counts .count b{display:block;font-size:22px;line-height:1.1}
nav.filters{position:sticky;top:0;background:#fff;border-bottom:1px solid var(--line);padding:8px 24px;display:flex;gap:8px;z-index:1}
nav.filters button{font:inherit;font-size:13px;padding:4px 12px;border:1px solid var(--line);border-radius:14px;background:#fff;cursor:pointer}
nav.filters button[aria-pressed=true]{background:#1d1d1f;color:#fff;border-color:#1d1d1f}
main{padding:8px 24px 40px;max-width:1200px}section.group h2{font-size:16px;margin:22px 0 8px;text-transform:uppercase;letter-spacing:.04em;color:#444}
article.check{background:#fff;border:1px solid var(--line);border-left:5px solid var(--skip);border-radius:6px;padding:8px 12px;margin:6px 0}
article.check.status-fail{border-left-color:var(--fail)}article.check.status-warn{border-left-color:var(--warn)}article.check.status-pass{border-left-color:var(--pass)}article.check.status-info{border-left-color:var(--info)}
.check .head{display:flex;gap:10px;align-items:baseline;flex-wrap:wrap}.badge{font-weight:700;font-size:12px;padding:1px 7px;border-radius:4px;color:#fff;background:var(--skip)}
.status-fail .badge{background:var(--fail)}.status-warn .badge{background:var(--warn)}.status-pass .badge{background:var(--pass)}.status-info .badge{background:var(--info)}
.check .name{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-weight:600}.check .basis,.check .time{font-size:12px;color:#555}
.check .summary{margin:4px 0 0;color:#333;font-size:14px}.check .note{font-size:13px;color:#555;margin:2px 0 0}
details.failure{margin:6px 0 0;border-top:1px dashed var(--line);padding-top:6px}details.failure summary{cursor:pointer;font-size:14px}
dl.ea{display:grid;grid-template-columns:max-content 1fr;gap:2px 10px;margin:6px 0;font-size:13px}dl.ea dt{font-weight:600;color:#555}dl.ea dd{margin:0;word-break:break-word}
pre{background:#f3f3f5;border:1px solid var(--line);border-radius:4px;padding:6px 8px;overflow:auto;font:12.5px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;white-space:pre-wrap;word-break:break-all;margin:4px 0}
body[data-filter=fail] article.check:not(.status-fail),body[data-filter=warn] article.check:not(.status-warn){display:none}
body[data-filter=fail] section.group:not(:has(.status-fail)),body[data-filter=warn] section.group:not(:has(.status-warn)){display:none}
body[data-filter=fail] #coverage,body[data-filter=warn] #coverage:not(.has-warnings){display:none}
body[data-filter=warn] #coverage.has-warnings tr:not(.warning){display:none}body[data-filter=warn] #coverage thead tr{display:table-row}
.rule{font-size:13px;color:#444;margin:4px 0 0;padding-left:8px;border-left:3px solid var(--line)}
table{border-collapse:collapse;font-size:13px;background:#fff}th,td{border:1px solid var(--line);padding:3px 8px;text-align:left}td.zero{color:var(--warn);font-weight:600}
`;

const SCRIPT = `
document.querySelectorAll('nav.filters button').forEach(function (button) {
  button.addEventListener('click', function () {
    document.body.dataset.filter = button.dataset.filter;
    document.querySelectorAll('nav.filters button').forEach(function (b) { b.setAttribute('aria-pressed', String(b === button)); });
  });
});
`;

function failureHtml(failure: Failure): string {
  const r = reproduce(failure);
  const rows: string[] = [];
  if (failure.expected !== undefined) rows.push(`<dt>expected</dt><dd class="expected">${h(failure.expected)}</dd>`);
  if (failure.actual !== undefined) rows.push(`<dt>actual</dt><dd class="actual">${h(failure.actual)}</dd>`);
  if (r) {
    rows.push(`<dt>request</dt><dd>${h(`${r.request.method} ${r.request.url}`)}</dd>`);
    const headers = Object.entries(r.request.headers).map(([n, v]) => `${n}: ${v}`).join('\n');
    if (headers) rows.push(`<dt>headers</dt><dd><pre>${h(headers)}</pre></dd>`);
    if (r.request.body !== undefined) rows.push(`<dt>sent</dt><dd><pre>${h(r.request.body)}</pre></dd>`);
    if (r.response) {
      const shown = Object.entries(r.response.headers).map(([n, v]) => `${n}: ${v}`).join('\n');
      rows.push(`<dt>response</dt><dd>${r.response.status}${shown ? `<pre>${h(shown)}</pre>` : ''}</dd>`);
      rows.push(`<dt>body</dt><dd><pre>${r.response.body === '' ? '(empty)' : h(r.response.body)}</pre></dd>`);
    } else rows.push(`<dt>response</dt><dd>none (${h(r.error ?? 'unknown error')})</dd>`);
  }
  return [
    '<details class="failure">',
    `<summary>${h(failure.message)}</summary>`,
    rows.length ? `<dl class="ea">${rows.join('')}</dl>` : '',
    r ? `<div>Reproduce (set <code>PORTOS_TOKEN</code> first; the page's head says how):</div><pre class="curl">${h(r.curl)}</pre>` : '',
    '</details>',
  ].join('');
}

function checkHtml(result: CheckResult): string {
  const rule = ruleText(result.name);
  const basis = `<span class="basis">${result.basis}</span>`;
  const time = result.status === 'skip' ? '' : `<span class="time">${Math.round(result.durationMs)} ms</span>`;
  const failures = result.failures.slice(0, SHOWN_FAILURES).map(failureHtml).join('');
  const more = result.failures.length > SHOWN_FAILURES ? `<p class="note">… and ${result.failures.length - SHOWN_FAILURES} more in the JSON report</p>` : '';
  return [
    `<article class="check status-${result.status}" data-status="${result.status}" id="check-${h(result.name)}">`,
    `<div class="head"><span class="badge">${LABEL[result.status]}${result.unstable ? ' UNSTABLE' : ''}</span><span class="name">${h(result.name)}</span>${basis}${time}</div>`,
    `<p class="summary">${rich(result.summary)}</p>`,
    rule ? `<p class="rule">Rule (${h(rule.source)}): ${rich(rule.text)}</p>` : '',
    result.note ? `<p class="note">${rich(result.note)}</p>` : '',
    failures,
    more,
    '</article>',
  ].join('');
}

function coverageHtml(coverage: Coverage): string {
  const { declared, observed, percent } = coverage.statuses;
  const rows = coverage.statuses.items
    .map((i) => `<tr${i.observed === 0 ? ' class="warning"' : ''}><td>${h(`${i.method} ${i.path}`)}</td><td>${i.status}</td><td class="${i.observed === 0 ? 'zero' : ''}">${i.observed}</td><td>${h(i.reason ?? '')}</td></tr>`)
    .concat(coverage.undeclared.map((i) => `<tr><td>${h(`${i.method} ${i.path}`)}</td><td>${i.status} (not declared)</td><td class="zero">${i.observed}</td><td></td></tr>`))
    .join('');
  const used = (list: { name: string; count: number }[]) => list.map((r) => `<code>${h(r.name)}</code> ${r.count}`).join(', ');
  const edge = (seen: boolean) => (seen ? 'yes' : 'no');
  const gate = coverage.gate ? ` — <code>--min-coverage ${coverage.gate.minPercent}</code>: ${coverage.gate.met ? 'met' : '<b>not met</b>'}` : '';
  return [
    `<section class="group${coverageWarnings(coverage).length ? ' has-warnings' : ''}" id="coverage"><h2>Coverage</h2>`,
    `<p><b class="coverage-percent">${percent} %</b> of declared statuses observed (${observed} of ${declared})${gate}</p>`,
    `<table><thead><tr><th>operation</th><th>status</th><th>observed</th><th>why not</th></tr></thead><tbody>${rows}</tbody></table>`,
    `<p>Query parameters: ${used(coverage.queryParameters)}.<br>Operators: ${used(coverage.operators)}.<br>`,
    `Sorts (asc/desc): ${coverage.sorts.map((s) => `<code>${h(s.key)}</code> ${s.asc}/${s.desc}`).join(', ')}.<br>`,
    `Paging edges: <code>$skip</code> past the end ${edge(coverage.paging.skipPastEnd)}, <code>$take=0</code> ${edge(coverage.paging.takeZero)}, <code>$count=true</code> ${edge(coverage.paging.countTrue)}.</p>`,
    '</section>',
  ].join('');
}

export function formatHtmlReport(report: Report): string {
  const { passed, failed, skipped, info, requests } = report.summary;
  const warned = warningCount(report).total;
  const verdict = report.ok ? 'OK' : 'FAILED';
  const spec = report.spec ? `${report.spec.title} ${report.spec.version}` : 'the spec';
  const counts = ([['pass', passed, 'passed'], ['fail', failed, 'failed'], ['warn', warned, 'warnings'], ['skip', skipped, 'skipped'], ['info', info, 'info']] as const)
    .map(([key, n, label]) => `<span class="count" data-count="${key}"><b>${n}</b>${label}</span>`)
    .join('');
  const groups = [...new Set(report.results.map((r) => r.group))];
  const sections = groups
    .map((group) => `<section class="group" data-group="${h(group)}"><h2>${h(group)}</h2>${report.results.filter((r) => r.group === group).map((r) => checkHtml(r)).join('')}</section>`)
    .join('');
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">',
    // No request leaves the page: nothing but its own inline style and script may run.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">`,
    `<title>PORTOS contract: ${verdict} — ${h(report.baseUrl)}</title><style>${CSS}</style></head>`,
    '<body data-filter="all">',
    `<header class="band ${report.ok ? 'ok' : 'failed'}"><h1>PORTOS contract: ${verdict}</h1>`,
    `<div class="counts">${counts}</div>`,
    `<div class="meta"><span>server <b class="server">${h(report.baseUrl)}</b></span><span>spec ${h(spec)}</span><span>seed <b class="seed">${report.options.seed}</b></span>`,
    `<span>started ${h(report.startedAt)}</span><span>${(report.durationMs / 1000).toFixed(1)} s</span><span>${requests} requests</span></div>`,
    report.options.command ? `<div class="meta">repeat: <code>${h(report.options.command)}</code></div>` : '',
    report.results.some((r) => r.failures.length > 0) ? `<div class="meta">log in for the curl lines: <code class="token-howto">${h(tokenHowTo(report))}</code></div>` : '',
    '</header>',
    '<nav class="filters"><button data-filter="all" aria-pressed="true">All</button><button data-filter="fail" aria-pressed="false">Failures</button><button data-filter="warn" aria-pressed="false">Warnings</button></nav>',
    `<main>${sections}${report.coverage ? coverageHtml(report.coverage) : ''}</main>`,
    `<script>${SCRIPT}</script>`,
    '</body></html>',
    '',
  ].join('\n');
}
