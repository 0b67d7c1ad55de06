/**
 * The index's comparable keys: a record's value at a member's path, read as the member's type once per
 * write, and one ascending comparison per type. (The reference `evaluate` in src/ndata reads values its
 * own, plainer way, so the property test compares two implementations, not one with itself.)
 */
import { compareDateTimes, parseDateTime, type DateTimeKey, type Key, type ValueType } from '../../ndata/index.ts';

export type { Key };

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
    case 'boolean':
      return typeof value === 'boolean' ? (value ? 1 : 0) : undefined;
  }
}

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
  return type === 'string' ? compareStrings : type === 'date-time' ? compareDates : compareNumbers;
}
