// 16.14: the CommonJS declarations of the main entry (index.cts) declare every value of the ESM entry,
// with the same types; only the msw handler types differ, and those are msw's own.
import { expectTypeOf } from 'vitest';
import type * as cjs from './index.cts';
import type * as esm from './index.ts';

/** An ESM file sees a CommonJS module's exports as its default export. */
type Cjs = typeof cjs.default;

expectTypeOf<keyof Cjs>().toEqualTypeOf<keyof typeof esm>();
expectTypeOf<Parameters<Cjs['createMockApi']>>().toEqualTypeOf<Parameters<typeof esm.createMockApi>>();
expectTypeOf<keyof cjs.MockApi>().toEqualTypeOf<keyof esm.MockApi>();
expectTypeOf<Omit<cjs.MockApi, 'handlers' | 'override'>>().toEqualTypeOf<Omit<esm.MockApi, 'handlers' | 'override'>>();
