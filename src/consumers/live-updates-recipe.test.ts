// Recipe: live updates from the mock's SignalR hub (docs/consumers.md#live-updates). In your project, import from 'portos-mock/server'.
import { HubConnectionBuilder, HttpTransportType } from '@microsoft/signalr';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startServer } from '../server/serve.ts';

const mock = await startServer({ port: 0, clock: '2023-08-04T21:30:00Z' });
let tokenId = '';

async function login(DeviceName: string) {
  const response = await fetch(`${mock.url}/api/auth`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ UserName: '999', DeviceName }),
  });
  return (await response.json()).tokenId as string;
}

const hub = new HubConnectionBuilder()
  .withUrl(`${mock.url}/signalr/v1/mainHub`, {
    accessTokenFactory: () => tokenId, // the same bearer token as every PORTOS request
    transport: HttpTransportType.WebSockets,
  })
  .build();

beforeAll(async () => {
  tokenId = await login('BackOffice');
  await hub.start();
  await hub.invoke('Subscribe', 'sessions'); // optional: without it, every resource's changes arrive
});
afterAll(async () => {
  await hub.stop();
  await mock.close();
});

it('refreshes a "who is logged in" list when a session is created', async () => {
  const changed = new Promise((resolve) =>
    hub.on('OnEvent', (event) => event.e === 'portos.resources.changed' && event.p.change === 'created' && resolve(event.p)),
  );
  await login('P02');
  expect(await changed).toEqual({ change: 'created', resource: { name: 'sessions', id: expect.any(String), version: 1 } });
});
