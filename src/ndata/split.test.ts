import { describe, expect, it } from 'vitest';
import { splitOperations } from './split.ts';

describe('splitOperations: unescaped `;` separates operations, unescaped `:` separates parts', () => {
  it.each([
    ['a', [['a']]],
    ['gt:0;lt:50', [['gt', '0'], ['lt', '50']]],
    ['in:a:b', [['in', 'a', 'b']]],
    ['a\\;b', [['a;b']]],
    ['a\\:b', [['a:b']]],
    ['a\\\\;b', [['a\\'], ['b']]],
    ['a\\\\:b', [['a\\', 'b']]],
    ['', [['']]],
    [';', [[''], ['']]],
    ['a;;b', [['a'], [''], ['b']]],
    ['::', [['', '', '']]],
  ])('%j', (value, parts) => {
    const ops = splitOperations(value);
    expect(ops.map((o) => o.parts)).toEqual(parts);
    expect(ops.every((o) => o.badEscapes.length === 0)).toBe(true);
  });
  it.each([
    ['a\\b', ['\\b']],
    ['a\\', ['\\']],
    ['\\x:\\y', ['\\x', '\\y']],
    ['\\😀', ['\\😀']],
  ])('%j has bad escapes %j', (value, bad) => {
    expect(splitOperations(value).flatMap((o) => o.badEscapes)).toEqual(bad);
  });
  it('keeps the text of each operation as written', () => {
    expect(splitOperations('gt:a\\:b;lt:c').map((o) => o.text)).toEqual(['gt:a\\:b', 'lt:c']);
  });
});
