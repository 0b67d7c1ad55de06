/**
 * NData: the query language of PORTOS collections (`$skip`, `$take`, `$sort`, `$count` and filter
 * members such as `sessionId=in:a:b`), as a pure engine with no dependencies. `parse` validates a
 * request's parameters against a `ResourceDescription` and returns a plain `NDataQuery` or every
 * validation error; `evaluate` runs a query over an array; `createIndex` keeps a live collection that
 * answers the same queries fast (the mock's store uses it). The contract-test kit uses this folder as its
 * oracle, so it is strict where PORTOS is documented and says "inferred" (docs/ndata.md) where not.
 *
 * @module
 */

// Values
export { parse } from './parse.ts';
export { evaluate } from './evaluate.ts';
export { createIndex } from './create-index.ts';
export { effectiveOrder } from './order.ts';
export { checkResource } from './check-resource.ts';
export { parseDateTime, compareDateTimes } from './date-time.ts';
export { WELL_KNOWN_OPERATORS, OPERATOR_ARITY, isWellKnownOperator } from './operators.ts';
export { MAX_WHOLE_NUMBER } from './parse-paging.ts';

// Types
export type { NDataIndex } from './create-index.ts';
export type { DateTimeKey } from './date-time.ts';
export type { WellKnownOperator } from './operators.ts';
export type { FilterCondition, NDataQuery, ParseResult, QueryPage, ValidationError } from './query.ts';
export type { CustomOperator, FilterMember, ResourceDescription, SortKey, SortTerm, ValueType } from './resource.ts';
