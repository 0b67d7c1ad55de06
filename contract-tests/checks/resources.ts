/**
 * The checks every listable resource of the catalogue gets (docs/contract-tests.md#every-resource): paging,
 * sorting by each declared key, filtering by each member with the operators of its type, `$count`, item
 * lookup and 404 for an unknown key. Each is named after its resource (`ndata_paging_skip[devices]`).
 * Every expectation comes from the reference `evaluate` over records the server itself listed; strings
 * may be compared ordinally or case-insensitively (PORTOS does not say which), so either passes.
 */
import { compareBy, type FilterMember, type SortTerm } from '../../src/ndata/index.ts';
import { diffStart, idList, type CheckContext } from '../context.ts';
import { describeSequenceDiff, describeSetDiff, mismatch } from '../sessions.ts';
import {
  expectedOf,
  fetchResourcePage,
  foldedAt,
  itemPath,
  keyOf,
  keysOf,
  listResource,
  operationOf,
  readResourcePage,
  unknownKey,
  valueAt,
  type CatalogueResource,
  type ResourcePage,
  type ResourceRecord,
} from '../resources.ts';
import type { Failure } from '../types.ts';
import { liveCheck, type Check } from './check.ts';

/** NData's escapes for one argument: `\`, `:` and `;` stand for themselves. */
function escapeArgument(value: string): string {
  return value.replace(/[\\:;]/g, (c) => `\\${c}`);
}

/** `member=value` with the value percent-encoded (NData's own escapes kept). */
function param(member: string, value: string): string {
  return `${encodeURIComponent(member)}=${encodeURIComponent(value)}`;
}

/** The whole list in the key's order, with at least `min` records, or a skip naming the resource. */
async function wholeList(ctx: CheckContext, resource: CatalogueResource, min: number): Promise<ResourceRecord[]> {
  const all = await fetchResourcePage(ctx, resource, `$sort=${encodeURIComponent(resource.key)}`);
  if (all.items.length < min) ctx.skip(`needs at least ${min} ${resource.name} on the server, found ${all.items.length}`);
  return all.items;
}

/** A documented check of one resource that compares live data, named `slug[resource]` (the frame every read check shares). */
function documentedCheck(resource: CatalogueResource, slug: string, group: string, summary: string, compare: (ctx: CheckContext) => Promise<Failure[]>): Check {
  return liveCheck({ name: `${slug}[${resource.name}]`, group, basis: 'documented', summary }, compare);
}

function pagingSkip(resource: CatalogueResource): Check {
  return documentedCheck(resource, 'ndata_paging_skip', 'ndata-paging', `GET /${resource.name}: pages with \`$skip\`/\`$take\` join into the unpaged order, and \`$skip\` past the end gives no items.`, async (ctx) => {
    const all = await wholeList(ctx, resource, 2);
    const expected = keysOf(resource, all);
    const size = Math.max(1, Math.ceil(all.length / 3));
    const joined: string[] = [];
    let last: (ResourcePage & { items: ResourceRecord[] }) | undefined;
    for (let skip = 0; skip < all.length; skip += size) {
      last = await fetchResourcePage(ctx, resource, `$sort=${encodeURIComponent(resource.key)}&$skip=${skip}&$take=${size}`);
      joined.push(...keysOf(resource, last.items));
    }
    const diff = describeSequenceDiff(joined, expected);
    const failures = mismatch(diff && `pages of ${size} with $skip do not join into the unpaged order: ${diff}`, last!.exchange, { expected: `keys ${idList(expected, 8, diffStart(joined, expected))}`, actual: `keys ${idList(joined, 8, diffStart(joined, expected))}` });
    const past = await fetchResourcePage(ctx, resource, `$skip=${all.length + 5}&$take=5`);
    failures.push(...mismatch(past.items.length === 0 ? undefined : `$skip past the end returned ${past.items.length} items`, past.exchange, { expected: '0 items', actual: `${past.items.length} items` }));
    return failures;
  });
}

function pagingTake(resource: CatalogueResource): Check {
  return documentedCheck(resource, 'ndata_paging_take', 'ndata-paging', `GET /${resource.name}: \`$take=n\` answers the first n records of the order (0 for \`$take=0\`), \`count\` counts the page and \`totalCount\` the whole list.`, async (ctx) => {
    const all = await wholeList(ctx, resource, 1);
    const failures: Failure[] = [];
    for (const take of [0, 1, Math.min(all.length, 3)]) {
      const query = `$sort=${encodeURIComponent(resource.key)}&$take=${take}`;
      const page = await fetchResourcePage(ctx, resource, query);
      const expected = expectedOf(resource, all, query);
      const diff = describeSequenceDiff(keysOf(resource, page.items), keysOf(resource, expected.items ?? []));
      failures.push(...mismatch(diff && `?${query}: ${diff}`, page.exchange, { expected: `keys ${idList(keysOf(resource, expected.items ?? []))}`, actual: `keys ${idList(keysOf(resource, page.items))}` }));
      failures.push(...mismatch(page.count === page.items.length ? undefined : `?${query}: count ${JSON.stringify(page.count)} but ${page.items.length} items`, page.exchange, { expected: `count ${page.items.length}`, actual: `count ${JSON.stringify(page.count)}` }));
      failures.push(...mismatch(page.totalCount === all.length ? undefined : `?${query}: totalCount ${JSON.stringify(page.totalCount)}, expected ${all.length}`, page.exchange, { expected: `totalCount ${all.length}`, actual: `totalCount ${JSON.stringify(page.totalCount)}` }));
    }
    return failures;
  });
}

/** The first adjacent pair out of `terms`' order (ties may fall either way), judged ordinally and folded. */
function outOfOrder(resource: CatalogueResource, items: readonly ResourceRecord[], terms: readonly SortTerm[]): string | undefined {
  const inOrder = compareBy(terms, resource.ndata);
  const stringPaths = terms.flatMap((term) => resource.ndata.sortKeys.filter((k) => k.name === term.key && k.type === 'string').map((k) => k.path));
  const folded = items.map((item) => stringPaths.reduce((record, path) => foldedAt(record, path), item));
  const firstBreak = (list: readonly ResourceRecord[]): number => list.findIndex((item, i) => i > 0 && inOrder(list[i - 1], item) > 0);
  const broken = firstBreak(items);
  if (broken < 0 || firstBreak(folded) < 0) return undefined;
  const show = (item: ResourceRecord | undefined) => terms.map((term) => `${term.key}=${JSON.stringify(valueAt(item, resource.ndata.sortKeys.find((k) => k.name === term.key)!.path))}`).join(', ');
  return `item ${broken - 1} (${show(items[broken - 1])}) comes before item ${broken} (${show(items[broken])})`;
}

function sorting(resource: CatalogueResource): Check {
  const keys = resource.ndata.sortKeys;
  return {
    name: `ndata_sorting[${resource.name}]`,
    group: 'ndata-sorting',
    basis: 'documented',
    summary: `GET /${resource.name}: sorting by each declared key (${keys.map((k) => k.name).join(', ')}) in both directions, and by two keys at once, orders the items so and keeps the same records.`,
    async run(ctx) {
      await ctx.retryOnce(async () => {
        const all = await fetchResourcePage(ctx, resource, '');
        if (all.items.length < 2) ctx.skip(`needs at least 2 ${resource.name} on the server, found ${all.items.length}`);
        const sorts: SortTerm[][] = keys.flatMap((key) => (['asc', 'desc'] as const).map((direction) => [{ key: key.name, direction }]));
        if (keys.length >= 2) sorts.push([{ key: keys[0]!.name, direction: 'desc' }, { key: keys[1]!.name, direction: 'asc' }], [{ key: keys[1]!.name, direction: 'asc' }, { key: keys[0]!.name, direction: 'desc' }]);
        const failures: Failure[] = [];
        for (const terms of sorts) {
          const spelled = terms.map((term, i) => (term.direction === 'asc' ? (i % 2 ? `${term.key}:asc` : term.key) : i % 2 ? `-${term.key}` : `${term.key}:desc`)).join(',');
          const page = await fetchResourcePage(ctx, resource, `$sort=${encodeURIComponent(spelled)}`);
          const broken = outOfOrder(resource, page.items, terms);
          if (broken) failures.push({ message: `$sort=${spelled} is out of order: ${broken}`, exchange: page.exchange, expected: `items ordered by ${spelled}`, actual: broken });
          const setDiff = describeSetDiff(keysOf(resource, page.items), keysOf(resource, all.items));
          if (setDiff) failures.push({ message: `$sort=${spelled} returned other ${resource.name} than the unsorted list: ${setDiff}`, exchange: page.exchange, expected: `the ${all.items.length} records of the unsorted list`, actual: setDiff });
        }
        return failures;
      });
    },
  };
}

/** Distinct present values of a member, in the reference's ascending order. */
function valuesOf(resource: CatalogueResource, member: FilterMember, records: readonly ResourceRecord[]): string[] {
  const seen = new Map<string, ResourceRecord>();
  for (const record of records) {
    const value = valueAt(record, member.path);
    if (value === null || value === undefined || typeof value === 'object') continue;
    if (!seen.has(String(value))) seen.set(String(value), record);
  }
  const order = compareBy([{ key: member.name, direction: 'asc' }], { ...resource.ndata, sortKeys: [...resource.ndata.sortKeys, { name: member.name, path: member.path, type: member.type }] });
  return [...seen.entries()].sort(([, a], [, b]) => order(a, b)).map(([value]) => value);
}

/** The filter queries that fit a member's type, built from values the server listed. */
function filterQueries(member: FilterMember, values: readonly string[], seed: number): string[] {
  if (member.type === 'boolean') return ['eq:true', 'eq:false', 'neq:true'].map((op) => param(member.name, op));
  if (values.length === 0) return [];
  const e = escapeArgument;
  const lo = values[Math.floor(values.length / 4)]!;
  const mid = values[Math.floor(values.length / 2)]!;
  const hi = values[Math.floor((values.length * 3) / 4)]!;
  const queries = [param(member.name, `eq:${e(mid)}`), param(member.name, `neq:${e(mid)}`), param(member.name, `gt:${e(lo)};lt:${e(hi)}`), `${param(member.name, `gte:${e(lo)}`)}&${param(member.name, `lte:${e(hi)}`)}`];
  if (member.type === 'string') {
    const unknown = `contract-${seed}-none`;
    queries.push(param(member.name, e(mid)), param(member.name, `in:${[lo, hi, unknown].map(e).join(':')}`), param(member.name, `nin:${[lo, hi].map(e).join(':')}`));
  }
  return queries;
}

/** The query with its string arguments folded to lower case (member names and operators kept). */
function foldedQuery(member: FilterMember, query: string): string {
  if (member.type !== 'string') return query;
  const params = new URLSearchParams(query);
  return [...params.entries()].map(([name, value]) => param(name, value.replace(/^([a-z]+:)?(.*)$/s, (_, op: string | undefined, rest: string) => `${op ?? ''}${rest.toLowerCase()}`))).join('&');
}

function filtering(resource: CatalogueResource): Check {
  const members = resource.ndata.filters;
  return documentedCheck(resource, 'ndata_filtering', 'ndata-filtering', `GET /${resource.name}: filtering by each member (${members.map((m) => m.name).join(', ') || 'none declared'}) with the operators of its type selects what the reference engine selects.`, async (ctx) => {
    if (members.length === 0) ctx.skip(`the spec declares no filter member for GET /${resource.name}`);
    const all = await wholeList(ctx, resource, 2);
    const failures: Failure[] = [];
    let sent = 0;
    for (const member of members) {
      for (const query of filterQueries(member, valuesOf(resource, member, all), ctx.flags.seed)) {
        const page = await fetchResourcePage(ctx, resource, query);
        sent++;
        const ordinal = new Set(keysOf(resource, expectedOf(resource, all, query).items ?? []));
        const foldedRecords = all.map((record) => ({ ...foldedAt(record, member.path), __key: keyOf(resource, record) }));
        const folded = new Set((expectedOf(resource, foldedRecords, foldedQuery(member, query)).items ?? []).map((record) => record.__key));
        const got = keysOf(resource, page.items);
        const outside = got.filter((key) => !ordinal.has(key) && !folded.has(key));
        const missing = [...ordinal].filter((key) => folded.has(key) && !got.includes(key));
        const shown = decodeURIComponent(query);
        if (outside.length) failures.push({ message: `?${shown} selected ${outside.length} record(s) the filter excludes: ${outside.slice(0, 3).join(', ')}`, exchange: page.exchange, expected: `keys ${idList([...ordinal])}`, actual: `keys ${idList(got)}` });
        if (missing.length) failures.push({ message: `?${shown} missed ${missing.length} record(s) the filter selects: ${missing.slice(0, 3).join(', ')}`, exchange: page.exchange, expected: `also ${idList(missing)}`, actual: `keys ${idList(got)}` });
      }
    }
    ctx.note = `${sent} filters`;
    return failures;
  });
}

function counting(resource: CatalogueResource): Check {
  return documentedCheck(resource, 'ndata_count', 'count', `GET /${resource.name}?$count=true answers \`count\` and \`totalCount\` without \`items\`, the same counts as without \`$count\`.`, async (ctx) => {
    const all = await wholeList(ctx, resource, 1);
    const failures: Failure[] = [];
    for (const query of ['', `$skip=1&$take=1`]) {
      const exchange = await listResource(ctx, resource, query ? `${query}&$count=true` : '$count=true');
      const page = readResourcePage(exchange);
      if (!page) {
        failures.push({ message: `$count=true: expected 200 with a QueryResult, got ${exchange.response?.status}`, exchange, expected: 'status 200', actual: `status ${exchange.response?.status}` });
        continue;
      }
      const expected = expectedOf(resource, all, query ? `${query}&$count=true` : '$count=true');
      if (page.items !== undefined) failures.push({ message: `$count=true returned \`items\` (${page.items.length} of them)`, exchange, expected: 'no `items`', actual: `${page.items.length} items` });
      if (page.count !== expected.count || page.totalCount !== expected.totalCount) {
        failures.push({ message: `?${query}&$count=true gave count ${JSON.stringify(page.count)}, totalCount ${JSON.stringify(page.totalCount)}`, exchange, expected: `count ${expected.count}, totalCount ${expected.totalCount}`, actual: `count ${JSON.stringify(page.count)}, totalCount ${JSON.stringify(page.totalCount)}` });
      }
    }
    return failures;
  });
}

/** JSON with object keys sorted: two records are equal when these are. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, node: unknown) => (node && typeof node === 'object' && !Array.isArray(node) ? Object.fromEntries(Object.entries(node).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : node));
}

function itemLookup(resource: CatalogueResource): Check {
  const item = operationOf(resource, 'item')!;
  return documentedCheck(resource, 'item_lookup', 'resources', `GET ${item.path} of a listed record answers 200 with the record as the list has it.`, async (ctx) => {
    // The suite's own session changes with every request it sends (docs/behaviour.md#every-request-bumps-session),
    // so it is never the record compared.
    const all = (await wholeList(ctx, resource, 1)).filter((record) => keyOf(resource, record) !== ctx.state.ownSessionId);
    if (all.length === 0) ctx.skip(`no ${resource.name} but the suite's own session`);
    const picked = [...new Set([0, Math.floor(all.length / 2), all.length - 1])].map((i) => all[i]!);
    const failures: Failure[] = [];
    for (const record of picked) {
      const key = keyOf(resource, record);
      const exchange = await ctx.target.call(item.operationId, 'GET', itemPath(item, key));
      if (exchange.response?.status !== 200) {
        failures.push({ message: `GET ${itemPath(item, key)} of a listed record answered ${exchange.response?.status}`, exchange, expected: 'status 200', actual: `status ${exchange.response?.status}` });
        continue;
      }
      const same = canonical(exchange.response.json) === canonical(record);
      if (!same) failures.push({ message: `GET ${itemPath(item, key)} differs from the listed record`, exchange, expected: canonical(record).slice(0, 300), actual: exchange.response.text.slice(0, 300) });
    }
    return failures;
  });
}

function unknownKeyNotFound(resource: CatalogueResource): Check {
  const item = operationOf(resource, 'item')!;
  return {
    name: `unknown_key_not_found[${resource.name}]`,
    group: 'resources',
    basis: 'documented',
    summary: `GET ${item.path} with a key no record has answers 404.`,
    async run(ctx) {
      const exchange = await ctx.target.call(item.operationId, 'GET', itemPath(item, unknownKey(ctx.flags.seed)));
      ctx.expectStatus(exchange, 404, `GET ${item.path} with an unknown key: expected 404, got ${exchange.response?.status}`);
    },
  };
}

function malformedRejected(resource: CatalogueResource): Check {
  const queries = ['$take=-1', '$skip=abc', `$sort=contractNoSuchKey`, '$count=maybe', ...resource.ndata.filters.slice(0, 1).map((member) => param(member.name, 'contractbogus:x'))];
  return {
    name: `ndata_malformed_rejected[${resource.name}]`,
    group: 'errors',
    basis: 'inferred',
    summary: `GET /${resource.name} with malformed NData (a negative \`$take\`, a word for \`$skip\`, an unknown sort key, \`$count=maybe\`, an unknown operator) answers 400.`,
    async run(ctx) {
      for (const query of queries) {
        const exchange = await listResource(ctx, resource, query);
        ctx.expectStatus(exchange, 400, `GET /${resource.name}?${decodeURIComponent(query)}: expected 400, got ${exchange.response?.status}`);
      }
    },
  };
}

/** The read-only checks of one listable resource, in run order. */
export function resourceReadChecks(resource: CatalogueResource): Check[] {
  const checks = [pagingSkip(resource), pagingTake(resource), sorting(resource), filtering(resource), counting(resource), malformedRejected(resource)];
  if (operationOf(resource, 'item')) checks.push(itemLookup(resource), unknownKeyNotFound(resource));
  return checks;
}
