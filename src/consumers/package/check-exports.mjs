// Run inside a fresh project that installed the packed tarball (see package.e2e.test.ts): imports every
// export of `portos-mock` by its public name, drives one login + list through msw's setupServer and one
// through the node door (startServer on a free loopback port). Prints one JSON line; any failure throws.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { setupServer } from 'msw/node';
import * as root from 'portos-mock';
import * as handlers from 'portos-mock/handlers';
import * as fixtures from 'portos-mock/fixtures';
import * as types from 'portos-mock/types';
import * as ndata from 'portos-mock/ndata';
import * as spec from 'portos-mock/spec';
import * as contract from 'portos-mock/contract';
import * as server from 'portos-mock/server';
import * as nws4 from 'portos-mock/nws4';

assert.equal(typeof root.createMockApi, 'function', "'portos-mock' exports createMockApi");
assert.equal(handlers.createMockApi, root.createMockApi, "'portos-mock/handlers' is the same module as 'portos-mock'");
assert.equal(fixtures.defaultFixtures, root.defaultFixtures, "'portos-mock/fixtures' exports the bundled fixtures");
assert.ok(fixtures.defaultFixtures.users.some((user) => user.userName === '999'), 'the default fixtures hold user 999');
assert.deepEqual(Object.keys(types), [], "'portos-mock/types' is types only");
assert.equal(typeof ndata.parse, 'function', "'portos-mock/ndata' exports parse");
assert.equal(typeof ndata.evaluate, 'function', "'portos-mock/ndata' exports evaluate");
assert.equal(typeof spec.validateResponse, 'function', "'portos-mock/spec' exports validateResponse");
assert.equal(spec.spec.openapi.startsWith('3.1'), true, "'portos-mock/spec' exports the spec object");
assert.equal(typeof contract.runChecks, 'function', "'portos-mock/contract' exports runChecks");
assert.equal(typeof server.startServer, 'function', "'portos-mock/server' exports startServer");
assert.equal(typeof server.createMiddleware, 'function', "'portos-mock/server' exports createMiddleware");
assert.equal(typeof nws4.signRequest, 'function', "'portos-mock/nws4' exports signRequest");
assert.equal(typeof nws4.verifyRequest, 'function', "'portos-mock/nws4' exports verifyRequest");
const yaml = await readFile(fileURLToPath(import.meta.resolve('portos-mock/openapi.yaml')), 'utf8');
assert.match(yaml, /^openapi: 3\.1/m, "'portos-mock/openapi.yaml' is the spec file");

// One request through setupServer, as a consumer's test suite would do it.
const api = root.createMockApi();
const msw = setupServer(...api.handlers);
msw.listen();
let listed;
try {
  const login = await fetch('http://localhost/api/auth', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ UserName: '999', DeviceName: 'BackOffice' }),
  });
  assert.equal(login.status, 200, 'login answers 200');
  const { tokenId } = await login.json();
  const list = await fetch('http://localhost/sessions?$sort=-lastAccessAt&$take=5', { headers: { authorization: `Bearer ${tokenId}` } });
  assert.equal(list.status, 200, 'the list answers 200');
  const page = await list.json();
  const check = spec.validateResponse('getSessions', list.status, list.headers.get('content-type'), page);
  assert.deepEqual(check.contract, [], 'the list has the documented status and media type');
  assert.equal(spec.formatIssues(check.body), '', 'the list body conforms to the spec');
  assert.equal(page.count, 5);
  listed = page.totalCount;
} finally {
  msw.close();
}

// The node door on a free loopback port (msw's getResponse under the hood).
const running = await server.startServer({ port: 0 });
let totalCount;
try {
  const login = await fetch(`${running.url}/api/auth`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ UserName: '999', DeviceName: 'BackOffice' }),
  });
  const { tokenId } = await login.json();
  const count = await fetch(`${running.url}/sessions?$count=true`, { headers: { authorization: `Bearer ${tokenId}` } });
  ({ totalCount } = await count.json());
} finally {
  await running.close();
}

const { version } = JSON.parse(await readFile(new URL('node_modules/msw/package.json', `file://${process.cwd()}/`), 'utf8'));
console.log(JSON.stringify({ setupServer: listed, startServer: totalCount, msw: version }));
