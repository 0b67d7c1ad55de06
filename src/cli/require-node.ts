/**
 * The Node.js version check of the bins (`portos-mock`, `portos-contract`). A bin's entry imports only
 * this module statically, runs the check, and loads everything else with a dynamic `import()`: ESM links
 * every static import before any code runs, so an import that Node 20 lacks (such as
 * `enableCompileCache` from node:module) would kill the process with a stack trace before a check could
 * speak. Hence this file imports nothing and uses only what Node 20 has once compiled to JavaScript.
 */

/** The oldest Node.js the package supports: `engines.node` in package.json (a test keeps them equal). */
export const MIN_NODE = '22.12';

/**
 * The one-line complaint for running `bin` on Node.js `version` (as in `process.version`, `v20.20.2`),
 * or undefined when that version is recent enough.
 */
export function nodeTooOld(bin: string, version: string): string | undefined {
  const [major = 0, minor = 0] = version.replace(/^v/, '').split('.').map(Number);
  const [minMajor = 0, minMinor = 0] = MIN_NODE.split('.').map(Number);
  if (major > minMajor || (major === minMajor && minor >= minMinor)) return undefined;
  return `${bin} needs Node.js >= ${MIN_NODE}; this is ${version}.`;
}

/** Exits with status 2 and one line on stderr unless the running Node.js is recent enough for `bin`. */
export function requireNode(bin: string): void {
  const message = nodeTooOld(bin, process.version);
  if (message === undefined) return;
  process.stderr.write(`${message}\n`);
  process.exit(2);
}
