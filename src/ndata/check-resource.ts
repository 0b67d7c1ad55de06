import { foldCase } from './fold.ts';
import { isWellKnownOperator } from './operators.ts';
import type { ResourceDescription } from './resource.ts';

/**
 * Problems in a resource description (a programmer's mistake, not a request's), one sentence each;
 * empty when the description is sound. Worth a unit test for every description.
 */
export function checkResource(resource: ResourceDescription): string[] {
  const problems: string[] = [];
  const duplicates = (names: string[], what: string): void => {
    const seen = new Set<string>();
    for (const name of names) {
      const folded = foldCase(name);
      if (seen.has(folded)) problems.push(`${what} \`${name}\` appears twice (names match ignoring case).`);
      seen.add(folded);
    }
  };
  duplicates(resource.filters.map((m) => m.name), 'Filter member');
  duplicates(resource.sortKeys.map((k) => k.name), 'Sort key');
  for (const name of resource.filters.map((m) => m.name)) {
    if (name.startsWith('$')) problems.push(`Filter member \`${name}\` must not start with \`$\` (reserved for NData keywords).`);
  }
  const keys = new Set(resource.sortKeys.map((k) => k.name));
  if (!keys.has(resource.tieBreaker)) problems.push(`Tie-breaker \`${resource.tieBreaker}\` is not a sort key.`);
  for (const term of resource.defaultOrder) {
    if (!keys.has(term.key)) problems.push(`Default order key \`${term.key}\` is not a sort key.`);
  }
  for (const member of resource.filters) {
    for (const op of member.customOperators ?? []) {
      if (isWellKnownOperator(foldCase(op.name))) problems.push(`Custom operator \`${op.name}\` of \`${member.name}\` shadows a well-known operator and would never be used.`);
      if (!/^[A-Za-z][A-Za-z0-9_-]*$/.test(op.name)) problems.push(`Custom operator \`${op.name}\` of \`${member.name}\` must be letters, digits, \`_\` or \`-\`, starting with a letter.`);
      if (op.arity !== 'one-or-more' && !(Number.isInteger(op.arity) && op.arity >= 1)) problems.push(`Custom operator \`${op.name}\` of \`${member.name}\` has arity ${String(op.arity)}; use a whole number ≥ 1 or 'one-or-more'.`);
    }
  }
  return problems;
}
