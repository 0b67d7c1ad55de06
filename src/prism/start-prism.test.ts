import { describe, expect, it } from 'vitest';
import { prismFailureReason } from './start-prism.ts';

const where = { host: '127.0.0.1', port: 4010 };

describe('why Prism stopped before it listened', () => {
  it('names a busy port in the user\'s words, not with yargs\' help', () => {
    // What Prism 5.16 prints when its listen() fails: a fatal line, its whole help, then the cause.
    const lines = [
      '[1:51:23 AM] › [CLI] …  awaiting  Starting Prism…',
      '[1:51:24 AM] › [CLI] ✖  fatal     ',
      'prism mock <document>',
      'Options:',
      '  -p, --port                              Port that Prism will run on.  [number] [required] [default: 4010]',
      'listen EADDRINUSE: address already in use 127.0.0.1:4010',
    ];
    expect(prismFailureReason(lines, where, 'exited with code 1')).toBe('port 4010 is in use; pick another with --port <n> (0 = any free port).');
  });

  it('names a host that is not this machine\'s', () => {
    expect(prismFailureReason(['listen EADDRNOTAVAIL: address not available 203.0.113.9:4010'], { ...where, host: '203.0.113.9' }, 'exited with code 1')).toBe(
      '--host 203.0.113.9 is not an address of this machine.',
    );
  });

  it('otherwise repeats Prism\'s last line, without its log prefix', () => {
    const lines = ['[2:00:00 AM] › [CLI] …  awaiting  Starting Prism…', '[2:00:01 AM] › [CLI] ✖  fatal     No operations found in the current file.'];
    expect(prismFailureReason(lines, where, 'exited with code 1')).toBe('Prism exited with code 1 before it listened: No operations found in the current file.');
    expect(prismFailureReason([], where, 'was killed by SIGKILL')).toBe('Prism was killed by SIGKILL before it listened, saying nothing.');
  });
});
