import type { ResourceDescription } from '../ndata/index.ts';
import { catalogued, SESSION_COLLECTION } from './table-resources.ts';

/**
 * The NData description of GET /sessions, read from the spec (its filter parameters, `x-ndata-sort-keys`
 * and `x-ndata-default-order`; ties end in the key, `sessionId`). The filter member `sessionId` is
 * documented by PORTOS; the sort keys and the default order are inferred (docs/ndata.md#ndata-sorting).
 */
export const sessionsResource: ResourceDescription = catalogued(SESSION_COLLECTION).ndata;
