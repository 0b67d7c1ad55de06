/**
 * Resolving a scenario option (a name, or a scenario of the caller's) against the built-in ones and
 * those a caller registered, checked once, so a bad one fails at start with a sentence naming it.
 */
import { parseDuration } from '../../portos/index.ts';
import { BUILT_IN_SCENARIOS } from './built-in.ts';
import type { Scenario } from './scenario.ts';

export { fixturesOf } from './scenario.ts';
export type { Scenario } from './scenario.ts';
export { BUILT_IN_SCENARIOS } from './built-in.ts';

export interface ScenarioBook {
  /** Every scenario that may be selected by name: the built-in ones, then the caller's. */
  readonly all: readonly Scenario[];
  /** The scenario for a name or a scenario object (which joins the book); throws a sentence when unknown. */
  resolve(choice: string | Scenario): Scenario;
}

function check(scenario: Scenario): Scenario {
  const where = `scenario ${JSON.stringify(scenario.name)}`;
  if (typeof scenario.name !== 'string' || !/^[A-Za-z0-9][\w.-]*$/.test(scenario.name)) {
    throw new Error(`Failed to use the ${where}: its name must be letters, digits, ".", "_" or "-".`);
  }
  if (scenario.sessionLifetime !== undefined) {
    const ms = parseDuration(scenario.sessionLifetime);
    if (ms === undefined || ms <= 0) throw new Error(`Failed to use the ${where}: sessionLifetime must be a positive ISO 8601 duration such as "PT5M"; got ${JSON.stringify(scenario.sessionLifetime)}.`);
  }
  return scenario;
}

export function createScenarioBook(extra: readonly Scenario[] = []): ScenarioBook {
  const all: Scenario[] = [...BUILT_IN_SCENARIOS];
  const add = (scenario: Scenario): Scenario => {
    check(scenario);
    const index = all.findIndex((known) => known.name === scenario.name);
    if (index >= 0 && all[index] !== scenario) all[index] = scenario;
    else if (index < 0) all.push(scenario);
    return scenario;
  };
  for (const scenario of extra) add(scenario);
  return {
    all,
    resolve(choice) {
      if (typeof choice !== 'string') return add(choice);
      const found = all.find((scenario) => scenario.name === choice);
      if (!found) throw new Error(`Unknown scenario ${JSON.stringify(choice)}; known: ${all.map((s) => s.name).join(', ')}.`);
      return found;
    },
  };
}

/** How long sessions live in a scenario, in ms; undefined for the documented default. */
export function sessionLifetimeOf(scenario: Scenario): number | undefined {
  return scenario.sessionLifetime === undefined ? undefined : parseDuration(scenario.sessionLifetime);
}
