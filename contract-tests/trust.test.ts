/**
 * Issue 16's contract-kit items, unit by unit: the control-character escaper, the by-value redactor,
 * the workflow-command encoder, the Markdown escaper, the unstable-check verdict, the counters and the
 * rule text the reports quote. The hostile servers themselves are in hostile-servers.e2e.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checks } from './checks/index.ts';
import { CheckContext } from './context.ts';
import { escapeControl, jsonSafe, terminalSafe } from './report/escape.ts';
import { escapeData, escapeProperty, formatGithubAnnotations } from './report/github.ts';
import { code, mdRich, mdText } from './report/markdown.ts';
import { formatConsoleReport } from './report/console.ts';
import { tokenHowTo } from './report/reproduce.ts';
import { ruleText } from './rule-text.ts';
import { checkVerdict, runChecks } from './run.ts';
import { mapStrings, REDACTED, Secrets } from './secrets.ts';
import { Target } from './target.ts';
import { compose, MOCK_LOGIN, rewriteJson, startMock } from './test-helpers.ts';
import type { Failure, Report } from './types.ts';

describe('16.3 the control-character escaper', () => {
  it('escapes C0, DEL, C1, ESC sequences, CR/LF and U+2028/2029 so a server string stays on one line', () => {
    const hostile = 'a\u001b[2J\u001b]0;t\u0007\r\n::error::x\u007f\u009b\u2028\u2029\tb\u0000';
    const shown = escapeControl(hostile);
    expect(shown).toBe('a\\u001b[2J\\u001b]0;t\\u0007\\r\\n::error::x\\u007f\\u009b\\u2028\\u2029\\tb\\u0000');
    // oxlint-disable-next-line no-control-regex -- the assertion is that none is left
    expect(shown).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
  });

  it('16.3 server strings cannot start a workflow command: terminalSafe indents any line that would', () => {
    expect(terminalSafe('ok line\n::stop-commands::pwn\n  - fine')).toBe('ok line\n ::stop-commands::pwn\n  - fine');
    expect(terminalSafe(`PASS  x — ${escapeControl('q\n::error title=Injected::y')}`).split('\n')).toHaveLength(1);
  });

  it('writes DEL, C1 and U+2028/2029 in JSON as \\u escapes, the same JSON value', () => {
    const text = JSON.stringify({ s: 'a\u007f\u0085\u2028b' });
    expect(jsonSafe(text)).toBe('{"s":"a\\u007f\\u0085\\u2028b"}');
    expect(JSON.parse(jsonSafe(text))).toEqual({ s: 'a\u007f\u0085\u2028b' });
  });
});

describe('16.3 the workflow-command encoder', () => {
  it('encodes data and properties as GitHub documents (% CR LF; also : and , in properties)', () => {
    expect(escapeData('50% done\r\n::x')).toBe('50%25 done%0D%0A::x');
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
  });

  it("the kit's annotations are one line each, whatever the failure says", () => {
    const report = {
      results: [{ name: 'n:a,me', group: 'g', basis: 'documented', summary: '', status: 'fail', failures: [{ message: 'x\n::error::y %' }], durationMs: 0 }],
    } as unknown as Report;
    expect(formatGithubAnnotations(report)).toEqual(['::error title=n%3Aa%2Cme::x%0A::error::y %25']);
  });
});

describe('16.2 the by-value redactor', () => {
  it('replaces every known secret in any spelling: as is, in a JSON string, URL-encoded, HTML-escaped', () => {
    const secrets = new Secrets();
    secrets.add('pa"ss<w&rd');
    secrets.add('tok.en-123');
    const text = `x pa"ss<w&rd ${JSON.stringify('pa"ss<w&rd')} ${encodeURIComponent('pa"ss<w&rd')} pa&quot;ss&lt;w&amp;rd Bearer tok.en-123.`;
    const out = secrets.redact(text);
    expect(out).not.toContain('tok.en-123');
    expect(out).not.toMatch(/ss.?.?.?.?w/);
    expect(out.split(REDACTED)).toHaveLength(6);
  });

  it('learns secret members of answers by name, at any depth and letter case, and one call adds any other secret', () => {
    const secrets = new Secrets();
    secrets.learnFrom({ a: [{ TokenId: 'jwt-value-1' }], refreshToken: 'refresh-value-2', other: 'public-value' });
    secrets.add('api-secret-or-signature');
    expect(secrets.redact('jwt-value-1 refresh-value-2 public-value api-secret-or-signature')).toBe(`${REDACTED} ${REDACTED} public-value ${REDACTED}`);
  });

  it('redacts every string of a report, deep, keeping its shape', () => {
    const secrets = new Secrets();
    secrets.add('hunter22');
    expect(mapStrings({ a: ['x hunter22', { b: 'hunter22' }], n: 3 }, (t) => secrets.redact(t))).toEqual({ a: [`x ${REDACTED}`, { b: REDACTED }], n: 3 });
  });

  it('the target registers the password, its token and every token an answer carries', async () => {
    const secrets = new Secrets();
    const fetch = async () => new Response(JSON.stringify({ tokenId: 'server-token-9', refreshToken: 'server-refresh-9' }), { status: 200 });
    const target = new Target({ baseUrl: 'http://127.0.0.1:9', user: 'u', device: 'd', password: 'my-password', secrets, fetch });
    await target.loginWithCredentials();
    expect(secrets.redact('my-password server-token-9 server-refresh-9')).toBe(`${REDACTED} ${REDACTED} ${REDACTED}`);
  });
});

describe('16.6 the Markdown escaper', () => {
  it('escapes link, image, emphasis and HTML syntax in text', () => {
    const shown = mdText('![x](http://evil.example/a.png) [click](javascript:alert(1)) <img src=x> **b** | `c`');
    expect(shown).not.toMatch(/(?<!\\)[[\]()`*|]/);
    expect(shown).not.toContain('<');
  });

  it('fences a code span with more backticks than any run inside, so two backticks cannot end it', () => {
    expect(code('a``b')).toBe('``` a``b ```');
    expect(code('plain')).toBe('`plain`');
    expect(code('x`')).toBe('`` x` ``');
  });

  it("renders the kit's own `code` spans as code and escapes the rest", () => {
    expect(mdRich('needs `--destructive` [here](x)')).toBe('needs `--destructive` \\[here\\]\\(x\\)');
  });
});

describe('16.7 the unstable-check verdict', () => {
  const first: Failure[] = [{ message: 'item 0 out of order' }];

  it('a check that fails and then passes on its retry is a warning carrying the first attempt, never a pass', () => {
    const verdict = checkVerdict({ basis: 'documented' }, [], first, { strictInferred: false });
    expect(verdict.status).toBe('warn');
    expect(verdict.unstable).toBe(true);
    expect(verdict.failures[0]?.message).toMatch(/^UNSTABLE: failed on the first attempt, passed on the retry: item 0 out of order/);
  });

  it('is a failure under --strict-inferred / --strict', () => {
    expect(checkVerdict({ basis: 'inferred' }, [], first, { strictInferred: true }).status).toBe('fail');
  });

  it('retryOnce keeps the first attempt when the retry passes, and only the retry counts as failures', async () => {
    const ctx = new CheckContext({} as Target, {} as never, {}, 'documented');
    let n = 0;
    await ctx.retryOnce(async () => (n++ === 0 ? first : []));
    expect(ctx.failures).toEqual([]);
    expect(ctx.unstable).toEqual(first);
  });

  describe('against a mock that answers a sorted list wrong once', () => {
    let mock: { url: string; close(): Promise<void> };
    beforeAll(async () => {
      mock = await startMock();
    });
    afterAll(async () => {
      await mock?.close();
    });

    it('reports the sort check UNSTABLE (a warning), and a failure under --strict-inferred', async () => {
      const flipOnce = () => {
        let flipped = false;
        return compose(
          rewriteJson(
            (request) => request.method === 'GET' && new URL(request.url).search.includes('sort') && !flipped,
            (body: { items?: unknown[] }) => {
              flipped = true;
              body.items?.reverse();
              return body;
            },
          ),
        );
      };
      for (const strictInferred of [false, true]) {
        const report = await runChecks({ target: { baseUrl: mock.url, ...MOCK_LOGIN, fetch: flipOnce() }, only: ['sort_top_level'], strictInferred });
        const result = report.results.find((r) => r.name === 'sort_top_level')!;
        expect(result).toMatchObject({ status: strictInferred ? 'fail' : 'warn', unstable: true });
        expect(formatConsoleReport(report)).toMatch(/UNSTABLE {2}sort_top_level/);
      }
    });
  });
});

describe('16.17 counters, the failed checks and the rules the reports cite', () => {
  it('the verdict line counts coverage warnings and names the failed checks, a few and "and N more"', () => {
    const results = Array.from({ length: 7 }, (_, i) => ({ name: `c${i}`, group: 'g', basis: 'documented', summary: '', status: 'fail', failures: [], durationMs: 0 }));
    const report = {
      baseUrl: 'http://x',
      durationMs: 0,
      options: { strictInferred: false },
      results,
      coverage: { statuses: { declared: 1, observed: 0, percent: 0, items: [{ operationId: 'o', method: 'DELETE', path: '/p', status: 204, observed: 0 }] }, undeclared: [], queryParameters: [], operators: [], sorts: [], paging: { skipPastEnd: true, takeZero: true, countTrue: true } },
      summary: { total: 7, passed: 0, failed: 7, warned: 0, warnings: 1, skipped: 0, info: 0, requests: 0 },
      ok: false,
    } as unknown as Report;
    const last = formatConsoleReport(report).split('\n').at(-1)!;
    expect(last).toMatch(/^FAILED: 0 passed, 7 failed, 1 warnings \(1 coverage\)/);
    expect(last).toMatch(/failed: c0, c1, c2, c3, c4 and 2 more$/);
  });

  it('says how to get $PORTOS_TOKEN with the run’s own user and device, the password as a variable', () => {
    const line = tokenHowTo({ baseUrl: 'http://h:1', options: { auth: { kind: 'login', user: '999', device: 'BackOffice', password: true } } as Report['options'] });
    expect(line).toBe(
      `export PORTOS_TOKEN="$(curl -sS -X POST 'http://h:1/api/auth' -H 'Content-Type: application/json' --data-raw '{"UserName":"999","DeviceName":"BackOffice","Password":"'"$PORTOS_PASSWORD"'"}' | sed -n 's/.*"tokenId" *: *"\\([^"]*\\)".*/\\1/p')"`,
    );
    expect(tokenHowTo({ baseUrl: 'http://h:1', options: { auth: { kind: 'token' } } as Report['options'] })).toContain('"UserName":"<user>"');
  });

  it('has the text of the rule every check cites', () => {
    for (const check of checks) {
      const rule = ruleText(check.name);
      expect(rule?.text.length, check.name).toBeGreaterThan(20);
      expect(rule?.text, check.name).not.toContain('<a id=');
    }
  });
});
