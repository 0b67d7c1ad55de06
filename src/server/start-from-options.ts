/**
 * The stateful mock as its command-line options describe it: the seed (`--fixtures` or `--scenario`,
 * read and checked first) and the mock's own options, listening where the caller says. Shared by
 * `npm start` and `npm run start:validated`, which put the same mock on a port or behind Prism.
 */
import type { Fixtures } from '../handlers/index.ts';
import { loadFixtures } from './load-fixtures.ts';
import { loadScenario } from './load-scenario.ts';
import type { CliOptions } from './options.ts';
import { startServer, type RunningServer } from './serve.ts';

export async function startFromOptions(options: CliOptions, where: { port: number; host: string }): Promise<RunningServer> {
  const fixtures = options.fixturesDir !== undefined ? await loadFixtures(options.fixturesDir) : undefined;
  const scenario = options.scenario !== undefined ? await loadScenario(options.scenario) : undefined;
  return startServer({
    ...where,
    controls: options.controls,
    ...(fixtures !== undefined && { fixtures }),
    ...(scenario !== undefined && { scenario }),
    ...(options.clock !== undefined && { clock: options.clock }),
    ...(options.delay !== undefined && { delay: options.delay }),
    ...(options.journalLimit !== undefined && { journalLimit: options.journalLimit }),
  });
}

/** Who can log in where, as seeded: what the banner lists. */
export function seededDirectory(server: RunningServer): Fixtures {
  const { store } = server.core;
  return { users: store.users.findMany(), devices: store.devices.findMany(), sessions: [] };
}
