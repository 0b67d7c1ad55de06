/**
 * Parameter names, operators, sort keys, directions and `true`/`false` match case-insensitively, and
 * only for ASCII letters: `$SKIP` is `$skip`, but a Kelvin sign is not a `k` (inferred: docs/ndata.md#ndata-parameter-names).
 */
export function foldCase(text: string): string {
  return /[A-Z]/.test(text) ? text.replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 32)) : text;
}

/** Finds the item whose name equals `name` ignoring ASCII case. */
export function findByName<T extends { name: string }>(items: readonly T[], name: string): T | undefined {
  const folded = foldCase(name);
  return items.find((item) => foldCase(item.name) === folded);
}
