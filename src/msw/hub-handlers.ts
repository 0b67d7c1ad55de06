/**
 * The msw door's half of the SignalR hub (docs/behaviour.md#notification-hub): negotiate as an `http.post`
 * handler, and the WebSocket through msw's `ws.link`, so a page under `setupWorker` (or a test under
 * `setupServer`) receives the same `OnEvent` notifications in-process. The hub's rules are the core's
 * (src/handlers/signalr); this file only moves text.
 *
 * A WebSocket cannot be refused with an HTTP status here (msw hands over an already open socket): a
 * refused one is closed at once with the code 4000 + the status (4401, 4404) and the problem's detail as
 * the reason (docs/behaviour.md#notification-auth).
 */
import { http, ws, type HttpHandler, type WebSocketHandler } from 'msw';
import { HUB_PATH, NEGOTIATE_PATH, type HubConnection, type MockCore } from '../handlers/index.ts';
import { routedPath, type BaseUrl } from './base-url.ts';
import { toPlainRequest, toResponse } from './fetch-plain.ts';

/** A WebSocket close reason is at most 123 bytes. */
const MAX_REASON_CHARS = 120;

/** The hub's WebSocket URL pattern for msw: the base URL's origin as ws(s), or any origin. */
function hubSocketPath(base: BaseUrl | undefined): string {
  return base ? `${base.origin.replace(/^http/, 'ws')}${base.prefix}${HUB_PATH}` : `*${HUB_PATH}`;
}

function refusalReason(body: string | undefined): string {
  let detail = 'refused';
  try {
    const parsed = JSON.parse(body ?? '') as { detail?: unknown; title?: unknown };
    detail = typeof parsed.detail === 'string' ? parsed.detail : typeof parsed.title === 'string' ? parsed.title : detail;
  } catch {
    // Not a problem body: keep the generic reason.
  }
  return detail.length > MAX_REASON_CHARS ? `${detail.slice(0, MAX_REASON_CHARS - 1)}…` : detail;
}

export function createHubHandlers(core: MockCore, base: BaseUrl | undefined): [HttpHandler, WebSocketHandler] {
  const negotiate = http.post(base ? `${base.origin}${base.prefix}${NEGOTIATE_PATH}` : `*${NEGOTIATE_PATH}`, async ({ request }) => {
    const url = new URL(request.url);
    const path = routedPath(url, base);
    if (path === undefined) return undefined;
    const answer = await core.hub.answer(toPlainRequest(request, url, path));
    return answer && toResponse(answer);
  });

  // `addEventListener` gives the handler that setupServer / setupWorker take.
  const socket = ws.link(hubSocketPath(base)).addEventListener('connection', ({ client }) => {
    // Frames that arrive while the token is checked wait for the connection (the handshake comes at once).
    const early: string[] = [];
    let connection: HubConnection | undefined;
    let gone = false;
    client.addEventListener('message', (event) => {
      const data = typeof event.data === 'string' ? event.data : '';
      if (connection) connection.receive(data);
      else early.push(data);
    });
    client.addEventListener('close', () => {
      gone = true;
      connection?.closed();
    });
    const url = new URL(client.url);
    void core.hub
      .admit({ url, path: routedPath(url, base) ?? url.pathname, header: () => undefined })
      .then((admission) => {
        if (gone) return;
        if ('refused' in admission) {
          client.close(4000 + admission.refused.status, refusalReason(admission.refused.body));
          return;
        }
        connection = admission.accept({ send: (text) => client.send(text), close: (code, reason) => client.close(code, reason) });
        for (const data of early.splice(0)) connection.receive(data);
      })
      .catch(() => client.close(4500, 'The mock failed to open the hub connection.'));
  });

  return [negotiate, socket];
}
