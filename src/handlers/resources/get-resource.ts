/** `GET /{collection}/{key}` for any catalogued resource: the record, or 404 "Zdroj nebol nájdený". */
import { notFound } from '../../http/index.ts';
import type { CatalogueResource } from '../../spec/index.ts';
import type { Operation } from '../context.ts';
import { json } from '../plain.ts';
import { keyOf, tableOf, visible } from './resource-answers.ts';

export function getResource(resource: CatalogueResource): Operation {
  return async (call, context) => {
    const record = tableOf(resource, context).get(keyOf(resource, call));
    if (!record) throw notFound();
    return json(visible(resource, record));
  };
}
