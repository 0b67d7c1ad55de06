/**
 * The body of a write (`POST`, `PUT`): a JSON object that the operation's request schema accepts, with
 * a non-empty key (docs/behaviour.md#resource-writes). Each problem becomes a 400 naming its member.
 */
import { validationFailed, type ValidationErrorItem } from '../../http/index.ts';
import type { CatalogueResource, Contract } from '../../spec/index.ts';
import type { PlainRequest } from '../plain.ts';
import { readJsonObjectBody } from '../read-body.ts';

const REQUIRED = /^must have required property '([^']+)'$/;

/** A JSON pointer as a member name: `/settings/MaxQuantity` → `settings.MaxQuantity`; the root → `$`. */
function memberOf(path: string, message: string): string {
  const required = REQUIRED.exec(message)?.[1];
  const steps = path.split('/').slice(1).map((step) => step.replaceAll('~1', '/').replaceAll('~0', '~'));
  if (required) steps.push(required);
  return steps.length === 0 ? '$' : steps.join('.');
}

export async function readWriteBody(request: PlainRequest, resource: CatalogueResource, operationId: string, contract: Contract): Promise<Record<string, unknown>> {
  const body = await readJsonObjectBody(request);
  const errors: ValidationErrorItem[] = contract.validateRequestBody(operationId, body).map((issue) => ({ memberName: memberOf(issue.path, issue.message), message: issue.message }));
  const key = body[resource.key];
  if (errors.length === 0 && (typeof key !== 'string' || key === '')) errors.push({ memberName: resource.key, message: `The ${resource.key} field is required.` });
  if (errors.length > 0) throw validationFailed(errors);
  return body;
}
