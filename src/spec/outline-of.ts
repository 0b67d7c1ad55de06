/**
 * The outline of a document (./outline.ts), computed by `npm run generate`; it reads no generated module,
 * so the generator runs whatever state src/generated is in.
 */
import { buildCatalogue } from './catalogue.ts';
import { derivedSchemas } from './derived-schemas.ts';
import type { HttpMethod, OpenApiDocument } from './document.ts';
import type { Outline } from './outline.ts';

const METHODS: readonly HttpMethod[] = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];

/** The outline of `document`, in the document's order (what `npm run generate` writes). */
export function outlineOf(document: OpenApiDocument): Outline {
  const operations = Object.entries(document.paths).flatMap(([path, item]) =>
    METHODS.flatMap((method) => {
      const definition = item[method];
      if (!definition) return [];
      const security = definition.security ?? document.security ?? [];
      return [
        {
          operationId: definition.operationId,
          method: method.toUpperCase() as Uppercase<HttpMethod>,
          path,
          requiresAuth: security.length > 0 && !security.some((requirement) => Object.keys(requirement).length === 0),
        },
      ];
    }),
  );
  const schemas = document.components.schemas;
  return {
    operations,
    schemaNames: [...Object.keys(schemas), ...Object.keys(derivedSchemas(schemas))],
    catalogue: buildCatalogue([document]),
    paths: Object.keys(document.paths),
    ...(document.security === undefined ? {} : { security: document.security }),
    properties: Object.fromEntries(
      Object.entries(schemas).flatMap(([name, schema]) => (schema.properties && typeof schema.properties === 'object' ? [[name, Object.keys(schema.properties)]] : [])),
    ),
  };
}

