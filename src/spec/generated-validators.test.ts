/**
 * The validators compiled ahead of time (src/generated/portos-sessions.validators.js, and the handlers'
 * part of them in .record-validators.js): they answer as ajv
 * compiling the same schemas at run time answers, and `npm run generate:check` fails with one line when
 * the spec changed without `npm run generate`.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { validators as records } from '../generated/portos-sessions.record-validators.js';
import { validators as generated } from '../generated/portos-sessions.validators.js';
import { catalogue } from './outline.ts';
import { compileValidators } from './compile-validators.ts';
import { spec } from './document.ts';
import { toIssues } from './issues.ts';
import { recordKeys, validatorEntries } from './validator-entries.ts';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));

/** Every example value of the spec, and each one broken in the usual ways. */
function probeValues(): unknown[] {
  const examples: unknown[] = [];
  JSON.stringify(spec, (key, value: unknown) => {
    if (key === 'example') examples.push(value);
    if (key === 'examples' && value && typeof value === 'object' && !Array.isArray(value)) {
      for (const example of Object.values(value)) if (example && typeof example === 'object' && 'value' in example) examples.push(example.value);
    }
    return value;
  });
  const broken = examples.flatMap((value) => {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return [];
    const record = value as Record<string, unknown>;
    return [{ ...record, undeclared: true }, ...Object.keys(record).map((name) => ({ ...record, [name]: 12345 })), ...Object.keys(record).map((name) => ({ ...record, [name]: undefined }))];
  });
  // Each date-time member set to the format's edge cases: the generated module carries its own copy of
  // ajv-formats' date-time check (./date-time-format.ts), the run-time compile uses ajv-formats itself.
  const dated = examples.flatMap((value) => {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return [];
    const record = value as Record<string, unknown>;
    const names = Object.keys(record).filter((name) => typeof record[name] === 'string' && /^\d{4}-\d\d-\d\dT/.test(record[name]));
    return names.flatMap((name) => DATE_TIME_EDGES.map((edge) => ({ ...record, [name]: edge })));
  });
  return [...examples, ...broken, ...dated, null, 'text', 0, [], {}, { items: [{}], count: 'x' }];
}

/** Valid and invalid RFC 3339 date-times at the edges of ajv-formats' full check. */
const DATE_TIME_EDGES = [
  '2024-02-29T00:00:00Z',
  '2023-02-29T00:00:00Z',
  '1900-02-29T00:00:00Z',
  '2000-02-29T00:00:00Z',
  '2023-04-31T00:00:00Z',
  '2023-13-01T00:00:00Z',
  '2023-00-10T00:00:00Z',
  '2023-08-04t21:30:00z',
  '2023-08-04 21:30:00Z',
  '2023-08-04T21:30:00',
  '2023-08-04T21:30:00.123456+05:30',
  '2023-08-04T21:30:00+0530',
  '2023-08-04T21:30:00+24:00',
  '2023-08-04T21:30:00+05:60',
  '2023-08-04T24:00:00Z',
  '2023-08-04T23:59:60Z',
  '2023-08-04T23:59:60+01:00',
  '2023-08-05T00:59:60+01:00',
  '2023-08-04T22:59:60-01:00',
  '2023-08-04T21:30:60Z',
  '2023-08-04TT21:30:00Z',
  '2023-8-04T21:30:00Z',
];

describe('the generated validators', () => {
  const compiled = compileValidators(spec);
  const values = probeValues();

  it('hold one validator per entry the spec needs', () => {
    expect(Object.keys(generated).sort()).toEqual(validatorEntries(spec).map((entry) => entry.key).sort());
  });

  it("hold the handlers' validators apart: each record's request variant and each request body, and no response", () => {
    const keys = Object.keys(records);
    expect(keys.sort()).toEqual([...recordKeys(validatorEntries(spec), catalogue.map((resource) => resource.schemaName))].sort());
    expect(keys).toContain('request Session');
    expect(keys).toContain('request body login');
    expect(keys.filter((key) => key.startsWith('response '))).toEqual([]);
    // The same functions as in the full map: the other module imports the records' code, never copies it.
    for (const key of keys) expect(generated[key], key).toBe(records[key]);
  });

  it('check date-time as ajv-formats does: the edge cases give both verdicts', () => {
    const session = generated['response Session']!;
    const example = values.find((value) => compiled['response Session']!(value)) as Record<string, unknown>;
    const verdicts = DATE_TIME_EDGES.map((edge) => session({ ...example, lastAccessAt: edge }));
    expect(verdicts).toEqual(DATE_TIME_EDGES.map((edge) => compiled['response Session']!({ ...example, lastAccessAt: edge })));
    expect(verdicts.filter(Boolean).length).toBeGreaterThan(3);
    expect(verdicts.filter((valid) => !valid).length).toBeGreaterThan(3);
  });

  it('give the same verdict and the same issues as validators compiled at run time', () => {
    expect(values.length).toBeGreaterThan(100);
    for (const [key, validate] of Object.entries(generated)) {
      const reference = compiled[key]!;
      for (const value of values) {
        const valid = validate(value);
        expect(valid, key).toBe(reference(value));
        if (!valid) expect(toIssues(validate.errors), `${key} ${JSON.stringify(value)}`).toEqual(toIssues(reference.errors));
      }
    }
  });
});

describe('npm run generate:check', () => {
  const temps: string[] = [];
  afterAll(async () => {
    await Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  /** A copy of the spec and its generated modules, as the project holds them. */
  async function copyProject(): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'portos-generate-'));
    temps.push(dir);
    await mkdir(join(dir, 'src'), { recursive: true });
    await cp(join(root, 'openapi'), join(dir, 'openapi'), { recursive: true });
    await cp(join(root, 'src/generated'), join(dir, 'src/generated'), { recursive: true });
    return dir;
  }

  const check = (dir: string) =>
    run(process.execPath, [join(root, 'src/spec/generate-spec-module.ts'), '--check', '--root', dir], { timeout: 60_000 }).then(
      ({ stderr }) => ({ code: 0, stderr }),
      (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
    );

  it('passes on the committed modules', async () => {
    expect(await check(await copyProject())).toEqual({ code: 0, stderr: '' });
  });

  it('18.1 a schema changed without npm run generate fails with one line saying to run it', async () => {
    const dir = await copyProject();
    const yaml = join(dir, 'openapi/portos-sessions.yaml');
    const text = await readFile(yaml, 'utf8');
    const changed = text.split("pattern: '^[A-Za-z0-9]{32}$'").join("pattern: '^[A-Za-z0-9]{24}$'");
    expect(changed).not.toBe(text);
    await writeFile(yaml, changed);
    const result = await check(dir);
    expect(result.code).toBe(1);
    expect(result.stderr.trimEnd().split('\n')).toEqual([
      'src/generated/portos-sessions.spec.ts, src/generated/portos-sessions.record-validators.js are stale: run `npm run generate` and commit the result.',
    ]);
  });

  it('18.1 a schema with unevaluatedProperties fails the generator with one line naming the keyword', async () => {
    const dir = await copyProject();
    const yaml = join(dir, 'openapi/portos-sessions.yaml');
    const text = await readFile(yaml, 'utf8');
    const changed = text.replace(/^( +)additionalProperties: false$/m, '$1unevaluatedProperties: false');
    expect(changed).not.toBe(text);
    await writeFile(yaml, changed);
    const result = await run(process.execPath, [join(root, 'src/spec/generate-spec-module.ts'), '--root', dir], { timeout: 60_000 }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
    );
    expect(result.code).toBe(1);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('the spec uses "unevaluatedProperties", which the generated validators do not support');
  });

  it.each(['validators', 'record-validators'])('18.1 stale %s alone are named on their one line', async (name) => {
    const dir = await copyProject();
    const path = `src/generated/portos-sessions.${name}.js`;
    const target = join(dir, path);
    const text = await readFile(target, 'utf8');
    expect(text).toContain('must be ');
    await writeFile(target, text.replace('must be ', 'must be, please, '));
    const result = await check(dir);
    expect(result.code).toBe(1);
    expect(result.stderr.trimEnd().split('\n')).toEqual([`${path} is stale: run \`npm run generate\` and commit the result.`]);
  });
});
