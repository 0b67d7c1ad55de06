/**
 * Scenarios (docs/behaviour.md#scenarios): each built-in one shows the state it promises, picked in code
 * (`createMockApi({ scenario })`) and at run time (`POST /__mock/scenario`); a scenario of one's own
 * works the same; bad choices fail with a sentence naming them.
 */
import { describe, expect, it } from 'vitest';
import { createMockApi } from '../msw/index.ts';
import { PINNED, useMock, type MockHarness } from './mock-client.test-support.ts';

const SALE_ENVIRONMENTS = new Set(['CashRegister', 'PDA']);

async function list(mock: MockHarness, token: string, query = '') {
  return mock.call('GET', `/sessions${query}`, { token });
}

/** The promise each built-in scenario makes, checked through the HTTP surface of a mock running it. */
const PROMISES: Record<string, (mock: MockHarness) => Promise<void>> = {
  async default(mock) {
    const { tokenId } = await mock.login('999', 'BackOffice');
    expect((await list(mock, tokenId, '?$count=true')).body).toEqual({ count: 60, totalCount: 60 });
  },
  async empty(mock) {
    const { tokenId } = await mock.login('999', 'BackOffice');
    const { body } = await list(mock, tokenId);
    expect(body.totalCount).toBe(1);
    expect(body.items[0].identity).toMatchObject({ userName: '999', deviceName: 'BackOffice' });
  },
  async crowded(mock) {
    const { tokenId } = await mock.login('999', 'BackOffice');
    const { body } = await list(mock, tokenId, '?$take=50&$skip=4000&$sort=-lastAccessAt');
    expect(body.totalCount).toBeGreaterThan(4000);
    expect(body.count).toBe(50);
    const sessions = (await mock.api.store.collection('sessions')).findMany();
    expect(new Set(sessions.map((s) => s.identity.envName))).toEqual(new Set(['CashRegister', 'PDA', 'BackOffice', 'Tool']));
    expect(new Set(sessions.map((s) => s.identity.userName)).size).toBe(9);
  },
  async expiring(mock) {
    const { tokenId } = await mock.login('999', 'BackOffice');
    const own = (await mock.call('GET', '/sessions?$sort=-startedAt&$take=1', { token: tokenId })).body.items[0];
    expect(Date.parse(own.expiresAt) - Date.parse(own.startedAt)).toBe(5 * 60_000);
    mock.api.clock.advance('PT5M');
    expect((await mock.call('GET', '/api/auth', { token: tokenId })).status).toBe(401);
  },
  async 'sale-device-taken'(mock) {
    const { tokenId } = await mock.login('999', 'BackOffice');
    const sale = (await list(mock, tokenId)).body.items.filter((s: { identity: { envName: string } }) => SALE_ENVIRONMENTS.has(s.identity.envName));
    const saleDevices = (await mock.api.store.collection('devices')).findMany().filter((d) => SALE_ENVIRONMENTS.has(d.envName));
    expect(sale).toHaveLength(saleDevices.length);
    expect(sale.every((s: { identity: { userName: string } }) => s.identity.userName !== '999')).toBe(true);
    // Taking one over ends the holder's session there (one session per sale device).
    await mock.login('999', 'P19');
    expect(mock.api.store.sessionsOnDevice('P19').map((s) => s.identity.userName)).toEqual(['999']);
  },
  async unavailable(mock) {
    const answer = await mock.call('POST', '/api/auth', { body: { UserName: '999', DeviceName: 'BackOffice' } });
    expect(answer.status).toBe(503);
    expect(answer.body.detail).toContain('unavailable');
    expect((await mock.call('GET', '/sessions')).status).toBe(503);
    expect((await mock.call('GET', '/__mock/health')).status).toBe(200);
    expect((await mock.call('POST', '/__mock/scenario', { body: { name: 'default' } })).status).toBe(200);
    expect((await mock.call('POST', '/api/auth', { body: { UserName: '999', DeviceName: 'BackOffice' } })).status).toBe(200);
  },
};

describe('each built-in scenario, chosen in code', () => {
  for (const [name, promise] of Object.entries(PROMISES)) {
    describe(name, () => {
      const mock = useMock({ scenario: name });
      it('shows the state it promises', async () => {
        expect(mock.api.scenario.name).toBe(name);
        await promise(mock);
      });
    });
  }
});

describe('each built-in scenario, chosen at run time with POST /__mock/scenario', () => {
  const mock = useMock();
  it.each(Object.keys(PROMISES))('%s', async (name) => {
    const answer = await mock.call('POST', '/__mock/scenario', { body: { name } });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ name, available: expect.arrayContaining([expect.objectContaining({ name: 'crowded' })]) });
    expect((await mock.call('GET', '/__mock/scenario')).body.name).toBe(name);
    await PROMISES[name]!(mock);
  });

  it('resets: earlier tokens are rejected and the journal starts again', async () => {
    const { tokenId } = await mock.login('999', 'BackOffice');
    await mock.call('POST', '/__mock/scenario', { body: { name: 'empty' } });
    expect((await mock.call('GET', '/api/auth', { token: tokenId })).status).toBe(401);
    expect(mock.api.journal.entries.map((e) => e.path)).toEqual(['/api/auth']);
  });

  it.each([[{ name: 'nope' }], [{}], [{ name: 7 }]])('answers %j with a 400 naming name', async (body) => {
    const answer = await mock.call('POST', '/__mock/scenario', { body });
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0].memberName).toBe('name');
    expect(mock.api.scenario.name).toBe('default');
  });
});

describe('a scenario of one\'s own', () => {
  const own = {
    name: 'two-users',
    description: 'Only 999 and 100, no sessions, sessions of 2 minutes.',
    fixtures: {
      users: [],
      devices: [],
      sessions: [],
    },
    sessionLifetime: 'PT2M',
  };

  it('works in code, and can be selected by name once registered', async () => {
    const base = createMockApi({ clock: PINNED });
    await base.ready;
    const fixtures = { users: (await base.store.collection('users')).findMany().slice(0, 2), devices: (await base.store.collection('devices')).findMany(), sessions: [] };
    const api = createMockApi({ clock: PINNED, scenario: { ...own, fixtures } });
    await api.ready;
    expect((await api.store.collection('users')).findMany().map((u) => u.userName)).toEqual(['999', '100']);
    expect((await api.store.collection('sessions')).count()).toBe(0);
    await api.useScenario('crowded');
    expect((await api.store.collection('sessions')).count()).toBeGreaterThan(4000);
    await api.useScenario('two-users');
    expect((await api.store.collection('sessions')).count()).toBe(0);
  });

  it('is refused with a sentence when it is not sound', () => {
    expect(() => createMockApi({ scenario: 'nope' })).toThrow('Unknown scenario "nope"; known: default, empty, crowded, expiring, sale-device-taken, unavailable.');
    expect(() => createMockApi({ scenario: { ...own, sessionLifetime: 'soon' } })).toThrow('sessionLifetime must be a positive ISO 8601 duration');
    expect(() => createMockApi({ scenario: 'empty', fixtures: own.fixtures })).toThrow('give either fixtures or a scenario, not both');
  });
});

describe('crowded', () => {
  it('is the same every time', async () => {
    const a = createMockApi({ clock: PINNED, scenario: 'crowded' });
    await a.ready;
    const b = createMockApi({ clock: PINNED, scenario: 'crowded' });
    await b.ready;
    expect((await a.store.collection('sessions')).findMany().map((s) => s.sessionId)).toEqual((await b.store.collection('sessions')).findMany().map((s) => s.sessionId));
  });
});
