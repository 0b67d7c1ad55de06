/**
 * The command-line plumbing that `npm start` (`portos-mock`), `npm run mock:prism` and
 * `npm run start:validated` share: one way to parse options, one shape of usage error, one meaning of
 * the exit status (0 done or help, 1 a runtime failure, 2 a usage error; each failure is one line on
 * stderr). Each CLI declares its own options and help on top of this. Node-only: it is a CLI helper,
 * not part of the browser-safe core.
 */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

/** A mistake in the command line: printed as one line, exit status 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Ends a sentence with exactly one full stop, so that "… See --help." reads as two sentences. */
function sentence(text: string): string {
  return `${text.trim().replace(/[.:;,]+$/, '')}.`;
}

/**
 * node:util's parseArgs messages as one sentence each: its first sentence only (the rest is advice for
 * programmers, e.g. "place it at the end of the command after '--'"), with a full stop, then
 * "See --help.".
 */
function usageMessage(error: Error): string {
  // `--port --help`: the value is missing, or it starts with a dash; say how to give such a value.
  const ambiguous = /^Option '([^']+)' argument is ambiguous/.exec(error.message);
  if (ambiguous) return `Option '${ambiguous[1]}' argument is ambiguous; to give a value that starts with a dash, write ${ambiguous[1]}=<value>. See --help.`;
  const first = (error.message.split('\n')[0] ?? '').split(/(?<=[a-z'>])\. /)[0] ?? error.message;
  return `${sentence(first)} See --help.`;
}

/** A value that looks like a negative number, e.g. `-5` or `-0.5`. */
const NEGATIVE_NUMBER = /^-\d/;

/**
 * node:util reads `--delay -5` as "argument is ambiguous" (is `-5` a value or an option?), while
 * `--delay=-5` reaches the option's own check and its better message. No option of these CLIs has a
 * short form that looks like a digit, so after an option that takes a value, a negative number is
 * always that value: join the two as `--delay=-5`.
 */
function joinNegativeValues(argv: readonly string[], options: ParseArgsOptionsConfig): string[] {
  const takesValue = new Set<string>();
  for (const [name, option] of Object.entries(options)) {
    if (option.type !== 'string') continue;
    takesValue.add(`--${name}`);
    if (option.short) takesValue.add(`-${option.short}`);
  }
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      args.push(...argv.slice(i));
      break;
    }
    const next = argv[i + 1];
    if (takesValue.has(arg) && next !== undefined && NEGATIVE_NUMBER.test(next)) {
      args.push(arg.startsWith('--') ? `${arg}=${next}` : `${arg}${next}`);
      i++;
    } else {
      args.push(arg);
    }
  }
  return args;
}

/**
 * parseArgs in strict mode (no positionals; `--no-<flag>` negates a boolean), with every mistake turned
 * into a {@link UsageError} of one sentence ending in "See --help.".
 */
export function parseCommandLine<const T extends ParseArgsOptionsConfig>(argv: readonly string[], options: T) {
  try {
    return parseArgs({ args: joinNegativeValues(argv, options), options, strict: true, allowNegative: true }).values;
  } catch (error) {
    throw new UsageError(usageMessage(error as Error));
  }
}

/** A whole number from 0 to `max`, or a usage error naming the option (`label`, e.g. "--port"). */
export function wholeNumber(label: string, text: string, max: number): number {
  if (!/^\d+$/.test(text) || Number(text) > max) {
    throw new UsageError(`${label} must be a whole number from 0 to ${max}; got "${text}".`);
  }
  return Number(text);
}

/** Prints help to stdout; a reader that closes the pipe early (`--help | head`) is not an error. */
export function printHelp(text: string): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

/** The first line of a message, so that a failure is always one line on stderr. */
export function oneLine(text: string): string {
  return text.split('\n').find((line) => line.trim() !== '')?.trim() ?? text.trim();
}

/**
 * Ends the process for an error that escaped a CLI's main: a {@link UsageError} is printed as is with
 * status 2; anything else as `describe(error)` (one line) with status 1.
 */
export function exitWithError(error: unknown, describe: (error: Error) => string): never {
  if (error instanceof UsageError) {
    process.stderr.write(`${oneLine(error.message)}\n`);
    process.exit(2);
  }
  process.stderr.write(`${oneLine(describe(error instanceof Error ? error : new Error(String(error))))}\n`);
  process.exit(1);
}
