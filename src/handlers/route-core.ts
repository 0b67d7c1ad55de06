/**
 * The route core: one plain function `(request) => Promise<PlainAnswer | undefined>` that answers every
 * request the mock owns and gives undefined for the rest (a browser app's own requests must pass). Every
 * door calls it. One walk down, each step once:
 * 1. route the path (a /__mock control, a PORTOS path, or not ours);
 * 2. on a PORTOS path: seeding done, the fault headers, the method (405), the expiry sweep;
 * 3. authenticate the token once when the spec protects the operation (this bumps the caller's session);
 * 4. the operation; any thrown problem rendered once, anything else a 500 problem;
 * 5. latency, journal.
 */
import { internalError, isProblemError, methodNotAllowed, ProblemError } from '../http/index.ts';
import { formatInstant, isSignedAuthorization, type Caller } from '../portos/index.ts';
import type { OperationContext } from './context.ts';
import { DELAY_HEADER, injectedAnswer, readFaultHeaders, STATUS_HEADER } from './controls/fault-headers.ts';
import { journalBody, journalValue, type Journal, type JournalRecord } from './controls/journal.ts';
import { answerMockRoute, matchMockRoute, type MockControlTarget } from './controls/mock-routes.ts';
import { sleep } from './controls/sleep.ts';
import { parsedBodyOf } from './read-body.ts';
import { resolveHandlers } from './resolve-handlers.ts';
import type { PlainAnswer, PlainRequest } from './plain.ts';
import type { Contract } from '../spec/index.ts';
import type { PortosRoute, PortosRoutes } from './routes.ts';

export interface RouteCoreOptions {
  context: OperationContext;
  journal: Journal;
  /** The mock-only controls (docs/behaviour.md#mock-controls) on or off: /__mock routes and the x-mock-* headers. */
  controls: boolean;
  /** Latency added to every PORTOS response, in ms. */
  delay: number;
  target: MockControlTarget;
  /** The operations and resources served (the bundled document and any added). */
  contract: Contract;
  /** The contract's paths, compiled once. */
  routes: PortosRoutes;
}

export type RouteCore = (request: PlainRequest) => Promise<PlainAnswer | undefined>;

/** What answering one request learnt for its journal entry: the instant it was answered at, the caller's session. */
interface Seen {
  now?: Date;
  sessionId?: string;
}

/** A thrown error as its problem answer: a problem as thrown, anything else a 500 whose cause goes to the log. */
function problemAnswer(request: PlainRequest, error: unknown): PlainAnswer {
  const problem = isProblemError(error) ? error : internalError();
  // oxlint-disable-next-line no-console -- a 500 is the mock's own bug: its cause goes to the log, never to the client
  if (problem !== error) console.error('[portos-mock] Failed to answer %s %s:', request.method, request.url.href, error);
  return problem.toAnswer(request.header('accept-language'), request.url.pathname);
}

/** Runs `answer`, rendering any thrown problem (never a crash, never an unhandled rejection). */
async function guarded(request: PlainRequest, answer: () => Promise<PlainAnswer>): Promise<PlainAnswer> {
  try {
    return await answer();
  } catch (error) {
    return problemAnswer(request, error);
  }
}

export function createRouteCore({ context, journal, controls, delay, target, contract, routes }: RouteCoreOptions): RouteCore {
  const { lifecycle } = context;
  // Resolved once: an operation without a handler fails here, at start.
  const handlers = resolveHandlers(contract);

  // @note The readiness last seen settled: awaiting a settled promise again on every request costs a
  // microtask hop each time. A reset replaces it (a new promise), which is then awaited once more.
  let settled: Promise<void> | undefined;

  async function answerPortos(request: PlainRequest, route: PortosRoute, seen: Seen): Promise<PlainAnswer> {
    const ready = target.ready;
    if (ready !== settled) {
      await ready;
      settled = ready;
    }
    if (target.scenario.unavailable) {
      throw new ProblemError(503, { detail: `The mock runs the "${target.scenario.name}" scenario: every PORTOS path is down; POST /__mock/scenario switches back.` });
    }
    // Both fault headers absent (nearly every request): nothing to read or allocate.
    if (controls && (request.header(STATUS_HEADER) !== undefined || request.header(DELAY_HEADER) !== undefined)) {
      const faults = readFaultHeaders(request.header);
      if (faults.delay > 0) await sleep(faults.delay);
      if (faults.status !== undefined) return injectedAnswer(faults.status, route.path.allowed);
    }
    const spec = route.path.operations.get(request.method.toUpperCase());
    if (!spec) throw methodNotAllowed(request.method, route.path.allowed);
    const operation = handlers.get(spec.operationId)!;
    // Expired sessions are neither listed nor fetchable, and their tokens are rejected
    // (docs/behaviour.md#expired-sessions): one sweep here, so no rule below checks expiry again.
    // The clock is read once per request: the sweep, the bump and the journal entry share that instant.
    const now = context.clock.now();
    seen.now = now;
    await lifecycle.expireSessions(now);
    const caller = spec.requiresAuth ? await authenticate(request, now) : undefined;
    if (caller) seen.sessionId = caller.session.sessionId;
    return operation({ request, params: route.params, caller }, context);
  }

  /**
   * A bearer token or an NWS4 signature (docs/behaviour.md#api-key-session): the verifier reads the
   * method, the full URL, every header and the body text (read once; the operation reads it again).
   */
  async function authenticate(request: PlainRequest, now: Date): Promise<Caller> {
    const authorization = request.header('authorization') ?? null;
    if (!isSignedAuthorization(authorization)) return lifecycle.authenticate(authorization, now);
    const body = await request.text();
    return lifecycle.authenticateSigned({ method: request.method, url: request.url, headers: request.headers(), body });
  }

  /** `text`: the body as read, undefined for a GET or HEAD; a body an operation parsed already is not parsed again. */
  function journalEntry(request: PlainRequest, status: number, text: string | undefined, seen: Seen): JournalRecord {
    const parsed = parsedBodyOf(request);
    const body = parsed !== undefined ? journalValue(parsed) : text !== undefined ? journalBody(text) : undefined;
    const { sessionId } = seen;
    // Optional members assigned, not spread from temporary objects: this runs on every request.
    const entry: JournalRecord = { method: request.method, url: request.url.href, status, time: formatInstant(seen.now ?? context.clock.now()) };
    if (body !== undefined) entry.body = body;
    if (sessionId !== undefined) entry.sessionId = sessionId;
    return entry;
  }

  return async function handle(request) {
    if (controls) {
      const control = matchMockRoute(request.path);
      if (control) return guarded(request, () => answerMockRoute(control, request, target));
    }
    const route = routes.match(request.path);
    if (!route) return undefined;
    const seen: Seen = {};
    // What `guarded` does, inline: this path runs on every PORTOS request, and each async step costs a hop.
    let answer: PlainAnswer;
    try {
      answer = await answerPortos(request, route, seen);
    } catch (error) {
      answer = problemAnswer(request, error);
    }
    if (delay > 0) await sleep(delay);
    const text = request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.text().catch(() => '');
    journal.record(journalEntry(request, answer.status, text, seen));
    target.changed();
    return answer;
  };
}
