import { describe, expect, it } from 'vitest';
import { parseCliOptions, UsageError } from './options.ts';

describe('npm start options', () => {
  it('defaults to 127.0.0.1:4010, real time, controls on', () => {
    expect(parseCliOptions([], {})).toEqual({ help: false, port: 4010, host: '127.0.0.1', controls: true, quiet: false });
  });

  it('reads every option', () => {
    expect(
      parseCliOptions(['--port', '0', '--host', '0.0.0.0', '--clock', '2023-08-04T21:30:00Z', '--delay', '250', '--fixtures', 'my', '--no-controls'], {}),
    ).toEqual({ help: false, port: 0, host: '0.0.0.0', clock: '2023-08-04T21:30:00Z', delay: 250, fixturesDir: 'my', controls: false, quiet: false });
  });

  it('takes the port from $PORT unless --port is given', () => {
    expect(parseCliOptions([], { PORT: '5000' }).port).toBe(5000);
    expect(parseCliOptions(['--port', '6000'], { PORT: '5000' }).port).toBe(6000);
  });

  it.each([
    [['--port', 'abc'], '--port must be a whole number from 0 to 65535; got "abc".'],
    [['--port', '70000'], '--port must be a whole number from 0 to 65535; got "70000".'],
    [['--delay=-5'], '--delay must be a whole number from 0 to 60000; got "-5".'],
    [['--delay', '-5'], '--delay must be a whole number from 0 to 60000; got "-5".'],
    [['--port', '-1'], '--port must be a whole number from 0 to 65535; got "-1".'],
    [['--clock', 'tomorrow'], '--clock must be an ISO 8601 date-time with a zone, e.g. 2023-08-04T21:30:00Z; got "tomorrow".'],
    [['--clock', '2023-08-04T21:30:00'], '--clock must be an ISO 8601 date-time with a zone'],
    [['--host', ''], '--host must name an interface'],
    [['--colour'], "Unknown option '--colour'. See --help."],
    [['--port'], "Option '--port <value>' argument missing. See --help."],
    [['--journal-limit', '0'], '--journal-limit must be a whole number from 1 to 1000000; got "0".'],
    [['--clock', '9999-12-31T23:59:59Z'], '--clock must lie from 1971-01-01T00:00:00Z to 9998-12-31T23:59:59.999Z; got "9999-12-31T23:59:59Z".'],
    [['--allowed-hosts', 'a,,b'], '--allowed-hosts takes host names separated by commas'],
    [['--cors-origin', 'http://my-app.test/path'], '--cors-origin takes an origin (scheme://host[:port], no path) or *'],
    [['--journal-limit', 'lots'], '--journal-limit must be a whole number from 1 to 1000000; got "lots".'],
  ])('rejects %j with a message naming the option', (argv, message) => {
    expect(() => parseCliOptions(argv, {})).toThrow(UsageError);
    expect(() => parseCliOptions(argv, {})).toThrow(message);
  });

  it('names $PORT when the bad port came from the environment', () => {
    expect(() => parseCliOptions([], { PORT: 'x' })).toThrow('--port (from $PORT) must be a whole number');
  });

  it('reads --journal-limit', () => {
    expect(parseCliOptions(['--journal-limit', '50'], {}).journalLimit).toBe(50);
  });

  it('16.9 reads --allowed-hosts (comma-separated, repeatable, * for any), --cors-origin (repeatable) and --quiet', () => {
    const options = parseCliOptions(['--allowed-hosts', 'my-pc.local,.example.test', '--allowed-hosts', 'other', '--cors-origin', 'http://my-app.test:8080', '--cors-origin', '*', '-q'], {});
    expect(options).toMatchObject({ allowedHosts: ['my-pc.local', '.example.test', 'other'], corsOrigins: ['http://my-app.test:8080', '*'], quiet: true });
    expect(parseCliOptions(['--allowed-hosts', '*'], {}).allowedHosts).toBe(true);
  });
});
