/**
 * Fixtures → the records to seed, checked before anything is stored: every collection of the catalogue,
 * each record against its schema (the same check as the tables' writes), keys unique; then what the
 * rules add (`SeedRules`: the PORTOS session rules lay sessions out around now and check the links
 * between sessions, users and devices). Synchronous, so `createMockApi` with a broken fixture throws on
 * the spot.
 */
import { bundledContract, issueLines, type CatalogueResource, type Contract } from '../spec/index.ts';
import { FixtureError } from './fixture-error.ts';
import type { StoredRecord } from './resource-table.ts';

/** The records to store, by collection: every catalogued resource's. */
export type Seed = Record<string, StoredRecord[]>;

/** Fixtures or a saved state's records, by collection, as given (checked by `buildSeed` and `checkSeed`). */
export type SeedInput = Readonly<Record<string, unknown>>;

/** A record the rules find wrong: its collection and index (labelled by `field`, default the key) and why. */
interface SeedProblem {
  collection: string;
  index: number;
  field?: string;
  problems: readonly string[];
}

/** How one collection's fixtures become records, when they are not the records as they are. */
interface FixtureRule {
  /** The record `fixture` stands for at `nowMs`, or the problems that keep it from being one. */
  toRecord(fixture: StoredRecord, nowMs: number): StoredRecord | readonly string[];
  /** What is wrong with the record once it matches its schema (e.g. a seeded session must be alive). */
  check?(record: StoredRecord, fixture: StoredRecord, nowMs: number): readonly string[];
}

/** What the domain rules add to the seed's checks (src/portos `sessionSeedRules`). */
export interface SeedRules {
  /** Collections every seed must hold, an array each. */
  readonly required?: readonly string[];
  /** By collection: how its fixtures become records. Those collections are read after the others, whose records they name. */
  readonly fixtures?: Readonly<Record<string, FixtureRule>>;
  /** The first broken link between the checked records, if any. */
  links?(seed: Readonly<Seed>): SeedProblem | undefined;
}

function label(kind: string, index: number, record: unknown, idKey: string): string {
  const id = record && typeof record === 'object' ? (record as Record<string, unknown>)[idKey] : undefined;
  return typeof id === 'string' ? `${kind}[${index}] (${idKey} "${id}")` : `${kind}[${index}]`;
}

function checkUnique(kind: string, values: readonly unknown[], idKey: string): void {
  const seen = new Map<unknown, number>();
  values.forEach((value, index) => {
    const id = (value as Record<string, unknown>)[idKey];
    const first = seen.get(id);
    if (first !== undefined) throw new FixtureError(label(kind, index, value, idKey), [`repeats the ${idKey} of ${kind}[${first}]; ${idKey} must be unique.`]);
    seen.set(id, index);
  });
}

/** A record with the schema's defaults for the fields it lacks (fixtures written before a field existed). */
function withDefaults(resource: CatalogueResource, record: unknown): unknown {
  if (!record || typeof record !== 'object' || Array.isArray(record)) return record;
  return { ...structuredClone(resource.defaults), ...structuredClone(record) };
}

const isObject = (value: unknown): value is StoredRecord => !!value && typeof value === 'object' && !Array.isArray(value);

/** One record, made by `rule` when there is one, with the schema's defaults, checked. */
function readRecord(resource: CatalogueResource, contract: Contract, fixture: unknown, index: number, rule: FixtureRule | undefined, nowMs: number): StoredRecord {
  const where = label(resource.name, index, fixture, resource.key);
  let made = fixture;
  if (rule) {
    if (!isObject(fixture)) throw new FixtureError(where, ['must be an object.']);
    const result = rule.toRecord(fixture, nowMs);
    if (Array.isArray(result)) throw new FixtureError(where, result);
    made = result;
  }
  const record = withDefaults(resource, made);
  const issues = issueLines(resource.schemaName, contract.validateRecord(resource.schemaName, record));
  if (issues.length > 0) throw new FixtureError(where, issues);
  const problems = rule?.check?.(record as StoredRecord, fixture as StoredRecord, nowMs) ?? [];
  if (problems.length > 0) throw new FixtureError(where, problems);
  return record as StoredRecord;
}

/**
 * Every catalogued resource's records, checked; then the rules' links. A collection without records in
 * the fixtures (no `<collection>.json`) is empty (docs/behaviour.md#option-spec). With `nowMs`, the
 * input is fixtures (the rules' `fixtures` apply); without, a saved state's records as stored.
 */
function checkRecords(input: SeedInput, contract: Contract, rules: SeedRules, nowMs?: number): Seed {
  for (const name of rules.required ?? []) {
    if (!Array.isArray(input?.[name])) throw new FixtureError(name, [`must be an array of records; got ${JSON.stringify(typeof input?.[name])}.`]);
  }
  const made = (resource: CatalogueResource) => rules.fixtures?.[resource.name] !== undefined;
  const ordered = [...contract.catalogue.filter((resource) => !made(resource)), ...contract.catalogue.filter(made)];
  const seed: Seed = {};
  for (const resource of ordered) {
    const list = input[resource.name] ?? [];
    if (!Array.isArray(list)) throw new FixtureError(resource.name, [`must be an array of records; got ${JSON.stringify(typeof list)}.`]);
    const rule = nowMs === undefined ? undefined : rules.fixtures?.[resource.name];
    seed[resource.name] = list.map((fixture, index) => readRecord(resource, contract, fixture, index, rule, nowMs ?? 0));
    checkUnique(resource.name, seed[resource.name]!, resource.key);
  }
  const broken = rules.links?.(seed);
  if (broken) {
    const key = contract.catalogue.find((resource) => resource.name === broken.collection)?.key ?? '';
    throw new FixtureError(label(broken.collection, broken.index, seed[broken.collection]?.[broken.index], broken.field ?? key), broken.problems);
  }
  return seed;
}

/** Checks the fixtures and makes the records to seed at `now`. Throws a `FixtureError` on the first bad record. */
export function buildSeed(fixtures: SeedInput, now: Date, contract: Contract = bundledContract, rules: SeedRules = {}): Seed {
  return checkRecords(fixtures, contract, rules, now.getTime());
}

/**
 * Checks stored records as a saved state holds them (no fixture rules: sessions with their instants,
 * expired ones allowed, the next request sweeps them). Throws a `FixtureError` on the first bad record.
 */
export function checkSeed(records: SeedInput, contract: Contract = bundledContract, rules: SeedRules = {}): Seed {
  return checkRecords(records, contract, rules);
}
