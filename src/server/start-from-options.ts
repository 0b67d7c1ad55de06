/**
 * The stateful mock as its command-line options describe it: the seed (`--fixtures` or `--scenario`,
 * read and checked first) and the mock's own options, listening where the caller says. Shared by
 * `npm start` and `npm run start:validated`, which put the same mock on a port or behind Prism.
 */
import { compileValidators } from '../spec/compile-validators.ts';
import { UsageError } from '../cli/command-line.ts';
import { ContractError, createMockCore, fixtureCollections, type Fixtures, type MockCore } from '../handlers/index.ts';
import { loadFixtures } from './load-fixtures.ts';
import { loadSpecs } from './load-specs.ts';
import { loadScenario } from './load-scenario.ts';
import type { CliOptions } from './options.ts';
import type { RequestLog } from './listener.ts';
import { startServer, type RunningServer } from './serve.ts';
import { createStateFile } from './state-file.ts';

export interface StartedFromOptions extends RunningServer {
  /** Saves the state file now (`--state`), when there is one; call it before exiting. */
  flush(): Promise<void>;
}

export async function startFromOptions(options: CliOptions, where: { port: number; host: string; log?: RequestLog }): Promise<StartedFromOptions> {
  const specFiles = options.specFiles ?? [];
  const specs = await loadSpecs(specFiles);
  const collections = fixtureCollections(specs);
  const fixtures = options.fixturesDir !== undefined ? await loadFixtures(options.fixturesDir, '--fixtures', collections) : undefined;
  const scenario = options.scenario !== undefined ? await loadScenario(options.scenario, collections) : undefined;
  const stateFile = options.stateFile !== undefined ? createStateFile(options.stateFile) : undefined;
  const saved = await stateFile?.read();
  const core = namingTheFile(specFiles, () => createMockCore({
    controls: options.controls,
    ...(specs.length > 0 && { specs, compileSchemas: compileValidators }),
    ...(fixtures !== undefined && { fixtures }),
    ...(scenario !== undefined && { scenario }),
    ...(options.clock !== undefined && { clock: options.clock }),
    ...(options.delay !== undefined && { delay: options.delay }),
    ...(options.journalLimit !== undefined && { journalLimit: options.journalLimit }),
    ...(stateFile && { onChange: stateFile.changed }),
  }));
  if (saved !== undefined) {
    try {
      await core.restore(saved);
    } catch (error) {
      throw new UsageError(`--state: ${options.stateFile} cannot be used: ${(error as Error).message.replace(/^Failed to restore the state: /, '')} The file was left as it is.`);
    }
  }
  stateFile?.attach(core);
  const server = await startServer({
    ...where,
    core,
    ...(options.allowedHosts !== undefined && { allowedHosts: options.allowedHosts }),
    ...(options.corsOrigins !== undefined && { corsOrigins: options.corsOrigins }),
  });
  return { ...server, flush: async () => stateFile?.flush() };
}

/** Creates the core; a `--spec` document it cannot add is named by its file, in one line. */
function namingTheFile(files: readonly string[], create: () => MockCore): MockCore {
  try {
    return create();
  } catch (error) {
    if (error instanceof ContractError) throw new Error(`--spec ${files[error.index] ?? ''}: ${error.reason}`);
    throw error;
  }
}

/** Who can log in where, as seeded: what the banner lists. */
export function seededDirectory(server: RunningServer): Fixtures {
  const { store } = server.core;
  return { users: store.table('users')!.records() as unknown as Fixtures['users'], devices: store.table('devices')!.records() as unknown as Fixtures['devices'], sessions: [] };
}
