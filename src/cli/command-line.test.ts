import { describe, expect, it } from 'vitest';
import { oneLine, parseCommandLine, UsageError, wholeNumber } from './command-line.ts';

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  port: { type: 'string' },
  delay: { type: 'string' },
  controls: { type: 'boolean' },
} as const;

function usage(argv: string[]): string {
  try {
    parseCommandLine(argv, OPTIONS);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`${JSON.stringify(argv)} was accepted`);
}

describe('parseCommandLine', () => {
  it('reads values, booleans and --no-<flag>', () => {
    expect(parseCommandLine(['--port', '0', '-h', '--no-controls'], OPTIONS)).toEqual({ port: '0', help: true, controls: false });
  });

  it('takes a negative number after an option that takes a value as its value, for the option to judge', () => {
    expect(parseCommandLine(['--delay', '-5'], OPTIONS)).toEqual({ delay: '-5' });
    expect(parseCommandLine(['--delay=-5'], OPTIONS)).toEqual({ delay: '-5' });
    expect(parseCommandLine(['--port', '-0.5', '--delay', '1'], OPTIONS)).toEqual({ port: '-0.5', delay: '1' });
  });

  it.each([
    [['--bogus'], "Unknown option '--bogus'. See --help."],
    [['-x'], "Unknown option '-x'. See --help."],
    [['--port'], "Option '--port <value>' argument missing. See --help."],
    [['stray'], "Unexpected argument 'stray'. See --help."],
    [['--help=yes'], "Option '-h, --help' does not take an argument. See --help."],
    [['--port', '--help'], "Option '--port' argument is ambiguous; to give a value that starts with a dash, write --port=<value>. See --help."],
  ])('turns %j into one sentence ending in "See --help."', (argv, message) => {
    expect(usage(argv)).toBe(message);
  });

  it('never lets a message run over one line', () => {
    for (const argv of [['--bogus'], ['--port'], ['--port', '--delay'], ['a', 'b'], ['--controls=1']]) expect(usage(argv)).not.toContain('\n');
  });
});

describe('wholeNumber', () => {
  it('accepts 0 to max and names the option otherwise', () => {
    expect(wholeNumber('--delay', '0', 10)).toBe(0);
    expect(wholeNumber('--delay', '10', 10)).toBe(10);
    for (const text of ['11', '-1', '1.5', '', ' 1', '0x1', '1e2']) {
      expect(() => wholeNumber('--delay', text, 10)).toThrow(new UsageError(`--delay must be a whole number from 0 to 10; got "${text}".`));
    }
  });
});

describe('oneLine', () => {
  it('keeps the first line that says something', () => {
    expect(oneLine('\n  first\nsecond')).toBe('first');
    expect(oneLine('only')).toBe('only');
  });
});
