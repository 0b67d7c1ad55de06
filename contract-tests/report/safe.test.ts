/**
 * The reports' redaction and escaping pass (safe.ts) maps the journal without its parsed bodies and gives
 * the human-readable reports no journal (issue #18: mapping every body twice was most of the reports'
 * cost). Proven here: every report file and the console come out byte for byte as when every string of
 * the whole report is mapped, on a real run whose journal carries secrets and control characters.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runChecks } from '../run.ts';
import { mapStrings, REDACTED, Secrets } from '../secrets.ts';
import { MOCK_LOGIN, startMock } from '../test-helpers.ts';
import type { Exchange, Report } from '../types.ts';
import { formatConsoleReport } from './console.ts';
import { escapeControl, jsonSafe, jsonSafePieces } from './escape.ts';
import { formatGithubAnnotations } from './github.ts';
import { formatHarReport, harPieces } from './har.ts';
import { formatHtmlReport } from './html.ts';
import { formatJsonReport } from './json.ts';
import { formatJunitReport } from './junit.ts';
import { formatMarkdownReport } from './markdown.ts';
import { safeReports } from './safe.ts';

const SECRET = 'hostile-secret-7Qx';
const HOSTILE = `\u001b[2J\r\n::error::pwn \u007f\u0085\u2028 ${SECRET} Používateľ`;

/** Every text the CLI writes or prints from the two reports, as main.ts writes them. */
function outputs(redacted: Report, shown: Report, secrets: Secrets): string[] {
  const file = (text: string) => secrets.redact(text);
  return [
    formatConsoleReport(shown),
    formatGithubAnnotations(shown).join('\n'),
    file(formatJunitReport(shown)),
    file(jsonSafe(formatJsonReport(redacted))),
    file(formatMarkdownReport(shown)),
    // In pieces, as main.ts writes it (the next describe holds it to the whole text).
    [...secrets.redactPieces(jsonSafePieces(harPieces(redacted)))].join(''),
    file(formatHtmlReport(shown)),
  ];
}

describe('18 the reports map the journal once, without its parsed bodies', () => {
  let mock: { url: string; close(): Promise<void> };
  let report: Report;
  const secrets = new Secrets();
  beforeAll(async () => {
    mock = await startMock();
    report = await runChecks({ target: { baseUrl: mock.url, ...MOCK_LOGIN, secrets }, destructive: false, probe: false, fuzz: 0, seed: 1, only: ['count'] });
    secrets.add(SECRET);
    // A server that echoes a secret and control characters everywhere: texts, parsed bodies, headers, URLs.
    const hostile: Exchange = {
      operationId: 'listSessions',
      request: { method: 'GET', url: `${mock.url}/sessions?q=${encodeURIComponent(HOSTILE)}`, headers: { 'x-echo': HOSTILE }, body: HOSTILE },
      response: { status: 400, headers: { 'content-type': 'application/json', 'x-echo': HOSTILE }, text: JSON.stringify({ detail: HOSTILE }), json: { detail: HOSTILE, nested: [{ [HOSTILE]: HOSTILE }] } },
      durationMs: 1,
    };
    report.journal = [...(report.journal ?? []), hostile];
    report.results.push({ name: 'hostile', group: 'count', basis: 'documented', summary: HOSTILE, status: 'fail', failures: [{ message: HOSTILE, exchange: hostile, expected: HOSTILE, actual: HOSTILE }], durationMs: 1 });
  });
  afterAll(() => mock?.close());

  it('every report and the console are the same as when every string of the whole report is mapped', () => {
    const everything = mapStrings(report, (text) => secrets.redact(text));
    const before = outputs(everything, mapStrings(everything, escapeControl), secrets);
    const { redacted, shown } = safeReports(report, secrets);
    const after = outputs(redacted, shown, secrets);
    expect(after).toEqual(before);
    for (const text of after) expect(text).not.toContain(SECRET);
    expect(after.join('\n')).toContain(REDACTED);
  });

  it('the journal keeps every exchange, redacted, without parsed bodies; the shown report has none', () => {
    const { redacted, shown } = safeReports(report, secrets);
    expect(redacted.journal).toHaveLength(report.journal!.length);
    expect(redacted.journal!.every((exchange) => exchange.response === undefined || exchange.response.json === undefined)).toBe(true);
    expect(JSON.stringify(redacted.journal)).not.toContain(SECRET);
    expect(shown.journal).toBeUndefined();
    // The failures' exchanges keep their parsed bodies, redacted and (in `shown`) escaped.
    const failure = shown.results.find((r) => r.name === 'hostile')!.failures[0]!;
    expect(failure.exchange!.response!.json).toEqual(mapStrings(mapStrings(report.journal!.at(-1)!.response!.json, (t) => secrets.redact(t)), escapeControl));
  });

  it('18 the HAR written in pieces is byte for byte the HAR made whole, a secret that spans two entries included', () => {
    const { redacted } = safeReports(report, secrets);
    const whole = secrets.redact(jsonSafe(formatHarReport(redacted)));
    // A "secret" made of the text between two entries: only the whole text shows it in one piece.
    const spanning = new Secrets();
    spanning.add(SECRET);
    spanning.add('"},{"startedDateTime":"');
    for (const kit of [secrets, spanning]) {
      const pieces = [...kit.redactPieces(jsonSafePieces(harPieces(redacted)))];
      expect(pieces.length).toBeGreaterThan(report.journal!.length);
      expect(pieces.join('')).toBe(kit.redact(jsonSafe(formatHarReport(redacted))));
    }
    // One match between every two entries: each spans two pieces.
    expect(spanning.redact(whole).split(REDACTED).length - whole.split(REDACTED).length).toBe(report.journal!.length - 1);
    expect(whole).not.toContain(SECRET);
  });

  it("keeps a server's own __proto__ member a member, not the copy's prototype", () => {
    const parsed = JSON.parse('{"__proto__": {"polluted": "x"}, "a": "b"}') as Record<string, unknown>;
    const copy = mapStrings(parsed, (text) => text.toUpperCase());
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.keys(copy)).toEqual(['__proto__', 'a']);
    expect(JSON.stringify(copy)).toBe('{"__proto__":{"polluted":"X"},"a":"B"}');
  });
});
