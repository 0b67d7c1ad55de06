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
import { resourceWriteChecks } from './resource-writes.ts';
import { resourceReadChecks } from './resources.ts';
import { kitCatalogue, kitDocuments, type CatalogueResource } from '../resources.ts';
import type { OpenApiDocument } from '../../src/spec/index.ts';

export type { Check } from './check.ts';

/** The checks of the sessions rules and of every operation, before the per-resource checks. */
const before: readonly Check[] = [
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
];

/** Checks that log in and out or delete sessions: after every read-only one. */
const after: readonly Check[] = [
  probe,
  lifecycleOwnSession,
  deletedSessionNotFound,
  deletedTokenRejected,
  logoutEndsSession,
];

/**
 * Every check of a run over `resources` (the catalogue of the bundled document and any `--spec`
 * documents): each listable resource gets its paging, sorting, filtering, count and item checks, and
 * the write checks where the spec declares writes (docs/contract-tests.md#every-resource).
 */
export function checksFor(resources: readonly CatalogueResource[], documents: readonly OpenApiDocument[]): Check[] {
  const perResource = resources.flatMap((resource) => [...resourceReadChecks(resource), ...resourceWriteChecks(resource, documents)]);
  return [...before, ...perResource, ...after];
}

/** Every check of a run against the bundled document, in run order. */
export const checks: readonly Check[] = checksFor(kitCatalogue(), kitDocuments());

/** The names of every check, in run order. */
export const checkNames: readonly string[] = checks.map((check) => check.name);
