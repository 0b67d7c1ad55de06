import { parseDateTime, type DateTimeKey } from './date-time.ts';
import type { ValueType } from './resource.ts';

/**
 * A filter argument read as its member's type: a string, a finite number, a date-time key, or undefined
 * when the text is not of that type. The grammar uses it to reject such arguments; the store's index
 * compares record keys of the same shape with it.
 */
export type Key = string | number | DateTimeKey | undefined;

const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/**
 * Turns a filter argument into a key: strings as they are; numbers written as in JSON (`-12`, `3.5`,
 * `1e3`); date-times as RFC 3339 with an offset. undefined when the text is not of the type.
 */
export function parseArgument(text: string, type: ValueType): Key {
  switch (type) {
    case 'string':
      return text;
    case 'number': {
      if (!NUMBER.test(text)) return undefined;
      const n = Number(text);
      return Number.isFinite(n) ? n : undefined;
    }
    case 'date-time':
      return parseDateTime(text);
    case 'boolean': {
      // false before true: 0 and 1 give the index one comparison and one hash key for both spellings.
      const folded = text.toLowerCase();
      return folded === 'true' ? 1 : folded === 'false' ? 0 : undefined;
    }
  }
}

/** What an argument of each type must look like, for messages. */
export const ARGUMENT_SHAPE: Readonly<Record<ValueType, string>> = {
  string: 'any text',
  number: 'a number written as in JSON, e.g. `42`, `-1.5` or `1e3`',
  boolean: '`true` or `false`',
  'date-time': 'an ISO-8601 date-time with an offset, e.g. `2023-08-04T11:19:38Z` or `2023-08-04T13:19:38.5+02:00`',
};
