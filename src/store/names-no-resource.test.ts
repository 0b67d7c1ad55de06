/**
 * Issue 17: the store is generic. What a collection means to PORTOS (sessions, users, devices, API keys)
 * is the rules' (src/portos), so no production file of the store spells a collection's name in code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../spec/index.ts';

const dir = fileURLToPath(new URL('.', import.meta.url));
const production = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts') && !/\.(test|bench|test-support)\.ts$/.test(file));
/** The code of a file: comments left out (they may use a collection as an example). */
const code = (file: string) => readFileSync(join(dir, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

describe('the store', () => {
  it.each(catalogue.map((resource) => resource.name))('names no collection in its code: %s', (name) => {
    const spelled = new RegExp(`['"\`/]${name}['"\`/?]|\\.${name}\\b`);
    expect(production.filter((file) => spelled.test(code(file)))).toEqual([]);
  });

  it('reads its own files (the check above is not vacuous)', () => {
    expect(production).toContain('create-store.ts');
    expect(code('create-store.ts')).toContain('contract.catalogue');
  });
});
