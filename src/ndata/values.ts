import { compareDateTimes, parseDateTime, type DateTimeKey } from './date-time.ts';
import type { ValueType } from './resource.ts';

/**
 * A value prepared for comparison: a string, a finite number, a date-time key, or undefined when the
 * record has no value of the member's type there (absent, null, wrong type, unparseable date-time).
 */
export type Key = string | number | DateTimeKey | undefined;

const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/** Reads a record's value at a dotted path; undefined when any step is missing. */
export function pathGetter(path: string): (record: unknown) => unknown {
  const steps = path.split('.');
  if (steps.length === 1) {
    return (record) => (record !== null && typeof record === 'object' ? (record as Record<string, unknown>)[path] : undefined);
  }
  return (record) => {
    let value: unknown = record;
    for (const step of steps) {
      if (value === null || typeof value !== 'object') return undefined;
      value = (value as Record<string, unknown>)[step];
    }
    return value;
  };
}

/** Turns a record's raw value into a comparable key. */
export function keyOf(value: unknown, type: ValueType): Key {
  switch (type) {
    case 'string':
      return typeof value === 'string' ? value : undefined;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
    case 'date-time':
      return typeof value === 'string' ? parseDateTime(value) : undefined;
  }
}

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
  }
}

/** What an argument of each type must look like, for messages. */
export const ARGUMENT_SHAPE: Readonly<Record<ValueType, string>> = {
  string: 'any text',
  number: 'a number written as in JSON, e.g. `42`, `-1.5` or `1e3`',
  'date-time': 'an ISO-8601 date-time with an offset, e.g. `2023-08-04T11:19:38Z` or `2023-08-04T13:19:38.5+02:00`',
};

function compareStrings(a: Key, b: Key): number {
  if (a === undefined) return b === undefined ? 0 : -1;
  if (b === undefined) return 1;
  // JavaScript compares strings by UTF-16 code unit: ordinal and case-sensitive.
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareNumbers(a: Key, b: Key): number {
  if (a === undefined) return b === undefined ? 0 : -1;
  if (b === undefined) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareDates(a: Key, b: Key): number {
  if (a === undefined) return b === undefined ? 0 : -1;
  if (b === undefined) return 1;
  return compareDateTimes(a as DateTimeKey, b as DateTimeKey);
}

/**
 * The ascending comparison of keys of one type. A missing value (undefined) sorts before every value.
 */
export function keyComparator(type: ValueType): (a: Key, b: Key) => number {
  return type === 'string' ? compareStrings : type === 'number' ? compareNumbers : compareDates;
}
