import { describe, expect, it } from 'vitest';
import { createClock } from './clock.ts';
import { formatInstant } from './instant.ts';

describe('createClock', () => {
  it('stands still when pinned, and moves only by set and advance', async () => {
    const clock = createClock('2023-08-04T21:30:00Z');
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(clock.now().toISOString()).toBe('2023-08-04T21:30:00.000Z');
    clock.advance(1500);
    expect(clock.now().toISOString()).toBe('2023-08-04T21:30:01.500Z');
    clock.set('2024-01-01T00:00:00+01:00');
    expect(clock.now().toISOString()).toBe('2023-12-31T23:00:00.000Z');
    expect(clock.pinned).toBe(true);
  });

  it('follows real time by default, keeping an offset after set or advance', () => {
    const clock = createClock();
    expect(Math.abs(clock.now().getTime() - Date.now())).toBeLessThan(50);
    clock.advance(3_600_000);
    expect(clock.now().getTime() - Date.now()).toBeGreaterThan(3_599_000);
    clock.set('2000-01-01T00:00:00Z');
    expect(Math.abs(clock.now().getTime() - Date.parse('2000-01-01T00:00:00Z'))).toBeLessThan(50);
  });

  it('refuses an invalid instant or step', () => {
    expect(() => createClock('not a date')).toThrow('Failed to set the clock: "not a date" is not a valid date-time');
    expect(() => createClock('2023-08-04T21:30:00Z').advance(Number.NaN)).toThrow('not a finite number');
  });

  it('hands out copies, so changing a returned Date changes nothing', () => {
    const clock = createClock('2023-08-04T21:30:00Z');
    clock.now().setFullYear(1999);
    expect(clock.now().getUTCFullYear()).toBe(2023);
  });
});

describe('formatInstant', () => {
  it.each([
    ['2023-08-04T11:19:39.980Z', '2023-08-04T11:19:39.98Z'],
    ['2023-08-04T21:21:07.660Z', '2023-08-04T21:21:07.66Z'],
    ['2023-08-04T11:19:38.015Z', '2023-08-04T11:19:38.015Z'],
    ['2023-08-04T21:30:00.000Z', '2023-08-04T21:30:00Z'],
    ['2023-08-04T21:30:00.100Z', '2023-08-04T21:30:00.1Z'],
  ])('writes %s as PORTOS does: %s', (iso, expected) => {
    expect(formatInstant(new Date(iso))).toBe(expected);
  });
});
