/**
 * The outline (src/generated/portos-sessions.outline.ts) holds what the handlers read of the document, so a
 * bundle of the handlers need not carry the document: each member must say what the document says.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from './catalogue.ts';
import { createContract } from './add-documents.ts';
import { bundledContract } from './contract.ts';
import { spec } from './document.ts';
import { operations } from './operations.ts';
import { catalogue, documentPaths, documentSecurity, operationRoutes, propertyNames } from './outline.ts';
import { validateRequestBody } from './validate.ts';

describe('the outline of the bundled document', () => {
  it('18.2 names the operations, paths, security and catalogue the document declares', () => {
    expect(operationRoutes).toEqual(operations.map(({ definition: _definition, ...route }) => route));
    expect(documentPaths).toEqual(Object.keys(spec.paths));
    expect(documentSecurity).toEqual(spec.security);
    expect(catalogue).toEqual(buildCatalogue([spec]));
    expect(bundledContract.operations).toBe(operationRoutes);
  });

  it('18.2 gives each component schema its top-level property names, in the document order', () => {
    const withProperties = Object.entries(spec.components.schemas).filter(([, schema]) => schema.properties);
    expect(withProperties.length).toBeGreaterThan(10);
    for (const [name, schema] of withProperties) expect(propertyNames(name), name).toEqual(Object.keys(schema.properties as object));
    expect(propertyNames('UserProfile')).toContain('device');
    expect(() => propertyNames('Nope')).toThrow('Unknown schema "Nope" (or one without properties): the spec has ');
  });

  it('18.2 checks request bodies without the document: a bodiless operation has no issues, an unknown one throws', () => {
    expect(validateRequestBody('getSessions', { anything: 1 })).toEqual([]);
    expect(validateRequestBody('login', { DeviceName: 1 }).length).toBeGreaterThan(0);
    expect(() => validateRequestBody('nope', {})).toThrow('Unknown operationId "nope": the spec has getSessions, ');
  });

  it('18.2 still refuses an added document that declares a bundled path again', () => {
    const clash = { openapi: '3.1.0', info: { title: 'Clash', version: '1' }, paths: { [documentPaths[0]!]: {} } };
    expect(() => createContract([clash], () => ({}))).toThrow(`its path ${JSON.stringify(documentPaths[0])} is declared already`);
  });
});
