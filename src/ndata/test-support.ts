import type { ResourceDescription } from './resource.ts';

/** A record shape with one member of every type, a nested path, and custom operators (tests only). */
export interface Thing {
  id: string;
  meta?: { name?: unknown };
  size?: unknown;
  at?: unknown;
  tag?: unknown;
}

/** A generic resource for the engine's tests: every value type, a dotted path, restricted and custom operators. */
export const thingsResource: ResourceDescription = {
  name: 'things',
  filters: [
    { name: 'id', path: 'id', type: 'string' },
    { name: 'name', path: 'meta.name', type: 'string' },
    { name: 'size', path: 'size', type: 'number' },
    { name: 'at', path: 'at', type: 'date-time' },
    {
      name: 'tag',
      path: 'tag',
      type: 'string',
      operators: ['eq', 'in'],
      customOperators: [
        { name: 'prefix', arity: 1, test: (value, args) => typeof value === 'string' && value.startsWith(args[0]!) },
        {
          name: 'between',
          arity: 2,
          test: (value, args) => typeof value === 'string' && value >= args[0]! && value <= args[1]!,
        },
        { name: 'anyOf', arity: 'one-or-more', test: (value, args) => typeof value === 'string' && args.includes(value) },
        {
          name: 'len',
          arity: 1,
          test: (value, args) => typeof value === 'string' && value.length === Number(args[0]),
          validate: (args) => (/^[0-9]+$/.test(args[0]!) ? undefined : 'the length must be digits, e.g. `len:3`.'),
        },
      ],
    },
  ],
  sortKeys: [
    { name: 'id', path: 'id', type: 'string' },
    { name: 'meta.name', path: 'meta.name', type: 'string' },
    { name: 'size', path: 'size', type: 'number' },
    { name: 'at', path: 'at', type: 'date-time' },
  ],
  defaultOrder: [{ key: 'at', direction: 'asc' }],
  tieBreaker: 'id',
};
