/**
 * A saved state of one mock (docs/behaviour.md#state): plain, serialisable data with everything needed
 * to carry on where it stopped: the records, the scenario, the clock, and what keeps issued tokens valid
 * (the signing key and each session's current pair). `createMockCore().snapshot()` makes one,
 * `restore()` brings it back, `GET`/`PUT /__mock/state` and `npm start -- --state <file>` do the same.
 */
import { CLOCK_RANGE, isClockInstant, type TokenState } from '../portos/index.ts';
import type { BundledSeed } from '../store/index.ts';

export const STATE_FORMAT = 'portos-mock/state';
export const STATE_VERSION = 1;

export interface MockState {
  format: typeof STATE_FORMAT;
  version: typeof STATE_VERSION;
  /** When it was saved, by the system clock. */
  savedAt: string;
  /** The scenario the mock ran (restored when the restoring mock knows it). */
  scenario: string;
  /** The mock's clock: a pinned one comes back at `now`; a real-time one keeps its offset from real time. */
  clock: { now: string; pinned: boolean; offsetMs: number };
  records: BundledSeed;
  tokens: TokenState;
}

/** Why `value` cannot be restored by this version, in one sentence; undefined when it can. */
export function stateProblem(value: unknown): string | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return 'it is not a JSON object.';
  const state = value as Partial<MockState>;
  if (state.format !== STATE_FORMAT) return `it is not a portos-mock state (its "format" is ${JSON.stringify(state.format)}, expected "${STATE_FORMAT}").`;
  if (state.version !== STATE_VERSION) return `it was saved by another version of portos-mock (state version ${JSON.stringify(state.version)}; this one reads version ${STATE_VERSION}).`;
  const clock = state.clock;
  if (!clock || typeof clock.now !== 'string' || Number.isNaN(Date.parse(clock.now)) || typeof clock.pinned !== 'boolean' || typeof clock.offsetMs !== 'number') {
    return 'its "clock" must be { now: <date-time>, pinned: <boolean>, offsetMs: <number> }.';
  }
  const restoredAt = clock.pinned ? Date.parse(clock.now) : Date.now() + clock.offsetMs;
  if (!isClockInstant(restoredAt)) return `its "clock" would stand outside the instants the mock can represent (${CLOCK_RANGE}).`;
  const tokens = state.tokens;
  if (!tokens || typeof tokens.key !== 'string' || !Array.isArray(tokens.pairs)) return 'its "tokens" must be { key, pairs: [...] }.';
  if (!state.records || typeof state.records !== 'object') return 'it has no "records".';
  if (typeof state.scenario !== 'string') return 'its "scenario" must be a name.';
  return undefined;
}
