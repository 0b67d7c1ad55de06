/**
 * Schema validation results as plain values, with messages that name the JSON pointer.
 */
import type { ErrorObject } from 'ajv';

export interface SchemaIssue {
  /** JSON pointer into the validated value, `""` for the value itself. */
  path: string;
  message: string;
}

/** What ./issues.ts reads of an ajv error (the generated validators leave `schemaPath` out). */
export type IssueSource = Pick<ErrorObject, 'instancePath' | 'keyword' | 'params' | 'message'>;

export function toIssues(errors: readonly IssueSource[] | null | undefined): SchemaIssue[] {
  return (errors ?? []).map((error) => {
    let message = error.message ?? 'is invalid';
    if (error.keyword === 'additionalProperties') {
      message = `has a property the spec does not declare: ${JSON.stringify(error.params.additionalProperty)}`;
    } else if (error.keyword === 'enum') {
      message = `must be one of ${JSON.stringify(error.params.allowedValues)}`;
    }
    return { path: error.instancePath, message };
  });
}

/** One line per issue, each naming what was checked: `Session/_v must be >= 1`. */
export function issueLines(label: string, issues: readonly SchemaIssue[]): string[] {
  return issues.map((issue) => `${label}${issue.path} ${issue.message}`);
}

/** One readable line per issue: `/items/0/_v must be >= 1`. */
export function formatIssues(issues: readonly SchemaIssue[]): string {
  return issues.map((issue) => `${issue.path || '(root)'} ${issue.message}`).join('\n');
}
