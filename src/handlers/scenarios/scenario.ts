/**
 * Scenarios: named presets of the mock's state, and where it fits its behaviour, that a test, a story or
 * `npm start -- --scenario <name>` picks (docs/behaviour.md#scenarios). A scenario is plain data plus a
 * seed: the fixtures to seed, and the two behaviours a frontend most needs to see without waiting for
 * them: short-lived sessions and a server that is down.
 */
import type { Fixtures } from '../../portos/index.ts';

export interface Scenario {
  /** How it is selected (`--scenario <name>`, `POST /__mock/scenario {"name": …}`). */
  name: string;
  /** One sentence: the state it promises. */
  description: string;
  /** The seed; a function for seeds that are built (called at each reset to it). */
  fixtures: Fixtures | (() => Fixtures);
  /** How long a new or refreshed session lives: an ISO 8601 duration. Default: the documented 12 hours. */
  sessionLifetime?: string;
  /** Every PORTOS path answers a 503 problem; the /__mock controls still work. */
  unavailable?: boolean;
}

export function fixturesOf(scenario: Scenario): Fixtures {
  return typeof scenario.fixtures === 'function' ? scenario.fixtures() : scenario.fixtures;
}
