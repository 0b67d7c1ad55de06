import { createRandom } from '../store/seeded-random.ts';
import { catalogued } from '../spec/index.ts';
import type { ResourceDescription } from './resource.ts';

/**
 * Deterministic session-shaped records for tests and the benchmark (not exported from index.ts).
 * Times are written the way servers do, with trailing fraction zeros dropped (`…38.015Z`, `…39.98Z`,
 * `…40Z`), so they do not sort correctly as strings.
 */
export interface SampleSession {
  sessionId: string;
  identity: { userName: string; deviceName: string; envName: string; authenticationType: string };
  startedAt: string;
  expiresAt: string;
  lastAccessAt: string;
  _v: number;
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const ENV_NAMES = ['CashRegister', 'PDA', 'BackOffice', 'Tool'] as const;

/** An ISO-8601 UTC time with trailing fraction zeros dropped. */
export function formatTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.?0+Z$/, 'Z').replace(/\.Z$/, 'Z');
}

export function sampleSessions(count: number, seed = 1): SampleSession[] {
  const next = createRandom(seed).next;
  const int = (n: number): number => Math.floor(next() * n);
  const base = Date.UTC(2023, 7, 1);
  const out: SampleSession[] = [];
  const ids = new Set<string>();
  while (out.length < count) {
    let sessionId = '';
    for (let i = 0; i < 32; i++) sessionId += ALNUM[int(ALNUM.length)];
    if (ids.has(sessionId)) continue;
    ids.add(sessionId);
    const started = base + int(30 * 24 * 3600 * 1000);
    const last = started + int(12 * 3600 * 1000);
    const env = ENV_NAMES[int(ENV_NAMES.length)]!;
    out.push({
      sessionId,
      identity: {
        userName: `user${String(int(500)).padStart(3, '0')}`,
        deviceName: `${env === 'CashRegister' ? 'P' : env === 'PDA' ? 'D' : env === 'Tool' ? 'T' : 'B'}${String(int(2000)).padStart(4, '0')}`,
        envName: env,
        authenticationType: 'Bearer',
      },
      startedAt: formatTime(started),
      expiresAt: formatTime(last + 12 * 3600 * 1000),
      lastAccessAt: formatTime(last),
      _v: 1 + int(1000),
    });
  }
  return out;
}

/**
 * The Sessions description, for the engine's tests. The engine itself never imports it: tests may reach
 * outside the folder, the engine may not (src/architecture.test.ts).
 */
export const sampleSessionsResource: ResourceDescription = catalogued('sessions').ndata;
