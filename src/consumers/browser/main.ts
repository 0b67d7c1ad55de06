/**
 * Recipe: the PORTOS mock inside a browser app (docs/consumers.md#browser-worker). msw's service worker
 * answers the app's own `fetch` calls with the same handlers the tests use; the app code below is plain
 * fetch + DOM and would not change against a real PORTOS. In your app, import from 'portos-mock'. Vite
 * replaces `import.meta.env.DEV` (true under `vite`, false in `vite build`), so the mock is a development
 * tool only.
 */
// 1. In development only, start the worker (needs /mockServiceWorker.js: `npx msw init public/ --save`).
// Both imports are dynamic and behind `import.meta.env.DEV`, so a production build drops them and
// ships neither msw nor the mock.
if (import.meta.env.DEV) {
  const [{ setupWorker }, { createMockApi }] = await Promise.all([import('msw/browser'), import('../../msw/index.ts')]);
  const worker = setupWorker(...createMockApi().handlers);
  await worker.start({ quiet: true, onUnhandledFrame: 'bypass' });
}

// 2. The app: log in, list the newest sessions with an NData query, delete one.
const QUERY = '$sort=-lastAccessAt&$take=5';
let token = '';
let ownSessionId = '';

const $ = (id: string) => document.getElementById(id) as HTMLElement;

function log(line: string): void {
  const item = document.createElement('li');
  item.textContent = line;
  $('log').append(item);
}

/** The `sid` claim of the JWT names the caller's own session. */
function sessionOf(jwt: string): string {
  const payload = jwt.split('.')[1] ?? '';
  return JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))).sid;
}

async function logIn(): Promise<void> {
  const response = await fetch('/api/auth', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ UserName: '999', DeviceName: 'BackOffice' }),
  });
  const body = await response.json();
  log(`POST /api/auth → ${response.status} (${body.user.name} on ${body.user.device.name})`);
  token = body.tokenId;
  ownSessionId = sessionOf(token);
  $('status').textContent = `Logged in as ${body.user.name}`;
  await listSessions();
}

async function listSessions(): Promise<void> {
  const response = await fetch(`/sessions?${QUERY}`, { headers: { authorization: `Bearer ${token}` } });
  const body = await response.json();
  if (!response.ok) {
    log(`GET /sessions?${QUERY} → ${response.status} ${body.title}`);
    $('status').textContent = `${response.status}: ${body.title}`;
    return;
  }
  log(`GET /sessions?${QUERY} → ${response.status}: ${body.count} of ${body.totalCount}`);
  $('summary').textContent = `Showing ${body.count} of ${body.totalCount} sessions`;
  $('sessions').replaceChildren(
    ...body.items.map((session: { sessionId: string; identity: { userName: string; deviceName: string }; lastAccessAt: string; _v: number }) => {
      const row = document.createElement('tr');
      row.dataset.sessionId = session.sessionId;
      if (session.sessionId === ownSessionId) row.className = 'own';
      for (const text of [session.sessionId, session.identity.userName, session.identity.deviceName, session.lastAccessAt, String(session._v)]) {
        const cell = document.createElement('td');
        cell.textContent = text;
        row.append(cell);
      }
      const button = document.createElement('button');
      button.textContent = session.sessionId === ownSessionId ? 'Delete (mine)' : 'Delete';
      button.onclick = () => deleteSession(session.sessionId);
      const cell = document.createElement('td');
      cell.append(button);
      row.append(cell);
      return row;
    }),
  );
}

async function deleteSession(sessionId: string): Promise<void> {
  const response = await fetch(`/sessions/${sessionId}`, { method: 'DELETE', headers: { authorization: `Bearer ${token}` } });
  log(`DELETE /sessions/${sessionId} → ${response.status}`);
  $('status').textContent = `Deleted ${sessionId}`;
  await listSessions();
}

$('login').onclick = () => void logIn();
($('login') as HTMLButtonElement).disabled = false;
$('status').textContent = import.meta.env.DEV ? 'Mock ready' : 'Ready';
