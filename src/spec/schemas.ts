/**
 * Compiles the spec's component schemas with ajv (JSON Schema 2020-12, as OpenAPI 3.1 uses).
 *
 * Two variants of every schema exist, because OpenAPI's `readOnly`/`writeOnly` mean different things
 * in each direction: a request must not carry `readOnly` properties, a response must not carry
 * `writeOnly` ones (a password echoed back, for instance). ajv treats both keywords as annotations only,
 * so each variant drops the forbidden properties; with `additionalProperties: false` their presence
 * then fails validation.
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { spec, type JsonSchema } from './document.ts';

export type Variant = 'request' | 'response';

// ajv-formats is CommonJS; under Node's ESM interop its function sits on `default`.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as unknown as (ajv: Ajv2020) => Ajv2020;

const COMPONENTS = '#/components/schemas/';

function bundleId(variant: Variant): string {
  return `urn:portos-sessions:${variant}`;
}

/** Rewrites component refs into the bundle and strips properties forbidden in this direction. */
function toVariant(node: unknown, variant: Variant): unknown {
  if (Array.isArray(node)) return node.map((item) => toVariant(item, variant));
  if (!node || typeof node !== 'object') return node;
  const forbidden = variant === 'request' ? 'readOnly' : 'writeOnly';
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string' && value.startsWith(COMPONENTS)) {
      out[key] = `${bundleId(variant)}#/$defs/${value.slice(COMPONENTS.length)}`;
    } else if (key === 'properties' && value && typeof value === 'object') {
      const kept: Record<string, unknown> = {};
      for (const [name, schema] of Object.entries(value)) {
        if ((schema as JsonSchema)[forbidden] === true) continue;
        kept[name] = toVariant(schema, variant);
      }
      out[key] = kept;
    } else if (key === 'examples' || key === 'example') {
      // Examples are annotations; keeping them out makes compilation cheaper.
      continue;
    } else {
      out[key] = toVariant(value, variant);
    }
  }
  return out;
}

function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false, strictTuples: false });
  addFormats(ajv);
  for (const variant of ['request', 'response'] as const) {
    ajv.addSchema({ $id: bundleId(variant), $defs: toVariant(spec.components.schemas, variant) });
  }
  return ajv;
}

let shared: Ajv2020 | undefined;
const compiled = new Map<string, ValidateFunction>();

/** The one ajv instance, created on first use (compiling costs a few milliseconds). */
function getAjv(): Ajv2020 {
  shared ??= createAjv();
  return shared;
}

/**
 * A compiled validator for any schema of the spec, in one direction. Inline schemas (from a response or
 * a parameter) are accepted too; component refs inside them resolve into the bundle.
 */
export function compileSchema(schema: JsonSchema, variant: Variant): ValidateFunction {
  const key = `${variant}:${JSON.stringify(schema)}`;
  let validate = compiled.get(key);
  if (!validate) {
    validate = getAjv().compile(toVariant(schema, variant) as JsonSchema);
    compiled.set(key, validate);
  }
  return validate;
}

/** The names of the spec's component schemas. */
export const schemaNames = Object.keys(spec.components.schemas);
