/**
 * A Standard Schema (https://standardschema.dev) view of a component schema, so @msw/data collections
 * take their schema from the spec instead of a second, hand-written one.
 */
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

/** The Standard Schema of the spec's component `name`, typed as `T`. */
export function standardSchema<T>(name: string): StandardSchema<T> {
  return {
    '~standard': {
      version: 1,
      vendor: 'portos-openapi',
      validate(value) {
        const issues = validateSchema(name, value, 'response');
        if (issues.length === 0) return { value: value as T };
        return {
          issues: issues.map((issue) => ({
            message: `${name}${issue.path || ''} ${issue.message}`,
            path: issue.path.split('/').slice(1),
          })),
        };
      },
    },
  };
}
