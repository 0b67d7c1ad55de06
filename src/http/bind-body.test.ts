import { describe, expect, it } from 'vitest';
import { bindStringMembers, readJsonObject } from './bind-body.ts';
import { ProblemError } from './problem.ts';

const members = [
  { name: 'UserName', required: true },
  { name: 'Password', required: false },
] as const;

const errorsOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as ProblemError).errors;
  }
  throw new Error('expected a ProblemError');
};

describe('bindStringMembers', () => {
  it('matches names case-insensitively, the later spelling winning', () => {
    expect(bindStringMembers({ username: 'a', PASSWORD: 'p' }, members)).toEqual({ UserName: 'a', Password: 'p' });
    expect(bindStringMembers({ UserName: 'a', username: 'b' }, members).UserName).toBe('b');
  });

  it('names each missing required member and each non-string member', () => {
    expect(errorsOf(() => bindStringMembers({ Password: 5 }, members))).toEqual([
      { memberName: 'UserName', message: 'The UserName field is required.' },
      { memberName: 'Password', message: 'Password must be a string; got a number.' },
    ]);
  });

  it('treats an empty optional member as given but empty', () => {
    expect(bindStringMembers({ UserName: 'a', Password: '' }, members)).toEqual({ UserName: 'a', Password: '' });
  });
});

describe('readJsonObject', () => {
  const read = async (body: string) => readJsonObject(body);

  it('reads an object, and an empty body as {}', async () => {
    expect(await read('{"a":1}')).toEqual({ a: 1 });
    expect(await read('  ')).toEqual({});
  });

  it.each(['{', '[]', '1', 'null', '"s"'])('answers a 400 naming $ for %j', async (body) => {
    await expect(read(body)).rejects.toMatchObject({ status: 400, errors: [{ memberName: '$' }] });
  });
});
