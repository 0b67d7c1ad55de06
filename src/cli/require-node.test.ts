import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MIN_NODE, nodeTooOld } from './require-node.ts';

describe('the bins\' Node.js version check', () => {
  it('names the bin, the version it needs and the one it got, in one line', () => {
    expect(nodeTooOld('portos-mock', 'v20.20.2')).toBe('portos-mock needs Node.js >= 22.12; this is v20.20.2.');
    expect(nodeTooOld('portos-contract', 'v22.11.0')).toBe('portos-contract needs Node.js >= 22.12; this is v22.11.0.');
    expect(nodeTooOld('portos-mock', 'v18.0.0')).toContain('needs Node.js >= 22.12');
  });

  it('lets 22.12 and later through', () => {
    for (const version of ['v22.12.0', 'v22.20.1', 'v23.0.0', 'v24.21.0', 'v100.0.0']) expect(nodeTooOld('portos-mock', version)).toBeUndefined();
  });

  it('asks for what package.json promises in engines.node', () => {
    const engines = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { engines: { node: string } }).engines.node;
    expect(engines).toBe(`>=${MIN_NODE}`);
  });
});
