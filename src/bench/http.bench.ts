/**
 * `npm run bench`: the mock measured against what a user would otherwise run, side by side in one run
 * (absolute times drift on shared machines, so every figure is also given as a ratio to a baseline
 * measured in the same run). Loopback only; every load is bounded in time and every child is stopped.
 *
 *   node src/bench/http.bench.ts [--only import,bundle,throughput,cold,memory,contract] [--seconds 3] [--sessions 1000,10000,100000]
 *
 * Sections
 *   import      per test file: a fresh process importing the built package + the first `createMockApi()`, against
 *               a fresh process importing `msw/node`; median of `--runs`. Goal (issue #18): ≤ 1.0×.
 *   bundle      the main entry bundled for a browser (esbuild, minified, msw external), gzipped. Goal: ≤ 40 KB.
 *   throughput  autocannon, 10 connections, `--seconds` per target and route, of
 *               a list and one record of /sessions and of /devices against the mock (`npm start`'s server),
 *               (a) a bare node:http server answering the same bytes, (b) prism mock.
 *               Goals (issue #18): a list ≥ 0.5× (a), one record ≥ 0.7× (a), all ≥ 5× (b),
 *               in requests/s; p99 ratios are printed beside them.
 *   cold        spawn → first 200, median of 5, for the mock, prism mock and a bare node:http script.
 *               Goal: the mock ≤ 250 ms.
 *   memory      RSS after a full GC of a fresh process seeded with `--sessions` generated sessions, against
 *               the same process with the bundled seed; list queries at that size through the route core
 *               against the NData index alone. Goal: ≤ 150 MiB.
 *   contract    wall time of `node contract-tests/cli.ts` (what `npm run contract` runs) against the local
 *               mock, default checks and with --destructive --probe --fuzz 100. Goal: ≤ 5 s.
 */
import { execFile, spawn } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { createRequire } from 'node:module';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { freePort, SPEC_PATH, startPrism } from '../prism/start-prism.ts';
import { BARE_SERVER, CLI, startListening, stopChild, type Child } from './children.test-support.ts';
import { browserBundle, buildPackage, importCost } from './wait.bench.ts';

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    seconds: { type: 'string', default: '3' },
    sessions: { type: 'string', default: '1000,10000,100000' },
    runs: { type: 'string', default: '5' },
  },
});
const sections = new Set((values.only ?? 'import,bundle,throughput,cold,memory,contract').split(','));
const SECONDS = Number(values.seconds);
const SIZES = values.sessions.split(',').map(Number);
const RUNS = Number(values.runs);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CONTRACT_CLI = fileURLToPath(new URL('../../contract-tests/cli.ts', import.meta.url));
const MEMORY_CHILD = fileURLToPath(new URL('./memory.bench.ts', import.meta.url));
const DOCUMENTED_ID = 'Hq6563mjODIOwNa87Cgi295uNPlKeOqA';

const fmt = (n: number, digits = 2) => n.toFixed(digits);
const verdict = (met: boolean) => (met ? 'met' : 'MISSED');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function table(header: string[], rows: (string | number)[][]): void {
  const all = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
  for (const [n, row] of all.entries()) {
    console.log(`| ${row.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`);
    if (n === 0) console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  }
}

console.log(`# npm run bench — ${new Date().toISOString()}, Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`);

// ---------------------------------------------------------------------------------------------- per test file, per page load
const kib = (bytes: number) => fmt(bytes / 1024, 1);

async function perTestFile(entry: string): Promise<void> {
  console.log(`\n## Per test file: import + first createMockApi() in a fresh process (median of ${RUNS}, interleaved)\n`);
  const cost = await importCost(entry, RUNS);
  const wall = (samples: { wall: number }[]) => samples.map((sample) => sample.wall);
  const cpu = (samples: { cpu: number }[]) => samples.map((sample) => sample.cpu);
  const msw = median(wall(cost.msw));
  const mswCpu = median(cpu(cost.msw));
  const row = (name: string, samples: { wall: number; cpu: number }[]) => {
    const ms = wall(samples);
    return [name, fmt(median(ms), 0), fmt(Math.min(...ms), 0), fmt(Math.max(...ms), 0), fmt(median(ms) / msw), fmt(median(cpu(samples)), 0), fmt(median(cpu(samples)) / mswCpu)];
  };
  table(
    ['fresh process', 'median ms', 'min ms', 'max ms', 'this ÷ msw/node', 'median CPU ms', 'CPU ÷ msw/node'],
    [
      row("import('portos-mock') (built) + createMockApi() + ready", cost.mock),
      row("import('msw/node')", cost.msw),
      row("import('msw') (the msw core the mock imports itself: its floor)", cost.mswCore),
      row('the first row, the built main entry bundled into one module (what its chunks cost)', cost.bundled),
    ],
  );
  const ours = median(wall(cost.mock)) / msw;
  const oursCpu = median(cpu(cost.mock)) / mswCpu;
  console.log(`\n- per test file: ${fmt(ours)}× import('msw/node') (goal ≤ 1.0×: ${verdict(ours <= 1)}); in CPU time ${fmt(oursCpu)}× (${verdict(oursCpu <= 1)}).`);
}

async function perPageLoad(): Promise<void> {
  console.log('\n## Per page load: the main entry bundled for a browser (esbuild, minified, msw external, split)\n');
  const bundle = await browserBundle();
  table(
    ['part', 'KB in the bundle (minified, before gzip)'],
    bundle.inputs.slice(0, 10).map((input) => [input.path, kib(input.bytes)]),
  );
  console.log(`\n- main entry: ${kib(bundle.bytes)} KB minified, ${kib(bundle.gzipBytes)} KB gzipped (goal ≤ 40 KB gzipped: ${verdict(bundle.gzipBytes <= 40 * 1024)}).`);
  console.log(`- loaded only on demand (dynamic import, e.g. @msw/data for store.collection()): ${kib(bundle.lazyBytes)} KB minified, ${kib(bundle.lazyGzipBytes)} KB gzipped.`);
}

// ---------------------------------------------------------------------------------------------- throughput
interface Load {
  rps: number;
  p99: number;
  p50: number;
  errors: number;
  non2xx: number;
}

async function load(url: string, headers: Record<string, string>, seconds: number, connections = 10): Promise<Load> {
  const result = await autocannon({ url, headers, connections, duration: seconds });
  // autocannon reports whole milliseconds: a p99 under 1 ms reads as 0, so it is floored at 1 ms.
  return { rps: result.requests.average, p99: Math.max(1, result.latency.p99), p50: result.latency.p50, errors: result.errors + result.timeouts, non2xx: result.non2xx };
}

async function throughput(): Promise<void> {
  console.log(`\n## Throughput and p99 (autocannon, 10 connections, ${SECONDS} s per run after a 1 s warm-up)\n`);
  const mock = await startListening([CLI, '--port', '0']);
  let bare: Child | undefined;
  let prism: Awaited<ReturnType<typeof startPrism>> | undefined;
  try {
    const login = await fetch(`${mock.url}/api/auth`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ UserName: '999', DeviceName: 'BackOffice' }) });
    const { tokenId } = (await login.json()) as { tokenId: string };
    const headers = { authorization: `Bearer ${tokenId}` };
    const routes = [
      { name: 'GET /sessions?$take=20&sessionId=neq:x', path: '/sessions?$take=20&sessionId=neq:x', bareGoal: 0.5 },
      { name: 'GET /sessions/{id}', path: `/sessions/${DOCUMENTED_ID}`, bareGoal: 0.7 },
      { name: 'GET /devices?$take=20&isActive=true', path: '/devices?$take=20&isActive=true', bareGoal: 0.5 },
      { name: 'GET /devices/{name}', path: '/devices/P01', bareGoal: 0.7 },
    ];
    const bodies = await Promise.all(routes.map(async (r) => (await fetch(`${mock.url}${r.path}`, { headers })).text()));
    bare = await startListening([BARE_SERVER], { ipc: true });
    const child = bare.child;
    await new Promise((resolve) => {
      child.once('message', resolve);
      child.send({ bodies: Object.fromEntries(routes.map((route, i) => [route.path, bodies[i]!])) });
    });
    prism = await startPrism({ mode: 'mock' });
    const targets = [
      { name: 'mock', url: mock.url },
      { name: 'bare node:http', url: bare.url },
      { name: 'prism mock', url: prism.url },
    ];
    const rows: (string | number)[][] = [];
    const goals: string[] = [];
    for (const route of routes) {
      const results: Record<string, Load> = {};
      for (const target of targets) {
        await load(`${target.url}${route.path}`, headers, 1);
        results[target.name] = await load(`${target.url}${route.path}`, headers, SECONDS);
      }
      const ours = results.mock!;
      for (const target of targets) {
        const r = results[target.name]!;
        rows.push([route.name, target.name, fmt(r.rps, 0), fmt(r.p50, 2), fmt(r.p99, 2), r.errors, r.non2xx, fmt(ours.rps / r.rps), fmt(r.p99 / ours.p99)]);
      }
      const bareR = results['bare node:http']!;
      const prismR = results['prism mock']!;
      goals.push(
        `${route.name}: vs bare ${fmt(ours.rps / bareR.rps)}× req/s (goal ≥ ${route.bareGoal}: ${verdict(ours.rps / bareR.rps >= route.bareGoal)}), ` +
          `${fmt(bareR.p99 / ours.p99)}× p99; ` +
          `vs prism ${fmt(ours.rps / prismR.rps)}× req/s (goal ≥ 5: ${verdict(ours.rps / prismR.rps >= 5)}), ` +
          `${fmt(prismR.p99 / ours.p99)}× p99`,
      );
    }
    table(['route', 'server', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'non-2xx', 'mock req/s ÷ this', "this p99 ÷ mock's"], rows);
    console.log(`\nBody sizes: ${routes.map((route, i) => `${route.name} ${Buffer.byteLength(bodies[i]!)} B`).join(', ')} (the bare server answers the same bytes).`);
    for (const goal of goals) console.log(`- ${goal}`);
  } finally {
    await Promise.all([mock.close(), bare?.close(), prism?.close()]);
  }
}

// ---------------------------------------------------------------------------------------------- cold start
/** GET until a 200 (every 5 ms), fresh connection each time; resolves with the instant of the 200. */
function pollUntil200(url: string, headers: Record<string, string>, deadline: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const attempt = () => {
      if (performance.now() > deadline) return reject(new Error(`no 200 from ${url} in time`));
      const req = httpRequest(url, { headers, agent: false }, (res) => {
        res.resume();
        if (res.statusCode === 200) resolve(performance.now());
        else setTimeout(attempt, 5);
      });
      req.on('error', () => setTimeout(attempt, 5));
      req.end();
    };
    attempt();
  });
}

async function coldStartOnce(args: (port: number) => string[], path: string, headers: Record<string, string> = {}): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, args(port), { stdio: 'ignore', env: { ...process.env, SCARF_ANALYTICS: 'false' } });
  try {
    const ready = await pollUntil200(`http://127.0.0.1:${port}${path}`, headers, started + 60_000);
    return ready - started;
  } finally {
    await stopChild(child);
  }
}

async function coldStart(): Promise<void> {
  console.log(`\n## Cold start: spawn → first 200 (median of ${RUNS}, runs interleaved)\n`);
  const prismEntry = createRequire(import.meta.url).resolve('@stoplight/prism-cli/dist/index.js');
  const subjects = [
    { name: 'mock (node src/server/cli.ts, GET /__mock/health)', args: (p: number) => [CLI, '--port', String(p)], path: '/__mock/health' },
    { name: 'bare node:http (floor)', args: (p: number) => [BARE_SERVER, '--port', String(p)], path: '/' },
    { name: 'prism mock (GET /sessions)', args: (p: number) => [prismEntry, 'mock', '-h', '127.0.0.1', '-p', String(p), SPEC_PATH], path: '/sessions', headers: { authorization: 'Bearer x' } },
  ];
  const samples = subjects.map(() => [] as number[]);
  for (let run = 0; run < RUNS; run++) {
    for (const [i, s] of subjects.entries()) samples[i]!.push(await coldStartOnce(s.args, s.path, s.headers));
  }
  const ours = median(samples[0]!);
  table(
    ['server', 'median ms', 'min ms', 'max ms', 'this ÷ mock'],
    subjects.map((s, i) => [s.name, fmt(median(samples[i]!), 0), fmt(Math.min(...samples[i]!), 0), fmt(Math.max(...samples[i]!), 0), fmt(median(samples[i]!) / ours)]),
  );
  const floor = ours / median(samples[1]!);
  console.log(`\n- mock cold start ${fmt(ours, 0)} ms, ${fmt(floor)}× the bare node:http server's (goal ≤ 2×: ${verdict(floor <= 2)}); ${fmt(median(samples[2]!) / ours)}× faster than prism mock.`);
}

// ---------------------------------------------------------------------------------------------- memory
interface MemoryReport {
  count: number;
  sessions: number;
  generateMs: number;
  seedMs: number;
  rssMiB: number;
  heapUsedMiB: number;
  maxRssMiB: number;
  queries: { name: string; query: string; handleMs: number; indexMs?: number }[];
}

function memoryChild(count: number): Promise<MemoryReport> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['--expose-gc', MEMORY_CHILD, String(count)], { timeout: 300_000, maxBuffer: 1 << 20 }, (error, stdout, stderr) => {
      if (error) return reject(new Error(`${MEMORY_CHILD} ${count} failed: ${error.message}\n${stderr}`));
      resolve(JSON.parse(stdout.trim().split('\n').at(-1)!) as MemoryReport);
    });
  });
}

async function memory(): Promise<void> {
  console.log(`\n## Memory, seeding and list queries by size (${SIZES.join(', ')} generated sessions; a fresh child process each)\n`);
  const small = await memoryChild(0);
  const sized: MemoryReport[] = [];
  for (const count of SIZES) sized.push(await memoryChild(count));
  table(
    ['seed', 'sessions', 'seed ms', 'RSS after GC MiB', 'heap used MiB', 'peak RSS MiB', 'heap B per session'],
    [small, ...sized].map((m) => [
      m.count === 0 ? 'bundled fixtures' : `${m.count} generated`,
      m.sessions,
      fmt(m.seedMs, 0),
      fmt(m.rssMiB, 1),
      fmt(m.heapUsedMiB, 1),
      fmt(m.maxRssMiB, 1),
      m.count === 0 ? '' : fmt(((m.heapUsedMiB - small.heapUsedMiB) * 2 ** 20) / m.count, 0),
    ]),
  );
  const goal = sized.find((m) => m.count === 10_000);
  if (goal) {
    console.log(`\n- 10 000 sessions: ${fmt(goal.rssMiB, 0)} MiB RSS after GC (goal ≤ 150 MiB: ${verdict(goal.rssMiB <= 150)}), seeded in ${fmt(goal.seedMs, 0)} ms (goal ≤ 1000 ms: ${verdict(goal.seedMs <= 1000)}).`);
  }
  const large = sized.at(-1)!;
  console.log(`\n### List queries at ${large.count} sessions\n`);
  table(
    ['query', 'route core p50 ms', 'index alone p50 ms', 'core ÷ index'],
    large.queries.map((q) => [q.query, fmt(q.handleMs, 3), q.indexMs === undefined ? '' : fmt(q.indexMs, 3), q.indexMs === undefined ? '' : fmt(q.handleMs / q.indexMs, 0)]),
  );
}

// ---------------------------------------------------------------------------------------------- contract
function wall(args: string[]): Promise<{ ms: number; code: number; tail: string }> {
  const started = performance.now();
  return new Promise((resolve) => {
    execFile(process.execPath, args, { cwd: ROOT, timeout: 120_000 }, (error, stdout) => {
      const code = error ? ((error as { code?: number }).code ?? 1) : 0;
      resolve({ ms: performance.now() - started, code, tail: stdout.trim().split('\n').at(-1) ?? '' });
    });
  });
}

async function contract(): Promise<void> {
  console.log(`\n## Contract suite against the local mock (wall, median of 3)\n`);
  const floor: number[] = [];
  const plain: { ms: number; code: number; tail: string }[] = [];
  const full: { ms: number; code: number; tail: string }[] = [];
  const reports: { ms: number; code: number; tail: string }[] = [];
  // Imported here so this section's temp folder needs nothing from the file's import list.
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const reportDir = mkdtempSync(join(tmpdir(), 'portos-contract-bench-'));
  const reportFiles = ['junit', 'json', 'markdown', 'har', 'html'].flatMap((name) => [`--${name}`, join(reportDir, `contract.${name}`)]);
  for (let run = 0; run < 3; run++) {
    floor.push((await wall([BARE_SERVER, '--port', '0', '--exit'])).ms);
    // Read-only, as against a real server: the own mock otherwise implies --destructive --probe --fuzz 30.
    plain.push(await wall([CONTRACT_CLI, '--no-destructive', '--no-probe', '--fuzz', '0']));
    full.push(await wall([CONTRACT_CLI, '--destructive', '--probe', '--fuzz', '100', '--seed', '1']));
    reports.push(await wall([CONTRACT_CLI, '--destructive', '--probe', '--fuzz', '100', '--seed', '1', ...reportFiles]));
  }
  const f = median(floor);
  const rows = [
    ['node contract-tests/cli.ts --no-destructive --no-probe --fuzz 0', plain],
    ['… --destructive --probe --fuzz 100', full],
    ['… the same, writing all five report files', reports],
  ] as const;
  rmSync(reportDir, { recursive: true, force: true });
  table(
    ['command', 'wall ms', 'exit', '÷ node start floor', 'summary'],
    rows.map(([name, r]) => [name, fmt(median(r.map((x) => x.ms)), 0), r.map((x) => x.code).join(','), fmt(median(r.map((x) => x.ms)) / f, 1), r.at(-1)!.tail.slice(0, 90)]),
  );
  const worst = Math.max(median(plain.map((x) => x.ms)), median(full.map((x) => x.ms)));
  console.log(`\n- node start floor (spawn a .ts script that exits): ${fmt(f, 0)} ms; full suite ${fmt(worst, 0)} ms (goal ≤ 5000 ms: ${verdict(worst <= 5000)}).`);
  const overhead = median(reports.map((x) => x.ms)) / median(full.map((x) => x.ms)) - 1;
  console.log(`- writing --junit --json --markdown --har --html adds ${fmt(overhead * 100, 1)} % (goal ≤ 10 %: ${verdict(overhead <= 0.1)}); contract-tests/report.bench.ts splits it up.`);
}

if (sections.has('import')) await perTestFile(await buildPackage());
if (sections.has('bundle')) await perPageLoad();
if (sections.has('throughput')) await throughput();
if (sections.has('cold')) await coldStart();
if (sections.has('memory')) await memory();
if (sections.has('contract')) await contract();
