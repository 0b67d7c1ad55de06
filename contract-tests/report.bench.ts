/**
 * What writing reports adds to a contract run against the local mock (goal: at most 10 %).
 *
 *   npx node contract-tests/report.bench.ts [--runs 7]
 *
 * Two measures, medians of the rounds:
 *
 * - end to end, what a user waits for: the CLI (`node contract-tests/cli.ts --destructive --probe
 *   --fuzz 100 --seed 1`, its own mock) with and without all five report files (--junit --json
 *   --markdown --har --html), rounds alternating so drift hits both alike;
 * - in process, the parts, as the CLI does them: `runChecks` against a fresh mock; the redacted and
 *   escaped reports (`safeReports`, which every run makes, report files or not); then formatting,
 *   escaping, redacting and writing every report (console, JUnit, JSON, Markdown, HAR, HTML) into a
 *   temporary folder, HAR apart (it holds every body of the run and dominates). Coverage is computed
 *   inside `runChecks` on every run, so it is part of the run time (its own cost is printed too).
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startServer } from '../src/server/serve.ts';
import { computeCoverage } from './coverage.ts';
import { kitCatalogue, kitDocuments } from './resources.ts';
import { formatConsoleReport } from './report/console.ts';
import { formatGithubAnnotations } from './report/github.ts';
import { jsonSafe, jsonSafePieces } from './report/escape.ts';
import { harPieces } from './report/har.ts';
import { formatHtmlReport } from './report/html.ts';
import { formatJsonReport } from './report/json.ts';
import { formatJunitReport } from './report/junit.ts';
import { formatMarkdownReport } from './report/markdown.ts';
import { safeReports } from './report/safe.ts';
import { writeReport } from './report/write.ts';
import { runChecks } from './run.ts';
import { Secrets } from './secrets.ts';

const { values } = parseArgs({ options: { runs: { type: 'string' } } });
const runs = Number(values.runs ?? 7);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const CLI = fileURLToPath(new URL('./cli.ts', import.meta.url));

function wall(args: string[]): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [CLI, ...args], { timeout: 120_000 }, (error) => (error ? reject(error) : resolve(performance.now() - started)));
  });
}

const dir = await mkdtemp(join(tmpdir(), 'portos-report-bench-'));
const runMs: number[] = [];
const writeMs: number[] = [];
const harMs: number[] = [];
const safeMs: number[] = [];
const bare: number[] = [];
const withReports: number[] = [];
const coverageMs: number[] = [];
let sizes: Record<string, number> = {};
let requests = 0;
try {
  for (let round = 0; round < runs; round++) {
    const mock = await startServer({ port: 0, host: '127.0.0.1' });
    try {
      let started = performance.now();
      const secrets = new Secrets();
      const report = await runChecks({ target: { baseUrl: mock.url, user: '999', device: 'BackOffice', secrets }, destructive: true, probe: true, fuzz: 100, seed: 1 });
      runMs.push(performance.now() - started);
      requests = report.summary.requests;

      started = performance.now();
      computeCoverage(report.journal!, report.results, kitDocuments(), kitCatalogue(), { tokenRun: false });
      coverageMs.push(performance.now() - started);

      started = performance.now();
      const { redacted, shown } = safeReports(report, secrets);
      safeMs.push(performance.now() - started);

      // As contract-tests/main.ts writes them: each file's text redacted once more, the JSON ones jsonSafe.
      const file = (text: string) => secrets.redact(text);
      started = performance.now();
      const texts: Record<string, string> = {
        console: formatConsoleReport(shown),
        annotations: formatGithubAnnotations(shown).join('\n'),
        'contract.xml': file(formatJunitReport(shown)),
        'contract.json': file(jsonSafe(formatJsonReport(redacted))),
        'contract.md': file(formatMarkdownReport(shown)),
        'contract.html': file(formatHtmlReport(shown)),
      };
      for (const [name, text] of Object.entries(texts)) if (name.includes('.')) await writeFile(join(dir, name), text);
      writeMs.push(performance.now() - started);
      started = performance.now();
      // In pieces, never one string, as main.ts writes it.
      const pieces = [...secrets.redactPieces(jsonSafePieces(harPieces(redacted)))];
      await writeReport(join(dir, 'contract.har'), pieces);
      harMs.push(performance.now() - started);
      sizes = Object.fromEntries(Object.entries(texts).map(([name, text]) => [name, Buffer.byteLength(text)]));
      sizes['contract.har'] = pieces.reduce((bytes, piece) => bytes + Buffer.byteLength(piece), 0);
    } finally {
      await mock.close();
    }
    const suite = ['--destructive', '--probe', '--fuzz', '100', '--seed', '1'];
    const files = ['junit', 'json', 'markdown', 'har', 'html'].flatMap((name) => [`--${name}`, join(dir, 'cli', `r.${name}`)]);
    bare.push(await wall(suite));
    withReports.push(await wall([...suite, ...files]));
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}

const run = median(runMs);
const write = median(writeMs);
const har = median(harMs);
const e2e = median(withReports) / median(bare) - 1;
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
console.log(`## Report overhead against the local mock (median of ${runs} rounds, ${requests} requests per run)\n`);
console.log('| measure | ms | share |');
console.log('|---|---|---|');
console.log(`| CLI wall, no report files | ${median(bare).toFixed(0)} | |`);
console.log(`| CLI wall, --junit --json --markdown --har --html | ${median(withReports).toFixed(0)} | +${pct(e2e)} |`);
console.log(`| in process: runChecks (coverage included) | ${run.toFixed(0)} | |`);
console.log(`| … of which computing coverage | ${median(coverageMs).toFixed(1)} | ${pct(median(coverageMs) / run)} |`);
console.log(`| in process: redacted and escaped reports (every run) | ${median(safeMs).toFixed(1)} | ${pct(median(safeMs) / run)} |`);
console.log(`| in process: console, annotations, JUnit, JSON, Markdown, HTML | ${write.toFixed(1)} | ${pct(write / run)} |`);
console.log(`| in process: HAR | ${har.toFixed(1)} | ${pct(har / run)} |`);
console.log(`\nend to end, the reports add ${pct(e2e)} to a run (goal ≤ 10 %: ${e2e <= 0.1 ? 'met' : 'NOT met'}).`);
console.log(`sizes: ${Object.entries(sizes).map(([name, bytes]) => `${name} ${(bytes / 1024).toFixed(0)} KiB`).join(', ')}`);
