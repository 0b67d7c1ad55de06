/**
 * Run by no-code-generation.e2e.test.ts in a Node started with `--disallow-code-generation-from-strings`
 * (where `eval` and `new Function` throw): every door of the package, used as a user uses it. Prints one
 * JSON line with what each step saw; a door that compiles code from strings makes this process fail.
 */
import { setupServer } from 'msw/node';
import { runChecks } from '../../contract-tests/index.ts';
import { createMockApi } from '../msw/index.ts';
import { startServer } from '../server/index.ts';
import { formatIssues, validateRequestBody, validateResponse, validateSchema } from '../spec/index.ts';

let codeGenerationBlocked = false;
try {
  // oxlint-disable-next-line no-new-func -- the probe: this must throw under the flag
  new Function('return 1')();
} catch {
  codeGenerationBlocked = true;
}

async function loginAndList(base: string): Promise<{ login: number; list: number; count: unknown; listValid: string }> {
  const login = await fetch(`${base}/api/auth`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ UserName: '999', DeviceName: 'BackOffice' }),
  });
  const { tokenId } = (await login.json()) as { tokenId: string };
  const list = await fetch(`${base}/sessions?$sort=-lastAccessAt&$take=5`, { headers: { authorization: `Bearer ${tokenId}` } });
  const page = (await list.json()) as { count: unknown };
  const check = validateResponse('getSessions', list.status, list.headers.get('content-type'), page);
  return { login: login.status, list: list.status, count: page.count, listValid: [...check.contract, formatIssues(check.body)].join('') };
}

// The msw door (the main entry), through msw's interceptor.
const api = createMockApi();
const msw = setupServer(...api.handlers);
msw.listen({ onUnhandledFrame: 'error' });
const mswDoor = await loginAndList('https://portos.example');
// The store's collections (seeded through the spec's Standard Schemas): 59 sessions + this login.
const stored = (await api.store.collection('sessions')).count();
msw.close();

// The node door, and the contract kit against it.
const running = await startServer({ port: 0, host: '127.0.0.1' });
const nodeDoor = await loginAndList(running.url);
const report = await runChecks({ target: { baseUrl: running.url, user: '999', device: 'BackOffice' }, destructive: true, strictInferred: true });
await running.close();

// The validators, directly: a bad value and a bad login body are named.
const validators = {
  session: formatIssues(validateSchema('Session', { _v: 0 })),
  userRecord: formatIssues(validateSchema('UserRecord', { userName: 1 })),
  login: formatIssues(validateRequestBody('login', { DeviceName: 1 })),
};

process.stdout.write(
  `${JSON.stringify({
    codeGenerationBlocked,
    mswDoor,
    stored,
    nodeDoor,
    contract: { ok: report.ok, failed: report.results.filter((r) => r.status === 'fail').map((r) => r.name) },
    validators,
  })}\n`,
);
