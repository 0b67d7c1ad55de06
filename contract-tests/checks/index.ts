/**
 * Every check, in the order a run executes them (final-phase checks run last, over the whole journal).
 * Lifecycle checks come after the read-only ones, because a login on a sale device ends the device's
 * earlier session.
 */
import { authGarbageTokenRejected, authMissingTokenRejected, badCredentialsRejected } from './auth.ts';
import type { Check } from './check.ts';
import { contentTypeConformance, operationsSucceed, problemMediaType, responseSchemaConformance, statusCodeConformance } from './conformance.ts';
import { countOnlyNoItems, countOnlyTotals } from './count.ts';
import { malformedNdataRejected, unknownSessionNotFound, validationMemberNames } from './errors.ts';
import { fuzzMatchesReference } from './fuzz.ts';
import { deletedSessionNotFound, deletedTokenRejected, lifecycleOwnSession, logoutEndsSession } from './lifecycle.ts';
import { filterEqSelectsOne, filterGtLt, filterInSelectsExactly, filterNeqComplement } from './ndata-filtering.ts';
import { countMatchesItems, skipPagesJoin, takeBoundsPage, totalCountExact } from './ndata-paging.ts';
import { sortDottedKeys, sortOrderExact, sortTopLevel } from './ndata-sorting.ts';
import { nws4StaleTimestampRejected, nws4TamperedBodyRejected, nws4UnknownKeyRejected } from './nws4.ts';
import { probe } from './probe.ts';

export type { Check } from './check.ts';

export const checks: readonly Check[] = [
  operationsSucceed,
  statusCodeConformance,
  contentTypeConformance,
  responseSchemaConformance,
  problemMediaType,
  authMissingTokenRejected,
  authGarbageTokenRejected,
  badCredentialsRejected,
  nws4TamperedBodyRejected,
  nws4StaleTimestampRejected,
  nws4UnknownKeyRejected,
  unknownSessionNotFound,
  malformedNdataRejected,
  validationMemberNames,
  countMatchesItems,
  takeBoundsPage,
  skipPagesJoin,
  totalCountExact,
  countOnlyNoItems,
  countOnlyTotals,
  sortTopLevel,
  sortDottedKeys,
  sortOrderExact,
  filterGtLt,
  filterEqSelectsOne,
  filterInSelectsExactly,
  filterNeqComplement,
  fuzzMatchesReference,
  probe,
  lifecycleOwnSession,
  deletedSessionNotFound,
  deletedTokenRejected,
  logoutEndsSession,
];

/** The names of every check, in run order. */
export const checkNames: readonly string[] = checks.map((check) => check.name);
