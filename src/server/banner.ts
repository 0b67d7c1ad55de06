/**
 * What `npm start` prints once it listens: where, who can log in, and a curl line to paste.
 */
import type { Fixtures } from '../handlers/index.ts';

export function banner(url: string, fixtures: Fixtures, options: { clock?: string; controls: boolean }): string {
  const users = fixtures.users.slice(0, 6).map((user) => {
    const password = 'password' in user && user.password ? `password "${user.password}"` : 'no password';
    return `    ${user.userName.padEnd(8)} ${password.padEnd(22)} ${user.name}`;
  });
  const more = fixtures.users.length > users.length ? [`    … and ${fixtures.users.length - users.length} more in the fixtures`] : [];
  const byEnvironment = new Map<string, string[]>();
  for (const device of fixtures.devices) byEnvironment.set(device.envName, [...(byEnvironment.get(device.envName) ?? []), device.name]);
  const devices = [...byEnvironment].map(([env, names]) => {
    const shown = names.length > 4 ? `${names.slice(0, 3).join(', ')} … ${names.at(-1)}` : names.join(', ');
    return `    ${`${env}:`.padEnd(14)}${shown}`;
  });
  const login = `curl -s -X POST ${url}/api/auth -H 'Content-Type: application/json' -d '{"UserName":"999","DeviceName":"BackOffice"}'`;
  const list = `curl -s "${url}/sessions?\\$sort=-lastAccessAt&\\$take=5" -H "Authorization: Bearer $TOKEN"`;
  return [
    `PORTOS mock listening on ${url}`,
    `  clock: ${options.clock ? `pinned at ${options.clock}` : 'real time'}; controls: ${options.controls ? `on (${url}/__mock/health, /__mock/reset, /__mock/requests)` : 'off'}`,
    '',
    '  Users (log in with POST /api/auth { UserName, Password, DeviceName }):',
    ...users,
    ...more,
    '  Devices (a CashRegister or PDA keeps one session: a new login there ends the old one):',
    ...devices,
    '',
    '  Try it (logs in as 999 on BackOffice, then lists the five most recently used sessions):',
    `    TOKEN=$(${login} | sed -E 's/.*"tokenId":"([^"]+)".*/\\1/') && ${list}`,
    '',
    '  Ctrl+C stops the mock.',
  ].join('\n');
}
