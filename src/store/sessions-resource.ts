import type { ResourceDescription } from '../ndata/index.ts';

/**
 * The NData description of GET /sessions. The filter member `sessionId` is documented by PORTOS; the
 * sort keys, the default order and the tie-breaker are inferred (docs/ndata.md#ndata-sorting, inferred).
 */
export const sessionsResource: ResourceDescription = {
  name: 'sessions',
  filters: [{ name: 'sessionId', path: 'sessionId', type: 'string' }],
  sortKeys: [
    { name: 'sessionId', path: 'sessionId', type: 'string' },
    { name: 'startedAt', path: 'startedAt', type: 'date-time' },
    { name: 'expiresAt', path: 'expiresAt', type: 'date-time' },
    { name: 'lastAccessAt', path: 'lastAccessAt', type: 'date-time' },
    { name: '_v', path: '_v', type: 'number' },
    { name: 'identity.userName', path: 'identity.userName', type: 'string' },
    { name: 'identity.deviceName', path: 'identity.deviceName', type: 'string' },
    { name: 'identity.envName', path: 'identity.envName', type: 'string' },
    { name: 'identity.authenticationType', path: 'identity.authenticationType', type: 'string' },
  ],
  defaultOrder: [{ key: 'startedAt', direction: 'asc' }],
  tieBreaker: 'sessionId',
};
