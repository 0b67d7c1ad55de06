import { describe, expect, it } from 'vitest';
import { parseDuration } from './duration.ts';

describe('parseDuration', () => {
  it.each([
    ['-PT10H10M21.985S', -(10 * 3600_000 + 10 * 60_000 + 21_985)],
    ['PT1H49M38.015S', 3600_000 + 49 * 60_000 + 38_015],
    ['+PT8M48.422S', 8 * 60_000 + 48_422],
    ['P1DT2H', 26 * 3600_000],
    ['-P1D', -86_400_000],
    ['PT0S', 0],
    ['PT0.5S', 500],
  ])('reads %s as %d ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each(['', 'P', 'PT', '-PT', 'P1Y', 'P1W', 'PT1.2345S', '10h', '2023-08-04T21:30:00Z', 'PT1H ', 'pt1h'])('refuses %j', (text) => {
    expect(parseDuration(text)).toBeUndefined();
  });
});
