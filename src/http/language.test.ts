import { describe, expect, it } from 'vitest';
import { negotiateLanguage } from './language.ts';
import { titleFor } from './messages.ts';

describe('negotiateLanguage', () => {
  it.each([
    [null, 'sk-SK'],
    ['', 'sk-SK'],
    ['en-GB', 'en-GB'],
    ['en', 'en-GB'],
    ['en-US', 'en-GB'],
    ['EN-au', 'en-GB'],
    ['sk', 'sk-SK'],
    ['sk-SK', 'sk-SK'],
    ['de-DE', 'sk-SK'],
    ['de-DE, en;q=0.8', 'en-GB'],
    ['en;q=0.5, sk;q=0.9', 'sk-SK'],
    ['sk;q=0.5, en;q=0.9', 'en-GB'],
    ['en, sk', 'en-GB'],
    ['sk, en', 'sk-SK'],
    ['en;q=0', 'sk-SK'],
    ['en;q=0, sk;q=0', 'sk-SK'],
    ['*', 'sk-SK'],
    ['eng', 'sk-SK'],
    ['en;q=abc', 'sk-SK'],
    ['en;q=1.5, sk;q=0.1', 'sk-SK'],
    [';;;,,,', 'sk-SK'],
  ])('picks the language for %j: %s', (header, expected) => {
    expect(negotiateLanguage(header)).toBe(expected);
  });
});

describe('titleFor', () => {
  it('gives the documented Slovak 404 title and its English twin', () => {
    expect(titleFor(404, 'sk-SK')).toBe('Zdroj nebol nájdený');
    expect(titleFor(404, 'en-GB')).toBe('Resource not found');
  });

  it('has a title in both languages for every status, even unlisted ones', () => {
    for (const status of [400, 401, 403, 405, 418, 423, 500, 503, 599]) {
      expect(titleFor(status, 'sk-SK')).not.toBe(titleFor(status, 'en-GB'));
    }
  });
});
