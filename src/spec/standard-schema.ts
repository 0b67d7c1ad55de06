/**
 * A Standard Schema (https://standardschema.dev) view of a component schema, so @msw/data collections
 * take their schema from the spec instead of a second, hand-written one.
 */
import { issueLines, type SchemaIssue } from './issues.ts';
import { validateSchema } from './validate.ts';

export interface StandardSchema<T> {
  readonly '~standard': {
    readonly version: 1;
    readonly vendor: string;
    readonly validate: (
      value: unknown,
    ) => { value: T; issues?: undefined } | { issues: ReadonlyArray<{ message: string; path?: ReadonlyArray<PropertyKey> }> };
    readonly types?: { readonly input: T; readonly output: T };
  };
}

/**
 * The Standard Schema of the spec's component `name`, typed as `T`; or, with `check`, of any schema
 * derived from the spec (its issues labelled `name`).
 */
export function standardSchema<T>(name: string, check: (value: unknown) => SchemaIssue[] = (value) => validateSchema(name, value, 'response')): StandardSchema<T> {
  return standardSchemaOf<T>(name, check);
}

/**
 * The Standard Schema whose issues are `check`'s, labelled `name`. Without `standardSchema`'s default
 * (which reaches every validator), so a browser bundle of the store carries only the records' validators.
 */
export function standardSchemaOf<T>(name: string, check: (value: unknown) => SchemaIssue[]): StandardSchema<T> {
  return {
    '~standard': {
      version: 1,
      vendor: 'portos-openapi',
      validate(value) {
        const issues = check(value);
        if (issues.length === 0) return { value: value as T };
        const lines = issueLines(name, issues);
        return { issues: issues.map((issue, i) => ({ message: lines[i]!, path: issue.path.split('/').slice(1) })) };
      },
    },
  };
}
