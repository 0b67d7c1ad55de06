/**
 * Redacting a text in pieces (Secrets.redactPieces, for the HAR, issue #18) is redacting the whole text:
 * the pieces joined are byte for byte `redact(pieces.join(''))`, whatever the cut.
 */
import { describe, expect, it } from 'vitest';
import { REDACTED, Secrets } from './secrets.ts';

/** A small seeded generator (mulberry32), so a failing case can be repeated. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `text` cut at `cuts` random places (pieces may be empty). */
function cut(text: string, cuts: number, next: () => number): string[] {
  const at = Array.from({ length: cuts }, () => Math.floor(next() * (text.length + 1))).sort((a, b) => a - b);
  return [0, ...at].map((start, i) => text.slice(start, at[i] ?? text.length));
}

const isLoneHigh = (piece: string) => /[\uD800-\uDBFF]$/.test(piece);

describe('18 redacting a text in pieces', () => {
  const secrets = new Secrets();
  // A prefix of another secret (the longest must win, as in the whole text), one with a JSON spelling,
  // one with a surrogate pair, and one that looks like the HAR's own structure between two entries.
  for (const secret of ['abcd', 'abcdefgh', 'pa"ss\\wd', 'k😀ey', '"},{"started']) secrets.add(secret);

  it('gives the same text as redacting the joined pieces, a secret cut across two or three pieces included', () => {
    const text = 'x abcdefgh y abcd "},{"started pa\\"ss\\\\wd z k😀ey abcdefg';
    for (const pieces of [[text], ['x abc', 'defgh y ab', 'c', 'd "},{"sta', 'rted pa\\"ss\\\\wd z k\uD83D', '\uDE00ey abcdefg'], ['', text, ''], []]) {
      expect([...secrets.redactPieces(pieces)].join('')).toBe(secrets.redact(pieces.join('')));
    }
    expect(secrets.redact(text).split(REDACTED)).toHaveLength(7);
  });

  it('gives the same text as the whole for 2000 random texts cut at random places, and never ends a piece inside a surrogate pair', () => {
    const next = random(18);
    const words = ['abcd', 'abcdefgh', 'abc', 'pa"ss\\wd', 'pa\\"ss\\\\wd', 'pa%22ss%5Cwd', 'k😀ey', '😀', '"},{"started', '"},{"', 'x', ' ', 'é', 'ľ'];
    for (let round = 0; round < 2000; round++) {
      const text = Array.from({ length: Math.floor(next() * 40) }, () => words[Math.floor(next() * words.length)]).join('');
      const pieces = cut(text, Math.floor(next() * 8), next);
      const out = [...secrets.redactPieces(pieces)];
      expect(out.join(''), JSON.stringify(pieces)).toBe(secrets.redact(text));
      // Pieces without a lone surrogate come out without one: each is encoded to UTF-8 apart.
      if (!pieces.some(isLoneHigh)) expect(out.some(isLoneHigh), JSON.stringify(pieces)).toBe(false);
    }
  });

  it('returns the pieces as they are when it knows no secret', () => {
    expect([...new Secrets().redactPieces(['a', 'b'])]).toEqual(['a', 'b']);
  });
});
