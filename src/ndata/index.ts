/**
 * NData: the query language of PORTOS collections (`$skip`, `$take`, `$sort`, `$count` and filter
 * members such as `sessionId=in:a:b`), as a pure engine with no dependencies. `parse` validates a
 * request's parameters against a `ResourceDescription` and returns a plain `NDataQuery` or every
 * validation error; `evaluate` is the reference: it runs a query over an array in the plainest way (filter,
 * one comparator, slice), written to be read, not to be fast. The contract-test kit uses it as its oracle,
 * and the store's fast index (src/store/ndata-index) is proven equal to it; so this folder is strict
 * where PORTOS is documented and says "inferred" (docs/ndata.md) where not.
 *
 * @module
 */

// Values
export { parse } from './parse.ts';
export { evaluate, compareBy } from './evaluate.ts';
export { checkResource } from './check-resource.ts';
export { parseDateTime, compareDateTimes } from './date-time.ts';
export { WELL_KNOWN_OPERATORS, OPERATOR_ARITY, isWellKnownOperator } from './operators.ts';
export { MAX_WHOLE_NUMBER } from './parse-paging.ts';
export { parseArgument } from './values.ts';

// Types
export type { DateTimeKey } from './date-time.ts';
export type { Key } from './values.ts';
export type { WellKnownOperator } from './operators.ts';
export type { FilterCondition, NDataQuery, ParseResult, QueryPage, ValidationError } from './query.ts';
export type { CustomOperator, FilterMember, ResourceDescription, SortKey, SortTerm, ValueType } from './resource.ts';
