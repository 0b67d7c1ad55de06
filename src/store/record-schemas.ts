/**
 * The sessions' Standard Schema, taken from the spec so that it stays the only place a shape is written.
 * (Every other resource's schema comes with its table: resource-table.ts.)
 */
import { standardSchema, type StandardSchema } from '../spec/index.ts';
import type { Session } from '../portos/index.ts';

export const sessionSchema: StandardSchema<Session> = standardSchema<Session>('Session');
