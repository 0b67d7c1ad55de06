/**
 * Live updates in a browser with no server: msw's worker answers the SignalR negotiate and its `ws.link`
 * carries the hub's WebSocket in-process (docs/consumers.md#live-updates). `@microsoft/signalr`'s browser
 * code connects as it would to PORTOS; each `OnEvent` is listed on the page. Run in Chromium by
 * live-updates.e2e.test.ts. In your app, import from 'portos-mock'.
 */
import { HttpTransportType, HubConnectionBuilder } from '@microsoft/signalr';
import { setupWorker } from 'msw/browser';
import { createMockApi } from '../../msw/index.ts';

const portos = createMockApi();
const worker = setupWorker(...portos.handlers, ...portos.hubHandlers);
await worker.start({ quiet: true, onUnhandledFrame: 'bypass' });

const $ = (id: string) => document.getElementById(id) as HTMLElement;

async function login(DeviceName: string): Promise<string> {
  const response = await fetch('/api/auth', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ UserName: '999', DeviceName }),
  });
  return (await response.json()).tokenId;
}

const tokenId = await login('BackOffice');
const hub = new HubConnectionBuilder()
  .withUrl('/signalr/v1/mainHub', { accessTokenFactory: () => tokenId, transport: HttpTransportType.WebSockets })
  .build();
hub.on('OnEvent', (event: { e: string; p: { change: string; resource: { name: string; id: string } } }) => {
  const item = document.createElement('li');
  item.textContent = `${event.e}: ${event.p.resource.name} ${event.p.resource.id} ${event.p.change}`;
  $('events').append(item);
});
await hub.start();
$('status').textContent = `Hub connected (${hub.connectionId})`;

// The test logs in on another device from the page, as another tab of the back office would.
Object.assign(window, { loginOn: login });
