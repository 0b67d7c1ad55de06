/**
 * `x-mock-warning`: the mock says which query parameters it ignored (PORTOS ignores unknown ones
 * silently; the mock says so: docs/behaviour.md#ignored-parameters). Header values must be Latin-1, so any other character in a
 * parameter name is percent-encoded.
 */

export const WARNING_HEADER = 'x-mock-warning';

function headerSafe(text: string): string {
  let out = '';
  for (const char of text) out += /^[\x20-\x7e]$/.test(char) ? char : encodeURIComponent(char);
  return out;
}

export function ignoredWarning(names: readonly string[]): string {
  return `ignored query parameters: ${names.map(headerSafe).join(', ')}`;
}
