/**
 * The store as a mock's users and operations see it (`api.store`): the generic store of src/store (a
 * table and a collection per resource) with the PORTOS session rules' view of it, the session
 * repository and the directory (src/portos session-tables.ts), so a test reads
 * `api.store.getSession(id)` and the rights check `api.store.findUser(userName)`.
 */
import { directory, sessionRepository, type Directory, type SessionRepository, type TableOf } from '../portos/index.ts';
import type { Store } from '../store/index.ts';

export type MockStore = Store & SessionRepository & Directory;

export function withSessionRules(store: Store): MockStore {
  const tables = store.table as TableOf;
  return Object.assign(store, sessionRepository(tables), directory(tables));
}
