import { foldCase } from './fold.ts';
import { code } from './messages.ts';
import type { ValidationError } from './query.ts';

export const MAX_WHOLE_NUMBER = 2147483647;

/** `$skip`/`$take`: decimal digits only (leading zeros allowed), at most 2147483647. */
export function parseWholeNumber(memberName: '$skip' | '$take', value: string): number | ValidationError {
  if (/^[0-9]+$/.test(value)) {
    const digits = value.replace(/^0+(?=.)/, '');
    const n = Number(digits);
    if (digits.length <= 10 && n <= MAX_WHOLE_NUMBER) return n;
  }
  const what = memberName === '$skip' ? 'the number of records to skip' : 'the maximum number of items';
  return {
    memberName,
    message: `\`${memberName}\` must be a whole number from 0 to ${MAX_WHOLE_NUMBER}, written with the digits 0-9 only (${what}); got ${code(value)}.`,
  };
}

/** `$count`: `true` or `false`, any letter case. */
export function parseCount(value: string): boolean | ValidationError {
  const folded = foldCase(value);
  if (folded === 'true') return true;
  if (folded === 'false') return false;
  return {
    memberName: '$count',
    message: `\`$count\` must be \`true\` or \`false\` (any letter case); got ${code(value)}.`,
  };
}
