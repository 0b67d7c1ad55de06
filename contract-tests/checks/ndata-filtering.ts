/**
 * NData filtering on `sessionId`: `gt`/`lt` (documented by example) and the inferred operators.
 * Filters work on `sessionId`, a field that never changes, so live data only matter through sessions
 * that come and go; comparisons that read the list twice retry once.
 */
import { caseFolded, expectedPage } from '../oracle.ts';
import { describeSetDiff, fetchPage, ids, mismatch, unknownSessionId } from '../sessions.ts';
import { idList, type CheckContext } from '../context.ts';
import type { Failure } from '../types.ts';
import { liveCheck, type Check } from './check.ts';

async function listIds(ctx: CheckContext): Promise<string[]> {
  const all = await fetchPage(ctx, '$sort=sessionId');
  if (all.items.length < 4) ctx.skip(`needs at least 4 sessions on the server, found ${all.items.length}`);
  return ids(all.items);
}

export const filterGtLt: Check = liveCheck(
  {
    name: 'filter_gt_lt',
    group: 'ndata-filtering',
    basis: 'documented',
    summary:
      '`sessionId=gt:a&sessionId=lt:b` and `sessionId=gt:a;lt:b` select the same sessions, all strictly between a and b, and none that lies between them is missing.',
  },
  async (ctx) => {
    const sessions = (await fetchPage(ctx, '$sort=sessionId')).items;
    if (sessions.length < 4) ctx.skip(`needs at least 4 sessions on the server, found ${sessions.length}`);
    const all = ids(sessions);
    const sorted = ids(expectedPage(sessions, '$sort=sessionId').items ?? []);
    const lo = sorted[Math.floor(sorted.length / 4)]!;
    const hi = sorted[Math.floor((sorted.length * 3) / 4)]!;
    // What the reference selects, with strings compared as they are and compared folded (PORTOS does
    // not document which): a session outside both is wrongly selected, one inside both wrongly missed.
    const range = `sessionId=gt:${lo};lt:${hi}`;
    const ordinal = new Set(ids(expectedPage(sessions, range).items ?? []));
    const foldedSessions = sessions.map((session) => ({ ...caseFolded(session), original: session.sessionId }));
    const folded = new Set((expectedPage(foldedSessions, caseFolded(range)).items ?? []).map((session) => session.original));
    const between = (id: string, selected: ReadonlySet<string>) => selected.has(id);
    const failures: Failure[] = [];
    const repeated = await fetchPage(ctx, `sessionId=gt:${lo}&sessionId=lt:${hi}`);
    const joined = await fetchPage(ctx, `sessionId=gt:${lo};lt:${hi}`);
    failures.push(...mismatch(describeSetDiff(ids(joined.items), ids(repeated.items)) && `the two spellings of gt/lt select different sessions: ${describeSetDiff(ids(joined.items), ids(repeated.items))}`, joined.exchange, { expected: `ids ${idList(ids(repeated.items))} (as with repeated parameters)`, actual: `ids ${idList(ids(joined.items))}` }));
    for (const page of [repeated, joined]) {
      const outside = ids(page.items).filter((id) => !between(id, ordinal) && !between(id, folded));
      if (outside.length) failures.push({ message: `gt:${lo} and lt:${hi} selected ${outside.length} session(s) outside the range: ${outside.slice(0, 3).join(', ')}`, exchange: page.exchange, expected: `only ids between ${lo} and ${hi}`, actual: `also ${idList(outside)}` });
      const got = new Set(ids(page.items));
      const missing = all.filter((id) => between(id, ordinal) && between(id, folded) && !got.has(id));
      if (missing.length) failures.push({ message: `gt:${lo} and lt:${hi} missed ${missing.length} session(s) inside the range: ${missing.slice(0, 3).join(', ')}`, exchange: page.exchange, expected: `also ${idList(missing)}`, actual: `ids ${idList(ids(page.items))}` });
    }
    return failures;
  },
);

export const filterEqSelectsOne: Check = liveCheck(
  {
    name: 'filter_eq_selects_one',
    group: 'ndata-filtering',
    basis: 'inferred',
    summary: '`sessionId=eq:X` and the bare `sessionId=X` select exactly session X; an unknown id selects nothing.',
  },
  async (ctx) => {
    const all = await listIds(ctx);
    const id = all[Math.floor(all.length / 2)]!;
    const failures: Failure[] = [];
    for (const query of [`sessionId=eq:${id}`, `sessionId=${id}`]) {
      const page = await fetchPage(ctx, query);
      failures.push(...mismatch(describeSetDiff(ids(page.items), [id]) && `?${query}: ${describeSetDiff(ids(page.items), [id])}`, page.exchange, { expected: `ids [${id}]`, actual: `ids ${idList(ids(page.items))}` }));
    }
    const none = await fetchPage(ctx, `sessionId=eq:${unknownSessionId()}`);
    failures.push(...mismatch(none.items.length ? `eq with an unknown id selected ${none.items.length} session(s)` : undefined, none.exchange, { expected: 'no items', actual: `ids ${idList(ids(none.items))}` }));
    return failures;
  },
);

export const filterInSelectsExactly: Check = liveCheck(
  {
    name: 'filter_in_selects_exactly',
    group: 'ndata-filtering',
    basis: 'inferred',
    summary: '`sessionId=in:A:B:C` selects exactly the listed sessions that exist (an unknown id among them selects nothing more).',
  },
  async (ctx) => {
    const all = await listIds(ctx);
    const picked = [all[0]!, all[Math.floor(all.length / 2)]!, all[all.length - 1]!];
    const page = await fetchPage(ctx, `sessionId=in:${[...picked, unknownSessionId()].join(':')}`);
    const diff = describeSetDiff(ids(page.items), picked);
    return mismatch(diff && `in: with ${picked.length} known ids and one unknown: ${diff}`, page.exchange, { expected: `ids ${idList(picked)}`, actual: `ids ${idList(ids(page.items))}` });
  },
);

export const filterNeqComplement: Check = liveCheck(
  {
    name: 'filter_neq_complement',
    group: 'ndata-filtering',
    basis: 'inferred',
    summary: '`sessionId=neq:X` selects every session except X.',
  },
  async (ctx) => {
    const all = await listIds(ctx);
    const id = all[1]!;
    const page = await fetchPage(ctx, `sessionId=neq:${id}`);
    const diff = describeSetDiff(ids(page.items), all.filter((other) => other !== id));
    return mismatch(diff && `neq:${id} is not the complement of ${id}: ${diff}`, page.exchange, { expected: `every id but ${id} (${all.length - 1})`, actual: diff ?? '' });
  },
);
