/**
 * What `npm start` (and `npm run start:validated`) prints once it listens: where, who can log in, and a
 * curl line to paste.
 */
import type { Fixtures } from '../handlers/index.ts';

export interface BannerOptions {
  clock?: string;
  controls: boolean;
  /** The first line; default `PORTOS mock listening on <url>`. */
  heading?: string;
  /** Where /__mock/* is answered, when not at `url` (Prism's proxy does not forward paths the spec lacks). */
  controlsUrl?: string;
  /** The scenario the mock started from, when not the default one. */
  scenario?: string;
}

export function banner(url: string, fixtures: Fixtures, options: BannerOptions): string {
  // Every user, each with its password: the README promises that the start prints them all
  // (docs/behaviour.md#login-credentials), and a seed of your own may have no other listing.
  const width = Math.max(8, ...fixtures.users.map((user) => user.userName.length));
  const passwords = fixtures.users.map((user) => ('password' in user && user.password ? `password "${user.password}"` : 'no password'));
  const passwordWidth = Math.max(22, ...passwords.map((p) => p.length));
  const users = fixtures.users.map((user, i) => `    ${user.userName.padEnd(width)} ${passwords[i]!.padEnd(passwordWidth)} ${user.name}`);
  const byEnvironment = new Map<string, string[]>();
  for (const device of fixtures.devices) byEnvironment.set(device.envName, [...(byEnvironment.get(device.envName) ?? []), device.name]);
  const devices = [...byEnvironment].map(([env, names]) => {
    const shown = names.length > 4 ? `${names.slice(0, 3).join(', ')} … ${names.at(-1)}` : names.join(', ');
    return `    ${`${env}:`.padEnd(14)}${shown}`;
  });
  const login = `curl -s -X POST ${url}/api/auth -H 'Content-Type: application/json' -d '{"UserName":"999","DeviceName":"BackOffice"}'`;
  const list = `curl -s "${url}/sessions?\\$sort=-lastAccessAt&\\$take=5" -H "Authorization: Bearer $TOKEN"`;
  return [
    options.heading ?? `PORTOS mock listening on ${url}`,
    `  clock: ${options.clock ? `pinned at ${options.clock}` : 'real time'}; controls: ${options.controls ? `on (${options.controlsUrl ?? url}/__mock/health, /__mock/reset, /__mock/requests)` : 'off'}`,
    ...(options.scenario && options.scenario !== 'default' ? [`  scenario: ${options.scenario} (POST /__mock/scenario {"name": "default"} goes back to the bundled seed)`] : []),
    '',
    '  Users (log in with POST /api/auth { UserName, Password, DeviceName }):',
    ...users,
    '  Devices (a CashRegister or PDA keeps one session: a new login there ends the old one):',
    ...devices,
    '',
    '  Try it (logs in as 999 on BackOffice, then lists the five most recently used sessions):',
    `    TOKEN=$(${login} | sed -E 's/.*"tokenId":"([^"]+)".*/\\1/') && ${list}`,
    '',
    '  Ctrl+C stops the mock.',
  ].join('\n');
}
