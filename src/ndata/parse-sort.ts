import { findByName, foldCase } from './fold.ts';
import { code, codeList } from './messages.ts';
import type { ValidationError } from './query.ts';
import type { ResourceDescription, SortTerm } from './resource.ts';

/**
 * Parses every `$sort` value: comma-separated keys, each `key`, `-key`, `key:asc` or `key:desc`
 * (keys and directions in any letter case). Repeated `$sort` parameters add up. A key already seen is
 * dropped: its first occurrence decides (`a` equals `a,a`, and `a,-a` sorts ascending).
 */
export function parseSort(values: readonly string[], resource: ResourceDescription): { terms: SortTerm[]; errors: ValidationError[] } {
  const terms: SortTerm[] = [];
  const errors: ValidationError[] = [];
  const keys = resource.sortKeys.map((k) => k.name);
  const fail = (message: string): void => {
    errors.push({ memberName: '$sort', message });
  };
  for (const value of values) {
    const items = value.split(',');
    items.forEach((item, index) => {
      const where = items.length > 1 ? ` (item ${index + 1} of ${code(value)})` : '';
      if (item === '') {
        fail(`\`$sort\` has an empty sort key${where}; write comma-separated keys, each optionally prefixed with \`-\` or followed by \`:asc\` or \`:desc\`. Allowed keys: ${codeList(keys)}.`);
        return;
      }
      const minus = item.startsWith('-');
      const body = minus ? item.slice(1) : item;
      const colon = body.indexOf(':');
      const keyText = colon < 0 ? body : body.slice(0, colon);
      const directionText = colon < 0 ? undefined : body.slice(colon + 1);
      if (minus && directionText !== undefined) {
        fail(`\`$sort\` key ${code(item)} gives a direction twice; use either the \`-\` prefix or \`:asc\`/\`:desc\`, e.g. \`-${keyText}\` or \`${keyText}:desc\`.`);
        return;
      }
      if (keyText === '') {
        fail(`\`$sort\` has an empty sort key in ${code(item)}${where}. Allowed keys (any letter case): ${codeList(keys)}.`);
        return;
      }
      let direction: SortTerm['direction'] = minus ? 'desc' : 'asc';
      if (directionText !== undefined) {
        const folded = foldCase(directionText);
        if (folded !== 'asc' && folded !== 'desc') {
          fail(`\`$sort\` key ${code(item)} has an unknown direction ${code(directionText)}; allowed: \`asc\` or \`desc\` (any letter case) after a \`:\`, or a \`-\` prefix for descending.`);
          return;
        }
        direction = folded;
      }
      const key = findByName(resource.sortKeys, keyText);
      if (!key) {
        fail(`\`$sort\` key ${code(keyText)} is unknown; allowed keys (any letter case): ${codeList(keys)}.`);
        return;
      }
      if (!terms.some((t) => t.key === key.name)) terms.push({ key: key.name, direction });
    });
  }
  return { terms, errors };
}
