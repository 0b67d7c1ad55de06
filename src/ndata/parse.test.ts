import { describe, expect, it } from 'vitest';
import { isWellKnownOperator } from './operators.ts';
import { parse } from './parse.ts';
import { parseArgument } from './values.ts';
import type { FilterCondition, NDataQuery, ValidationError } from './query.ts';
import type { ResourceDescription } from './resource.ts';
import { sampleSessionsResource as sessions } from './sample-sessions.test-support.ts';
import { thingsResource as things } from './test-support.ts';

function run(text: string, resource: ResourceDescription = sessions): { query?: NDataQuery; errors?: ValidationError[] } {
  return parse(new URLSearchParams(text), resource);
}

/** The query, with each condition's pre-read `values` checked against its `args` and then left out. */
function query(text: string, resource: ResourceDescription = sessions): NDataQuery {
  const result = run(text, resource);
  expect(result.errors, `errors for ${text}`).toBeUndefined();
  const filters = result.query!.filters.map(({ values, ...condition }) => {
    const member = resource.filters.find((m) => m.name === condition.member)!;
    if (values) expect(values, `values of ${text}`).toEqual(condition.args.map((arg) => parseArgument(arg, member.type)));
    else expect(isWellKnownOperator(condition.operator), `a well-known operator in ${text} has its values`).toBe(false);
    return condition;
  });
  return { ...result.query!, filters };
}

function errors(text: string, resource: ResourceDescription = sessions): ValidationError[] {
  const result = run(text, resource);
  expect(result.query, `query for ${text}`).toBeUndefined();
  return result.errors!;
}

/** One error, for `memberName`, whose message contains every fragment. */
function expectError(text: string, memberName: string, fragments: string[], resource: ResourceDescription = sessions): void {
  const found = errors(text, resource);
  expect(found.map((e) => e.memberName)).toContain(memberName);
  const messages = found.filter((e) => e.memberName === memberName).map((e) => e.message).join('\n');
  for (const fragment of fragments) expect(messages, text).toContain(fragment);
}

const cond = (member: string, operator: string, ...args: string[]): FilterCondition => ({ member, operator, args });

describe('documented: $skip and $take are integers: records to skip, maximum items', () => {
  it.each([
    ['$skip=5', 5, undefined],
    ['$take=20', 0, 20],
    ['$skip=0&$take=0', 0, 0],
    ['$skip=007', 7, undefined],
    ['$take=2147483647', 0, 2147483647],
    ['$skip=00000000002147483647', 2147483647, undefined],
    ['', 0, undefined],
  ])('%s → skip %s, take %s', (text, skip, take) => {
    const q = query(text);
    expect([q.skip, q.take]).toEqual([skip, take]);
  });
});

describe('inferred: $skip/$take must be decimal digits only, at most 2147483647', () => {
  it.each([['+5'], ['2.0'], ['1e1'], ['-1'], [''], [' 5'], ['5 '], ['0x10'], ['2147483648'], ['99999999999'], ['٣'], ['five']])(
    '$take=%s is an error that names $take and the allowed range',
    (value) => {
      expectError(`$take=${encodeURIComponent(value)}`, '$take', ['`$take`', 'whole number', '0 to 2147483647', `got \`${value}\``]);
    },
  );
  it('reports $skip with its own memberName', () => {
    expectError('$skip=-1', '$skip', ['`$skip`', 'whole number', 'got `-1`']);
  });
});

describe('inferred: a repeated $skip, $take or $count: the first value counts, later ones are not read', () => {
  it.each([
    ['$skip=1&$skip=2', 'skip', 1],
    ['$take=3&$take=abc', 'take', 3],
    ['$TAKE=4&$take=5', 'take', 4],
    ['$count=true&$count=nonsense', 'count', true],
    ['$count=false&$count=true', 'count', false],
  ] as const)('%s → %s = %s', (text, field, expected) => {
    expect(query(text)[field]).toEqual(expected);
  });
  it('still rejects a bad first value', () => {
    expectError('$skip=x&$skip=1', '$skip', ['got `x`']);
  });
});

describe('inferred: $count is true or false in any letter case', () => {
  it.each([['true', true], ['TRUE', true], ['True', true], ['false', false], ['fAlSe', false]])('$count=%s → %s', (value, expected) => {
    expect(query(`$count=${value}`).count).toBe(expected);
  });
  it.each([[''], ['1'], ['yes'], ['t'], [' true']])('$count=%s is an error', (value) => {
    expectError(`$count=${encodeURIComponent(value)}`, '$count', ['`$count`', '`true` or `false`', 'any letter case']);
  });
  it('is false when absent', () => {
    expect(query('').count).toBe(false);
  });
});

describe('documented: $sort: comma-separated keys in order; -key or key:desc descending; default ascending', () => {
  it.each([
    ['$sort=startedAt', [['startedAt', 'asc']]],
    ['$sort=-startedAt', [['startedAt', 'desc']]],
    ['$sort=startedAt:desc', [['startedAt', 'desc']]],
    ['$sort=startedAt:asc', [['startedAt', 'asc']]],
    ['$sort=identity.envName,-startedAt,_v:desc', [['identity.envName', 'asc'], ['startedAt', 'desc'], ['_v', 'desc']]],
    ['$sort=-sessionId', [['sessionId', 'desc']]],
  ])('%s', (text, expected) => {
    expect(query(text).sort.map((t) => [t.key, t.direction])).toEqual(expected);
  });
});

describe('documented: sort keys are case-insensitive; inferred: directions too; terms carry the documented name', () => {
  it.each([
    ['$sort=STARTEDAT', [['startedAt', 'asc']]],
    ['$sort=-Identity.UserName', [['identity.userName', 'desc']]],
    ['$sort=lastaccessat:DESC', [['lastAccessAt', 'desc']]],
    ['$sort=_V:Asc', [['_v', 'asc']]],
  ])('%s', (text, expected) => {
    expect(query(text).sort.map((t) => [t.key, t.direction])).toEqual(expected);
  });
});

describe('documented: $sort=a equals $sort=a,a; inferred: the first occurrence of a key decides', () => {
  it.each([
    ['$sort=startedAt,startedAt', [['startedAt', 'asc']]],
    ['$sort=startedAt,-startedAt', [['startedAt', 'asc']]],
    ['$sort=-_v,_v:asc,sessionId', [['_v', 'desc'], ['sessionId', 'asc']]],
    ['$sort=startedAt,STARTEDAT:desc', [['startedAt', 'asc']]],
  ])('%s', (text, expected) => {
    expect(query(text).sort.map((t) => [t.key, t.direction])).toEqual(expected);
  });
});

describe('inferred: repeated $sort parameters add up', () => {
  it('appends the terms of later $sort parameters', () => {
    expect(query('$sort=-_v&$SORT=startedAt,sessionId').sort.map((t) => t.key)).toEqual(['_v', 'startedAt', 'sessionId']);
  });
});

describe('inferred: $sort errors: unknown or empty key, - with :asc|:desc, unknown direction', () => {
  it.each([
    ['$sort=foo', ['`foo`', 'unknown', 'allowed keys', '`identity.userName`']],
    ['$sort=', ['empty sort key', 'Allowed keys']],
    ['$sort=startedAt,', ['empty sort key', 'item 2']],
    ['$sort=,startedAt', ['empty sort key', 'item 1']],
    ['$sort=-', ['empty sort key']],
    ['$sort=:desc', ['empty sort key']],
    ['$sort=-startedAt:desc', ['`-startedAt:desc`', 'direction twice', '`-startedAt`', '`startedAt:desc`']],
    ['$sort=-startedAt:asc', ['direction twice']],
    ['$sort=startedAt:up', ['unknown direction `up`', '`asc`', '`desc`', '`-` prefix']],
    ['$sort=startedAt:', ['unknown direction ``']],
    ['$sort=startedAt:asc:desc', ['unknown direction `asc:desc`']],
    ['$sort=--startedAt', ['`-startedAt`', 'unknown']],
    ['$sort=identity', ['`identity`', 'unknown']],
    ['$sort=startedAt, _v', ['` _v`', 'unknown']],
  ])('%s', (text, fragments) => {
    expectError(text, '$sort', ['`$sort`', ...fragments]);
  });
  it('reports every bad item', () => {
    const found = errors('$sort=foo,-bar:desc,startedAt,baz:x');
    expect(found.filter((e) => e.memberName === '$sort')).toHaveLength(3);
  });
});

describe('inferred: sort keys of sessions: the documented set, dotted identity keys', () => {
  it.each(sessions.sortKeys.map((k) => [k.name]))('%s is accepted', (name) => {
    expect(query(`$sort=${name}`).sort).toEqual([{ key: name, direction: 'asc' }]);
  });
  it.each([['userName'], ['identity.password'], ['expires']])('%s is not a sort key', (name) => {
    expectError(`$sort=${name}`, '$sort', ['unknown']);
  });
});

describe('documented: filters: MEMBER=OPERATION;OPERATION, repeated members add up (all must hold)', () => {
  it.each([
    ['sessionId=gt:0;lt:50', [cond('sessionId', 'gt', '0'), cond('sessionId', 'lt', '50')]],
    ['sessionId=gt:0&sessionId=lt:50', [cond('sessionId', 'gt', '0'), cond('sessionId', 'lt', '50')]],
    ['sessionId=gt:0;lt:50&SESSIONID=neq:7', [cond('sessionId', 'gt', '0'), cond('sessionId', 'lt', '50'), cond('sessionId', 'neq', '7')]],
  ])('%s', (text, expected) => {
    expect(query(text).filters).toEqual(expected);
  });
});

describe('inferred: operation without an unescaped `:` is an equality test', () => {
  it.each([
    ['sessionId=abc', [cond('sessionId', 'eq', 'abc')]],
    ['sessionId=a\\:b', [cond('sessionId', 'eq', 'a:b')]],
    ['sessionId=eq', [cond('sessionId', 'eq', 'eq')]],
    ['sessionId=a;b', [cond('sessionId', 'eq', 'a'), cond('sessionId', 'eq', 'b')]],
  ])('%s', (text, expected) => {
    expect(query(text.replace(/;/g, '%3B')).filters).toEqual(expected);
  });
});

describe('inferred: well-known operators eq neq gt gte lt lte take exactly one argument: all after the first `:`', () => {
  it.each([
    ['eq:abc', 'eq', ['abc']],
    ['neq:abc', 'neq', ['abc']],
    ['gt:2023-08-04T11:19:38Z', 'gt', ['2023-08-04T11:19:38Z']],
    ['gte:a:b:c', 'gte', ['a:b:c']],
    ['lt::', 'lt', [':']],
    ['lte:x', 'lte', ['x']],
  ])('sessionId=%s', (value, operator, args) => {
    expect(query(`sessionId=${encodeURIComponent(value)}`).filters).toEqual([{ member: 'sessionId', operator, args }]);
  });
});

describe('inferred: in and nin: one or more arguments split on `:`', () => {
  it.each([
    ['in:a', 'in', ['a']],
    ['in:a:b:c', 'in', ['a', 'b', 'c']],
    ['nin:a:b', 'nin', ['a', 'b']],
    ['in:a\\:b:c', 'in', ['a:b', 'c']],
    ['IN:a:a', 'in', ['a', 'a']],
  ])('sessionId=%s', (value, operator, args) => {
    expect(query(`sessionId=${encodeURIComponent(value)}`).filters).toEqual([{ member: 'sessionId', operator, args }]);
  });
});

describe('inferred: operator names match case-insensitively', () => {
  it.each([['GT:x', 'gt'], ['Gte:x', 'gte'], ['NIN:x', 'nin'], ['eQ:x', 'eq']])('sessionId=%s → %s', (value, operator) => {
    expect(query(`sessionId=${value}`).filters[0]?.operator).toBe(operator);
  });
});

describe('inferred: escapes \\; \\: \\\\ are decoded in every argument, whatever the operator', () => {
  it.each([
    ['gt:a\\:b', ['a:b']],
    ['gt:a:b', ['a:b']],
    ['eq:a\\;b', ['a;b']],
    ['eq:a\\\\b', ['a\\b']],
    ['eq:a\\\\', ['a\\']],
    ['in:\\;:\\:\\\\', [';', ':\\']],
    ['a\\\\;b', null],
  ])('sessionId=%s', (value, args) => {
    const q = query(`sessionId=${encodeURIComponent(value)}`);
    if (args) expect(q.filters.map((f) => f.args)).toEqual([args]);
    else expect(q.filters).toEqual([cond('sessionId', 'eq', 'a\\'), cond('sessionId', 'eq', 'b')]);
  });
});

describe('inferred: a backslash before any other character, or at the end, is an error', () => {
  it.each([['a\\b', '`\\b`'], ['a\\', '`\\`'], ['in:a:b\\n', '`\\n`'], ['\\x;\\y', '`\\x`']])('sessionId=%s', (value, shown) => {
    expectError(`sessionId=${encodeURIComponent(value)}`, 'sessionId', ['invalid escape', shown, '`\\;`', '`\\:`', '`\\\\`']);
  });
});

describe('inferred: empty operation, missing or empty argument are errors', () => {
  it.each([
    ['sessionId=', ['no value']],
    ['sessionId=eq:', ['empty argument', '`eq` takes exactly one non-empty argument']],
    ['sessionId=in:', ['empty argument', '`in` takes one or more']],
    ['sessionId=in:a::b', ['empty argument', 'argument 2']],
    ['sessionId=in:a:', ['empty argument']],
    ['sessionId=a;;b', ['empty operation', 'operation 2']],
    ['sessionId=a;', ['empty operation']],
    ['sessionId=;a', ['empty operation', 'operation 1']],
  ])('%s', (text, fragments) => {
    expectError(text.replace(/;/g, '%3B'), 'sessionId', ['`sessionId`', ...fragments]);
  });
});

describe('inferred: unknown operator is an error that lists the allowed ones', () => {
  it.each([['like:abc'], ['contains:a'], [':abc']])('sessionId=%s', (value) => {
    expectError(`sessionId=${value}`, 'sessionId', ['`sessionId`', 'operator', '`eq`', '`nin`', '`\\:`']);
  });
});

describe('inferred: errors: memberName is the parameter as documented, whatever the request spelled', () => {
  it.each([
    ['SessionId=like:x', 'sessionId'],
    ['SESSIONID=', 'sessionId'],
    ['$SKIP=x', '$skip'],
    ['$Take=-1', '$take'],
    ['$SoRt=nope', '$sort'],
    ['$COUNT=maybe', '$count'],
  ])('%s → %s', (text, memberName) => {
    expect(errors(text).map((e) => e.memberName)).toEqual([memberName]);
  });
});

describe('inferred: all errors are collected, at least one per parameter in error', () => {
  it('reports every parameter', () => {
    const found = errors('sessionId=like:x&$skip=-1&$take=x&$sort=nope&$count=2&other=1');
    expect(new Set(found.map((e) => e.memberName))).toEqual(new Set(['sessionId', '$skip', '$take', '$sort', '$count']));
  });
});

describe('inferred: parameter names match case-insensitively (ASCII only)', () => {
  it.each([
    ['SessionId=x', 'filters'],
    ['$SKIP=3', 'skip'],
    ['$Count=true', 'count'],
  ] as const)('%s is understood', (text, field) => {
    expect(query(text)[field]).toBeTruthy();
  });
  it('does not fold non-ASCII look-alikes (Kelvin sign K is not k)', () => {
    expect(query('$ta\u212Ae=x').ignored).toEqual(['$ta\u212Ae']);
  });
});

describe('inferred: every other parameter is ignored and reported in `ignored`', () => {
  it.each([
    ['$include=identity', ['$include']],
    ['$filter=x&$top=1&foo=bar&foo=baz', ['$filter', '$top', 'foo']],
    ['=x', ['']],
    ['session_id=1&sessionId=a', ['session_id']],
  ])('%s → %j', (text, ignored) => {
    expect(query(text).ignored).toEqual(ignored);
  });
});

describe('inferred: filter arguments of number and date-time members must be of that type (engine, generic)', () => {
  it.each([
    ['size=gt:5', cond('size', 'gt', '5')],
    ['size=-1.5e3', cond('size', 'eq', '-1.5e3')],
    ['at=gte:2023-08-04T11:19:38Z', cond('at', 'gte', '2023-08-04T11:19:38Z')],
    ['at=lt:2023-08-04T13:19:38.5%2B02:00', cond('at', 'lt', '2023-08-04T13:19:38.5+02:00')],
    ['at=in:2023-08-04T11:19:38Z:2023-08-05T00:00:00Z', cond('at', 'in', '2023-08-04T11', '19', '38Z', '2023-08-05T00', '00', '00Z')],
  ])('%s', (text, expected) => {
    // in/nin split on every unescaped `:`, so date-times in a list need `\:` (the last case shows why).
    if (expected.operator === 'in') expectError(text, 'at', ['not a date-time'], things);
    else expect(query(text, things).filters).toEqual([expected]);
  });
  it('in with escaped colons works for date-times', () => {
    expect(query(`at=in:${encodeURIComponent('2023-08-04T11\\:19\\:38Z:2023-08-05T00\\:00\\:00Z')}`, things).filters).toEqual([
      cond('at', 'in', '2023-08-04T11:19:38Z', '2023-08-05T00:00:00Z'),
    ]);
  });
  it.each([
    ['size=gt:five', 'size', 'not a number'],
    ['size=01', 'size', 'number written as in JSON'],
    ['size=1e999', 'size', 'not a number'],
    ['at=gt:yesterday', 'at', 'ISO-8601 date-time with an offset'],
    ['at=gt:2023-08-04', 'at', 'not a date-time'],
    ['at=gt:2023-08-04T11:19:38', 'at', 'not a date-time'],
    ['at=gt:2023-02-30T00:00:00Z', 'at', 'not a date-time'],
  ])('%s is an error', (text, member, fragment) => {
    expectError(text, member, [fragment], things);
  });
});

describe('members may restrict well-known operators and add custom ones (documented: "custom operators")', () => {
  it.each([
    ['tag=x', cond('tag', 'eq', 'x')],
    ['tag=prefix:a:b', cond('tag', 'prefix', 'a:b')],
    ['tag=PREFIX:a', cond('tag', 'prefix', 'a')],
    ['tag=between:a:m', cond('tag', 'between', 'a', 'm')],
    ['tag=anyOf:a:b:c', cond('tag', 'anyOf', 'a', 'b', 'c')],
    ['tag=len:3', cond('tag', 'len', '3')],
  ])('%s', (text, expected) => {
    expect(query(text, things).filters).toEqual([expected]);
  });
  it.each([
    ['tag=gt:x', ['`gt`', 'not allowed', '`prefix`']],
    ['tag=between:a', ['1 argument', 'exactly 2']],
    ['tag=between:a:b:c', ['3 arguments', 'exactly 2']],
    ['tag=between:a:', ['empty argument']],
    ['tag=len:x', ['invalid arguments', 'digits']],
  ])('%s is an error', (text, fragments) => {
    expectError(text, 'tag', fragments, things);
  });
});

describe('parse is total', () => {
  it.each([['%'], ['&&&'], ['sessionId=\\'], ['$sort=,,,'], ['a=b=c'], ['sessionId=%00']])('%s gives a query or errors', (text) => {
    const result = run(text);
    expect('query' in result || 'errors' in result).toBe(true);
  });
});
