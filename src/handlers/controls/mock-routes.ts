/**
 * The mock-only routes (docs/behaviour.md#mock-controls), under /__mock so they never collide with a
 * PORTOS path: `GET /__mock/health` (200 once seeded), `POST /__mock/reset` (204; store back to the
 * seed, earlier tokens rejected, journal cleared), `GET /__mock/requests` (the journal, newest last,
 * filtered by `method`, `path`, `status`), and `GET`/`POST /__mock/clock` (read or move the clock).
 * Bad input is a 400 problem naming the member, as on PORTOS paths.
 */
import { bindStringMembers, methodNotAllowed, parseJsonBody, ProblemError, readJsonObject, validationFailed } from '../../http/index.ts';
import { parseDateTime } from '../../ndata/index.ts';
import { CLOCK_RANGE, formatInstant, isClockInstant, type Clock } from '../../portos/index.ts';
import { json, noContent, type PlainAnswer, type PlainRequest } from '../plain.ts';
import { readBody } from '../read-body.ts';
import type { Scenario, ScenarioBook } from '../scenarios/index.ts';
import type { MockState } from '../state.ts';
import type { JournalFilter, JournalView } from './journal.ts';

export interface MockControlTarget {
  readonly ready: Promise<void>;
  reset(): Promise<void>;
  readonly journal: JournalView;
  readonly clock: Clock;
  readonly scenario: Scenario;
  readonly scenarios: ScenarioBook;
  useScenario(choice: string): Promise<void>;
  snapshot(): Promise<MockState>;
  restore(state: unknown): Promise<void>;
  /** Tells whoever keeps the state (`--state`) that it changed. */
  changed(): void;
}

type Answer = (target: MockControlTarget, request: PlainRequest) => Promise<PlainAnswer>;

/** One control path: an answer per method. */
export type MockRoute = Readonly<Partial<Record<'GET' | 'POST' | 'PUT', Answer>>>;

/** `?method=DELETE&path=/sessions/*&status=204` → a journal filter; anything else is a 400 naming it. */
function journalFilter(params: URLSearchParams): JournalFilter {
  const filter: JournalFilter = {};
  const errors: { memberName: string; message: string }[] = [];
  for (const [name, value] of params) {
    if (name === 'method') filter.method = value;
    else if (name === 'path') filter.path = value;
    else if (name === 'status' && /^[1-5]\d\d$/.test(value)) filter.status = Number(value);
    else if (name === 'status') errors.push({ memberName: 'status', message: `status must be an HTTP status from 100 to 599; got "${value}".` });
    else if (name === '') errors.push({ memberName: '$', message: 'A query parameter has no name; /__mock/requests filters on method, path (exact, or a prefix ending in *) and status.' });
    else errors.push({ memberName: name, message: `Unknown filter "${name}"; /__mock/requests filters on method, path (exact, or a prefix ending in *) and status.` });
  }
  if (errors.length > 0) throw validationFailed(errors);
  return filter;
}

function clockState(clock: Clock): { now: string; pinned: boolean } {
  return { now: formatInstant(clock.now()), pinned: clock.pinned };
}

const CLOCK_MEMBERS = [
  { name: 'advance', required: false },
  { name: 'set', required: false },
] as const;

/** `{"advance": "PT13H"}` or `{"set": "2023-08-05T09:30:00Z"}`: exactly one. */
async function moveClock(target: MockControlTarget, request: PlainRequest): Promise<PlainAnswer> {
  const body = bindStringMembers(readJsonObject(await readBody(request)), CLOCK_MEMBERS);
  const given = CLOCK_MEMBERS.filter((member) => body[member.name] !== undefined);
  if (given.length !== 1) {
    throw validationFailed([{ memberName: '$', message: 'Send exactly one of "advance" (an ISO 8601 duration such as "PT13H") and "set" (a date-time such as "2023-08-05T09:30:00Z").' }]);
  }
  if (body.set !== undefined && parseDateTime(body.set) === undefined) {
    throw validationFailed([{ memberName: 'set', message: `set must be an ISO 8601 date-time with a zone, e.g. "2023-08-05T09:30:00Z"; got "${body.set}".` }]);
  }
  try {
    if (body.advance !== undefined) target.clock.advance(body.advance);
    else target.clock.set(body.set!);
  } catch (error) {
    throw validationFailed([{ memberName: given[0]!.name, message: (error as Error).message }]);
  }
  return json(clockState(target.clock));
}

function scenarioState(target: MockControlTarget): { name: string; description: string; available: { name: string; description: string }[] } {
  const { name, description } = target.scenario;
  return { name, description, available: target.scenarios.all.map((s) => ({ name: s.name, description: s.description })) };
}

/** `{"name": "crowded"}`: the mock goes back to that scenario's seed (tokens and journal too). */
async function switchScenario(target: MockControlTarget, request: PlainRequest): Promise<PlainAnswer> {
  const { name } = bindStringMembers(readJsonObject(await readBody(request)), [{ name: 'name', required: true }]);
  if (!target.scenarios.all.some((s) => s.name === name)) {
    throw validationFailed([{ memberName: 'name', message: `Unknown scenario "${name}"; known: ${target.scenarios.all.map((s) => s.name).join(', ')}.` }]);
  }
  await target.useScenario(name!);
  return json(scenarioState(target));
}

const MOCK_ROUTES: Readonly<Record<string, MockRoute>> = {
  '/__mock/health': {
    async GET(target) {
      try {
        await target.ready;
      } catch {
        throw new ProblemError(503, { detail: 'The store could not be seeded.' });
      }
      // "ok" only when the mock can answer: its clock must show an instant it can write (a real-time
      // clock moved to the edge of the range drifts out of it).
      if (!isClockInstant(target.clock.now().getTime())) {
        throw new ProblemError(503, { detail: `The clock stands outside the instants the mock can represent (${CLOCK_RANGE}); POST /__mock/clock {"set": …} moves it back.` });
      }
      return json({ status: 'ok' });
    },
  },
  '/__mock/reset': {
    async POST(target) {
      await target.reset();
      return noContent();
    },
  },
  '/__mock/requests': {
    async GET(target, request) {
      return json(target.journal.find(journalFilter(request.url.searchParams)));
    },
  },
  '/__mock/scenario': {
    async GET(target) {
      return json(scenarioState(target));
    },
    POST: switchScenario,
  },
  '/__mock/state': {
    async GET(target) {
      return json(await target.snapshot());
    },
    async PUT(target, request) {
      const value = parseJsonBody(await readBody(request), 'a state from GET /__mock/state');
      try {
        await target.restore(value);
      } catch (error) {
        throw validationFailed([{ memberName: '$', message: (error as Error).message }]);
      }
      return noContent();
    },
  },
  '/__mock/clock': {
    async GET(target) {
      return json(clockState(target.clock));
    },
    POST: moveClock,
  },
};

/** The control paths, for doors that register one handler per path. */
export const MOCK_CONTROL_PATHS: readonly string[] = Object.keys(MOCK_ROUTES);

/** The control route for a routed path, if it is one. */
export function matchMockRoute(path: string): MockRoute | undefined {
  return Object.hasOwn(MOCK_ROUTES, path) ? MOCK_ROUTES[path] : undefined;
}

/** Every method some control path answers, for a door's CORS `Access-Control-Allow-Methods`. */
export const MOCK_CONTROL_METHODS: readonly string[] = [...new Set(Object.values(MOCK_ROUTES).flatMap((route) => Object.keys(route)))];

/** `application/json` or a `+json` type, with any parameters. */
function isJsonMediaType(contentType: string): boolean {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  return type === 'application/json' || /^application\/[\w.+-]+\+json$/.test(type);
}

/**
 * A control that changes the mock takes JSON only (docs/behaviour.md#mock-controls): a body sent as
 * `text/plain` or a form is what a page on another origin can send without a CORS preflight, so it is a
 * 415 naming Content-Type. A body-less request (`POST /__mock/reset`) needs no Content-Type.
 */
async function requireJsonBody(request: PlainRequest): Promise<void> {
  const contentType = request.header('content-type');
  if (contentType !== undefined ? isJsonMediaType(contentType) : (await readBody(request)) === '') return;
  throw new ProblemError(415, {
    detail: `The /__mock controls take JSON only: send Content-Type: application/json; got ${contentType === undefined ? 'no Content-Type' : JSON.stringify(contentType.slice(0, 100))}.`,
  });
}

/** The answer to a /__mock route; a wrong method is a 405 problem (thrown), a body that is not JSON a 415. */
export async function answerMockRoute(route: MockRoute, request: PlainRequest, target: MockControlTarget): Promise<PlainAnswer> {
  const method = request.method.toUpperCase() as keyof MockRoute;
  const answer = route[method];
  if (!answer) throw methodNotAllowed(request.method, Object.keys(route));
  if (method === 'GET') return answer(target, request);
  await requireJsonBody(request);
  return answer(target, request).finally(() => target.changed());
}
