import { foldCase } from './fold.ts';
import { code, codeList } from './messages.ts';
import { isWellKnownOperator, OPERATOR_ARITY, WELL_KNOWN_OPERATORS } from './operators.ts';
import type { FilterCondition, ValidationError } from './query.ts';
import type { CustomOperator, FilterMember } from './resource.ts';
import { splitOperations } from './split.ts';
import { ARGUMENT_SHAPE, parseArgument } from './values.ts';

const ESCAPES = 'a backslash may only escape `;`, `:` or itself (write `\\;`, `\\:` or `\\\\`)';

/** Operator names a member accepts, well-known first, for messages. */
function allowedOperators(member: FilterMember): string[] {
  return [...(member.operators ?? WELL_KNOWN_OPERATORS), ...(member.customOperators ?? []).map((o) => o.name)];
}

type Resolved = { kind: 'well-known'; name: string; arity: 'one' | 'one-or-more' } | { kind: 'custom'; op: CustomOperator };

function resolveOperator(member: FilterMember, written: string): Resolved | string {
  const folded = foldCase(written);
  const allowed = member.operators ?? WELL_KNOWN_OPERATORS;
  if (isWellKnownOperator(folded)) {
    if (allowed.includes(folded)) return { kind: 'well-known', name: folded, arity: OPERATOR_ARITY[folded] };
  }
  const custom = (member.customOperators ?? []).find((o) => foldCase(o.name) === folded && !isWellKnownOperator(foldCase(o.name)));
  if (custom) return { kind: 'custom', op: custom };
  const list = codeList(allowedOperators(member));
  if (isWellKnownOperator(folded)) return `operator ${code(written)} is not allowed for \`${member.name}\`; allowed (any letter case): ${list}.`;
  if (written === '') return `an operator is missing before the \`:\`; allowed (any letter case): ${list}. Write a \`:\` inside an argument as \`\\:\`.`;
  return `operator ${code(written)} is unknown; allowed (any letter case): ${list}. Write a \`:\` inside an argument as \`\\:\`.`;
}

/**
 * Parses every value of one filter member into conditions. Operations are separated by unescaped `;`;
 * an operation without an unescaped `:` is `eq`; otherwise the text before the first `:` is the operator.
 */
export function parseFilter(member: FilterMember, values: readonly string[]): { conditions: FilterCondition[]; errors: ValidationError[] } {
  const conditions: FilterCondition[] = [];
  const errors: ValidationError[] = [];
  const name = member.name;
  const fail = (message: string): void => {
    errors.push({ memberName: name, message });
  };
  for (const value of values) {
    const operations = splitOperations(value);
    operations.forEach((operation, index) => {
      const at = operations.length > 1 ? ` (operation ${index + 1} of ${code(value)})` : '';
      if (operation.badEscapes.length > 0) {
        fail(`\`${name}\` operation ${code(operation.text)}${at} has an invalid escape ${codeList(operation.badEscapes)}; ${ESCAPES}.`);
        return;
      }
      if (operation.text === '') {
        fail(value === ''
          ? `\`${name}\` has no value; write an operation such as \`${name}=abc\` (equality) or \`${name}=in:a:b\`.`
          : `\`${name}\` has an empty operation${at}; operations are separated by \`;\` and none may be empty (write a literal \`;\` as \`\\;\`).`);
        return;
      }
      const [first = '', ...rest] = operation.parts;
      const resolved = rest.length === 0 ? resolveOperator(member, 'eq') : resolveOperator(member, first);
      if (typeof resolved === 'string') {
        fail(rest.length === 0
          ? `\`${name}\` operation ${code(operation.text)}${at} has no operator, which means \`eq\`, but ${resolved}`
          : `\`${name}\` operation ${code(operation.text)}${at}: ${resolved}`);
        return;
      }
      const args = rest.length === 0 ? [first] : rest;
      const opName = resolved.kind === 'well-known' ? resolved.name : resolved.op.name;
      const arity = resolved.kind === 'well-known' ? resolved.arity : resolved.op.arity;
      const one = arity === 'one' || arity === 1;
      const finalArgs = one ? [args.join(':')] : args;
      const describe = one
        ? `\`${opName}\` takes exactly one non-empty argument after the \`:\``
        : arity === 'one-or-more'
          ? `\`${opName}\` takes one or more non-empty arguments separated by \`:\``
          : `\`${opName}\` takes exactly ${arity} non-empty arguments separated by \`:\``;
      const empty = finalArgs.findIndex((a) => a === '');
      if (empty >= 0) {
        const which = finalArgs.length > 1 ? ` (argument ${empty + 1})` : '';
        fail(`\`${name}\` operation ${code(operation.text)}${at} has an empty argument${which}; ${describe}.`);
        return;
      }
      if (typeof arity === 'number' && !one && finalArgs.length !== arity) {
        fail(`\`${name}\` operation ${code(operation.text)}${at} has ${finalArgs.length} argument${finalArgs.length === 1 ? '' : 's'}; ${describe}.`);
        return;
      }
      if (resolved.kind === 'well-known') {
        const values = finalArgs.map((a) => parseArgument(a, member.type));
        const bad = values.indexOf(undefined);
        if (bad >= 0) {
          fail(`\`${name}\` operation ${code(operation.text)}${at} has an argument ${code(finalArgs[bad]!)} that is not a ${member.type}; expected ${ARGUMENT_SHAPE[member.type]}.`);
          return;
        }
        conditions.push({ member: name, operator: opName, args: finalArgs, values });
        return;
      } else {
        const problem = resolved.op.validate?.(finalArgs);
        if (problem !== undefined) {
          fail(`\`${name}\` operation ${code(operation.text)}${at} has invalid arguments: ${problem}`);
          return;
        }
      }
      conditions.push({ member: name, operator: opName, args: finalArgs });
    });
  }
  return { conditions, errors };
}
