/**
 * The bundled fixtures (fixtures/*.json), imported as JSON modules so that bundlers inline them for the
 * browser and no file system is needed.
 */
import devices from '../../fixtures/devices.json' with { type: 'json' };
import sessions from '../../fixtures/sessions.json' with { type: 'json' };
import users from '../../fixtures/users.json' with { type: 'json' };
import type { Fixtures } from '../store/index.ts';

// @note JSON imports are typed with plain `string`s; the store checks every record against the spec
// when it seeds, so the cast is verified at run time.
export const defaultFixtures: Fixtures = { users, devices, sessions } as unknown as Fixtures;
