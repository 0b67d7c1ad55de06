import { describe, expect, it } from 'vitest';
import { parse } from '../ndata/index.ts';
import { createClock, directory, sessionRepository, sessionSeedRules, type Clock, type Fixtures, type Session, type TableOf } from '../portos/index.ts';
import { bundledContract, catalogued } from '../spec/index.ts';
import devices from '../../fixtures/devices.json' with { type: 'json' };
import sessions from '../../fixtures/sessions.json' with { type: 'json' };
import users from '../../fixtures/users.json' with { type: 'json' };
import { createStore as createGenericStore } from './create-store.ts';

const defaultFixtures = { users, devices, sessions } as unknown as Fixtures;

const PINNED = '2023-08-04T21:30:00Z';
const query = (text: string) => {
  const result = parse(new URLSearchParams(text), catalogued('sessions').ndata);
  if ('errors' in result) throw new Error(JSON.stringify(result.errors));
  return result.query;
};

/** The generic store with the session rules' seed checks and their view of its tables, as a mock has it. */
function createStore(fixtures: Fixtures, clock: Clock) {
  const store = createGenericStore(fixtures, clock, bundledContract, sessionSeedRules);
  const tables = store.table as TableOf;
  return Object.assign(store, sessionRepository(tables), directory(tables), { querySessions: store.table('sessions')!.query });
}

describe('createStore', () => {
  it('seeds @msw/data collections of sessions, users and devices, attached on demand', async () => {
    const store = createStore(defaultFixtures, createClock(PINNED));
    await store.ready;
    expect(() => store.sessions).toThrow("Use `await store.collection('sessions')`");
    expect(store.table('devices')!.records()).toHaveLength(35);
    await store.attachCollections();
    expect(store.sessions.count()).toBe(59);
    expect(store.users.count()).toBe(9);
    expect(store.devices.count()).toBe(35);
    expect(store.findUser('999')?.name).toBe('Majiteľ');
    expect(store.findDevice('P01')?.envName).toBe('CashRegister');
    expect(store.findUser('nobody')).toBeUndefined();
  });

  it('keeps every catalogued collection in a table of its own, with no rules but the spec\'s unless given some', async () => {
    const store = createGenericStore({ devices: defaultFixtures.devices }, createClock(PINNED));
    await store.attachCollections();
    expect(Object.keys(store.collections)).toEqual(bundledContract.catalogue.map((resource) => resource.name));
    expect(store.devices.count()).toBe(35);
    expect(store.table('sessions')!.records()).toEqual([]);
    expect(() => createGenericStore({ users: [] }, createClock(PINNED), bundledContract, sessionSeedRules)).toThrow('devices must be an array of records');
  });

  it('throws at once, not in ready, for a broken fixture', () => {
    expect(() => createStore({ ...defaultFixtures, devices: [] }, createClock(PINNED))).toThrow('identity.deviceName "P01" is not in devices');
  });

  it('rejects a record that breaks the spec without a collection, and keeps the table as it was', async () => {
    const store = createStore(defaultFixtures, createClock(PINNED));
    await store.ready;
    const devices = store.table('devices')!;
    const bad = { ...devices.get('P01')!, envName: 'Kiosk' };
    await expect(devices.put(bad)).rejects.toThrow('does not match the schema');
    expect(devices.get('P01')?.envName).toBe('CashRegister');
    const bump = { ...store.getSession('Hq6563mjODIOwNa87Cgi295uNPlKeOqA')!, sessionId: 'x'.repeat(32), _v: 0 };
    await expect(store.insertSession(bump)).rejects.toThrow('does not match the schema');
    expect(store.getSession('x'.repeat(32))).toBeUndefined();
  });

  it('carries writes made without a collection over to the collection attached later', async () => {
    const store = createStore(defaultFixtures, createClock(PINNED));
    await store.ready;
    const devices = store.table('devices')!;
    await devices.put({ ...devices.get('P01')!, description: 'Front till' });
    await devices.remove('P02');
    const collection = await store.collection('devices');
    expect(collection.findFirst((q) => q.where({ name: 'P01' }))?.description).toBe('Front till');
    expect(collection.findFirst((q) => q.where({ name: 'P02' }))).toBeUndefined();
    expect(collection.count()).toBe(34);
    // From now on the handlers' writes go through the collection.
    await devices.put({ ...devices.get('P03')!, description: 'Back till' });
    expect(collection.findFirst((q) => q.where({ name: 'P03' }))?.description).toBe('Back till');
    await expect(store.collection('nothing')).rejects.toThrow('Failed to find the collection "nothing"');
  });

  it('rejects a record that breaks the spec in the collections themselves', async () => {
    const store = createStore(defaultFixtures, createClock(PINNED));
    await store.attachCollections();
    const bad = { ...store.getSession('Hq6563mjODIOwNa87Cgi295uNPlKeOqA')!, _v: 0 };
    const error = console.error;
    console.error = () => {};
    try {
      await expect(store.sessions.create(bad)).rejects.toThrow('does not match the schema');
    } finally {
      console.error = error;
    }
  });

  it('answers list queries through the NData index: sorted, filtered and paged correctly', async () => {
    const store = createStore(defaultFixtures, createClock(PINNED));
    await store.ready;
    const all = store.table('sessions')!.records().map((s) => ({ ...s }) as unknown as Session);
    const page = store.querySessions(query('$sort=-_v,identity.userName&$skip=5&$take=10'));
    const expected = [...all].sort((a, b) => b._v - a._v || (a.identity.userName < b.identity.userName ? -1 : a.identity.userName > b.identity.userName ? 1 : 0) || (a.sessionId < b.sessionId ? -1 : 1));
    expect(page.items.map((s) => s.sessionId)).toEqual(expected.slice(5, 15).map((s) => s.sessionId));
    expect(page.totalCount).toBe(59);
  });

  it('keeps the index in step with changes made to the collection directly', async () => {
    const store = createStore(defaultFixtures, createClock(PINNED));
    await store.attachCollections();
    const record = store.sessions.findFirst((q) => q.where({ sessionId: 'Hq6563mjODIOwNa87Cgi295uNPlKeOqA' }))!;
    await store.sessions.update(record, { data: (draft) => void (draft._v = 99) });
    expect(store.getSession('Hq6563mjODIOwNa87Cgi295uNPlKeOqA')?._v).toBe(99);
    store.sessions.delete(store.sessions.findFirst((q) => q.where({ sessionId: 'Hq6563mjODIOwNa87Cgi295uNPlKeOqA' }))!);
    expect(store.getSession('Hq6563mjODIOwNa87Cgi295uNPlKeOqA')).toBeUndefined();
    expect(store.querySessions(query('$count=true')).totalCount).toBe(58);
  });

  it('applies simultaneous updates one after another', async () => {
    const store = createStore(defaultFixtures, createClock(PINNED));
    await store.ready;
    const id = 'soZIt6uj62fzs8ep4UvnNSxRXFryUiq3';
    await Promise.all(Array.from({ length: 25 }, () => store.updateSession(id, (s) => ({ ...s, _v: s._v + 1 }))));
    expect(store.getSession(id)?._v).toBe(27);
  });

  it('removes expired sessions in expiry order and names them, without a collection', async () => {
    const clock = createClock(PINNED);
    const store = createStore(defaultFixtures, clock);
    await store.ready;
    const live = store.table('sessions')!.records().length;
    expect(await store.removeExpiredSessions(clock.now())).toEqual([]);
    clock.set('2023-08-04T23:19:38.015Z');
    const removed = await store.removeExpiredSessions(clock.now());
    expect(removed.map((s) => s.sessionId)).toContain('soZIt6uj62fzs8ep4UvnNSxRXFryUiq3');
    expect(removed.map((s) => Date.parse(s.expiresAt))).toEqual(removed.map((s) => Date.parse(s.expiresAt)).sort((a, b) => a - b));
    for (const session of removed) expect(Date.parse(session.expiresAt)).toBeLessThanOrEqual(clock.now().getTime());
    expect(store.querySessions(query('$count=true')).totalCount).toBe(live - removed.length);
  });

  it('removes expired sessions in expiry order, from the index and the collection', async () => {
    const clock = createClock(PINNED);
    const store = createStore(defaultFixtures, clock);
    await store.attachCollections();
    clock.set('2023-08-04T23:19:38.015Z');
    await store.removeExpiredSessions(clock.now());
    expect(store.getSession('soZIt6uj62fzs8ep4UvnNSxRXFryUiq3')).toBeUndefined();
    for (const session of store.sessions.all()) expect(Date.parse(session.expiresAt)).toBeGreaterThan(clock.now().getTime());
    expect(store.querySessions(query('$count=true')).totalCount).toBe(store.sessions.count());
  });

  it('resets to the seed and keeps stores apart', async () => {
    const a = createStore(defaultFixtures, createClock(PINNED));
    const b = createStore(defaultFixtures, createClock(PINNED));
    await Promise.all([a.attachCollections(), b.ready]);
    await a.removeSession('soZIt6uj62fzs8ep4UvnNSxRXFryUiq3');
    expect(b.getSession('soZIt6uj62fzs8ep4UvnNSxRXFryUiq3')).toBeDefined();
    const before = a.sessions;
    await a.reset();
    expect(a.getSession('soZIt6uj62fzs8ep4UvnNSxRXFryUiq3')?._v).toBe(2);
    expect(a.sessions).not.toBe(before);
    // A replaced collection no longer feeds the index.
    before.delete(before.all()[0]!);
    expect(a.querySessions(query('$count=true')).totalCount).toBe(59);
  });
});
