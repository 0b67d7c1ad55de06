import { describe, expect, it } from 'vitest';
import { compareDateTimes, parseDateTime } from './date-time.ts';

describe('date-times parse to exact, chronologically comparable keys', () => {
  it.each([
    ['2023-08-04T11:19:38Z', Date.UTC(2023, 7, 4, 11, 19, 38)],
    ['2023-08-04T11:19:38.015Z', Date.UTC(2023, 7, 4, 11, 19, 38, 15)],
    ['2023-08-04T11:19:39.98Z', Date.UTC(2023, 7, 4, 11, 19, 39, 980)],
    ['2023-08-04t11:19:38.5z', Date.UTC(2023, 7, 4, 11, 19, 38, 500)],
    ['2023-08-04T13:19:38+02:00', Date.UTC(2023, 7, 4, 11, 19, 38)],
    ['2023-08-04T09:49:38-01:30', Date.UTC(2023, 7, 4, 11, 19, 38)],
    ['2024-02-29T00:00:00Z', Date.UTC(2024, 1, 29)],
    ['0001-01-01T00:00:00Z', Date.parse('0001-01-01T00:00:00Z')],
    ['2023-08-04T11:19:38.0150000Z', Date.UTC(2023, 7, 4, 11, 19, 38, 15)],
  ])('%s', (text, ms) => {
    expect(parseDateTime(text)).toBe(ms);
  });
  it('keeps digits beyond milliseconds exactly', () => {
    expect(parseDateTime('2023-08-04T11:19:38.0153421Z')).toEqual({ ms: Date.UTC(2023, 7, 4, 11, 19, 38, 15), sub: '3421' });
  });
  it.each([
    ['2023-02-29T00:00:00Z'],
    ['2023-13-01T00:00:00Z'],
    ['2023-08-04T24:00:00Z'],
    ['2023-08-04T11:60:00Z'],
    ['2023-08-04T11:19:60Z'],
    ['2023-08-04 11:19:38Z'],
    ['2023-08-04T11:19:38'],
    ['2023-08-04T11:19:38.Z'],
    ['2023-08-04T11:19:38+0200'],
    ['2023-08-04T11:19:38+24:00'],
    ['2023-08-04'],
    ['2023-08-04T11:19Z'],
    ['２023-08-04T11:19:38Z'],
    ['2023-08-04T11:19:38ZZ'],
    [''],
  ])('%j is not a date-time', (text) => {
    expect(parseDateTime(text)).toBeUndefined();
  });
  it('compares chronologically where strings would not', () => {
    const ordered = ['2023-08-04T11:19:38.015Z', '2023-08-04T11:19:38.0151Z', '2023-08-04T11:19:38.02Z', '2023-08-04T11:19:39.98Z', '2023-08-04T11:19:40Z'];
    for (let i = 0; i + 1 < ordered.length; i++) {
      expect(compareDateTimes(parseDateTime(ordered[i]!)!, parseDateTime(ordered[i + 1]!)!)).toBe(-1);
      expect(compareDateTimes(parseDateTime(ordered[i + 1]!)!, parseDateTime(ordered[i]!)!)).toBe(1);
    }
    expect(compareDateTimes(parseDateTime('2023-08-04T11:19:38.1Z')!, parseDateTime('2023-08-04T11:19:38.100000Z')!)).toBe(0);
  });
  it('agrees with Date.parse on millisecond values', () => {
    for (let ms = Date.UTC(1999, 0, 1); ms < Date.UTC(2031, 0, 1); ms += 86_400_000 * 37 + 12_345) {
      const text = new Date(ms).toISOString();
      expect(parseDateTime(text)).toBe(ms);
    }
  });
});
