/**
 * Issue 17.5 "one mock, one face": the object `createMockApi` returns is the mock's core face itself
 * (every member of `MockCore`, live), so the node door serves the same instance and a capability added
 * to the core reaches test authors without an edit here.
 */
import { describe, expect, it } from 'vitest';
import type { MockCore } from '../handlers/index.ts';
import { startServer } from '../server/index.ts';
import { createMockApi } from './index.ts';

describe('createMockApi', () => {
  it('17.5 has every member of the core, each the core’s own (getters stay live)', async () => {
    const api = createMockApi({ clock: '2023-08-04T21:30:00Z' });
    // The type says it too: a MockApi is a MockCore.
    const face: MockCore = api;
    for (const member of Object.keys(api.core) as (keyof MockCore)[]) expect(face[member], member).toBe(api.core[member]);
    await api.useScenario('empty');
    expect(api.scenario.name).toBe('empty');
    expect((await api.store.collection('sessions')).count()).toBe(0);
    expect(api.changes).toBe(api.core.changes);
  });

  it('17.5 is served by the node door as it is: one instance, two doors', async () => {
    const api = createMockApi({ clock: '2023-08-04T21:30:00Z' });
    const server = await startServer({ port: 0, host: '127.0.0.1', core: api });
    try {
      await api.useScenario('empty');
      const health = await fetch(`${server.url}/__mock/state`);
      expect(((await health.json()) as { scenario: string }).scenario).toBe('empty');
    } finally {
      await server.close();
    }
  });
});
