/** `GET /{collection}/{key}` for any catalogued resource: the record, or 404 "Zdroj nebol nájdený". */
import { notFound } from '../../http/index.ts';
import type { CatalogueResource } from '../../spec/index.ts';
import type { StoredRecord } from '../../store/index.ts';
import type { Operation } from '../context.ts';
import { jsonText } from '../plain.ts';
import { keyOf, tableOf, visible } from './resource-answers.ts';

export function getResource(resource: CatalogueResource): Operation {
  const render = (record: StoredRecord) => visible(resource, record);
  return async (call, context) => {
    const table = tableOf(resource, context);
    const record = table.get(keyOf(resource, call));
    if (!record) throw notFound();
    // The record's JSON from the table's cache, as the list answers it (kept until the record is written).
    return jsonText(table.json(record, render));
  };
}
