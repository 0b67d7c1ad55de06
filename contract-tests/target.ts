/**
 * The server under test: its base URL, how to authenticate, and a typed openapi-fetch client whose every
 * request is recorded as an {@link Exchange} (method, URL, headers, status, body) for the checks and the
 * reports. `fetch` is injectable so the runner's self-tests need no network.
 */
import createClient from 'openapi-fetch';
import type { paths } from '../src/spec/index.ts';
import type { Exchange } from './types.ts';

export type FetchLike = (request: Request) => Promise<Response>;

export interface TargetOptions {
  /** The server's origin (and base path), e.g. `https://staging.example.com`. */
  baseUrl: string;
  /** A bearer token to use as is. Exclusive with `user`. */
  token?: string;
  /** Log in as this user (with `device` and an optional `password`) to get a token. */
  user?: string;
  password?: string;
  device?: string;
  /** Per-request timeout in milliseconds; default 10 000. */
  timeoutMs?: number;
  /** The fetch to send requests with; default the global fetch. */
  fetch?: FetchLike;
  /** Extra headers for every request (e.g. `Accept-Language`). */
  headers?: Record<string, string>;
}

/** A request that got no response: connection refused, DNS failure, timeout. */
export class RequestFailedError extends Error {
  override name = 'RequestFailedError';
  readonly exchange: Exchange;
  constructor(message: string, exchange: Exchange) {
    super(message);
    this.exchange = exchange;
  }
}

/** `undefined` leaves the target's current token in place; `null` sends no Authorization header. */
export type TokenOption = string | null | undefined;

const EXCERPT_LIMIT = 400;

function headersToObject(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, key) => {
    out[key] = value;
  });
  return out;
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** `METHOD URL`, the way every failure names a request. */
export function describeRequest(exchange: Exchange): string {
  return `${exchange.request.method} ${exchange.request.url}`;
}

/**
 * A status and what came with it, for messages: `404 with an empty body`, `401 {"title":…}`, or
 * `no response (timed out …)`.
 */
export function describeAnswer(exchange: Exchange, limit = 200): string {
  const response = exchange.response;
  if (!response) return `no response (${exchange.error ?? 'unknown error'})`;
  const body = excerpt(response.text, limit);
  return body === '' ? `${response.status} with an empty body` : `${response.status} ${body}`;
}

/** The first characters of a body, on one line. */
export function excerpt(text: string, limit = EXCERPT_LIMIT): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > limit ? `${flat.slice(0, limit)}…` : flat;
}

function withTimeout<T>(promise: Promise<T>, ms: number, controller: AbortController, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new Error(`timed out after ${ms} ms (${what})`));
    }, ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export class Target {
  readonly baseUrl: string;
  readonly timeoutMs: number;
  /** Every exchange so far, oldest first. */
  readonly journal: Exchange[] = [];
  /** The token requests carry unless told otherwise. */
  token: string | undefined;
  /** The refresh token of the suite's own login, when it logged in. */
  refreshToken: string | undefined;
  readonly credentials: { user: string; password?: string; device: string } | undefined;
  readonly #fetch: FetchLike;
  readonly #headers: Record<string, string>;
  readonly client;

  constructor(options: TargetOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.token = options.token;
    this.credentials =
      options.user !== undefined && options.device !== undefined
        ? { user: options.user, device: options.device, ...(options.password !== undefined ? { password: options.password } : {}) }
        : undefined;
    this.#fetch = options.fetch ?? ((request) => globalThis.fetch(request));
    this.#headers = options.headers ?? {};
    this.client = createClient<paths>({ baseUrl: this.baseUrl });
  }

  /** Sends one request through the injected fetch, records it, and returns the exchange. */
  async send(operationId: string, request: Request): Promise<Exchange> {
    const controller = new AbortController();
    const requestBody = request.body ? await request.text() : undefined;
    const outgoing = new Request(request.url, {
      method: request.method,
      headers: request.headers,
      signal: controller.signal,
      ...(requestBody !== undefined ? { body: requestBody } : {}),
    });
    const exchange: Exchange = {
      operationId,
      request: {
        method: outgoing.method,
        url: outgoing.url,
        headers: headersToObject(outgoing.headers),
        ...(requestBody !== undefined ? { body: requestBody } : {}),
      },
      durationMs: 0,
    };
    exchange.startedAt = new Date().toISOString();
    const started = performance.now();
    try {
      const response = await withTimeout(this.#fetch(outgoing), this.timeoutMs, controller, 'waiting for the response');
      exchange.waitMs = performance.now() - started;
      const text = await withTimeout(response.text(), this.timeoutMs, controller, 'reading the body');
      exchange.response = { status: response.status, headers: headersToObject(response.headers), text, json: parseJson(text) };
    } catch (error) {
      const reason = error instanceof Error ? (error.cause instanceof Error ? `${error.message}: ${error.cause.message}` : error.message) : String(error);
      exchange.error = reason;
      exchange.durationMs = performance.now() - started;
      this.journal.push(exchange);
      throw new RequestFailedError(`${describeRequest(exchange)} failed: ${reason}`, exchange);
    }
    exchange.durationMs = performance.now() - started;
    this.journal.push(exchange);
    return exchange;
  }

  #init(operationId: string, token: TokenOption, extra: Record<string, string> = {}) {
    const headers: Record<string, string> = { ...this.#headers, ...extra };
    const bearer = token === undefined ? this.token : token;
    if (bearer !== null && bearer !== undefined) headers.Authorization = `Bearer ${bearer}`;
    let recorded: Exchange | undefined;
    const fetch = async (request: Request): Promise<Response> => {
      recorded = await this.send(operationId, request);
      const response = recorded.response!;
      const empty = response.status === 204 || response.status === 205 || response.status === 304 || response.text === '';
      return new Response(empty ? null : response.text, { status: response.status, headers: response.headers });
    };
    return { headers, fetch, parseAs: 'text' as const, exchange: () => recorded! };
  }

  /**
   * GET /sessions with a raw query string (`$skip=2&$take=3`), sent as written so that malformed NData
   * reaches the server unchanged.
   */
  async listSessions(query = '', token?: TokenOption): Promise<Exchange> {
    const init = this.#init('getSessions', token);
    await this.client.GET('/sessions', { ...init, querySerializer: () => query.replace(/^\?/, '') });
    return init.exchange();
  }

  async getSession(id: string, token?: TokenOption): Promise<Exchange> {
    const init = this.#init('getSession', token);
    await this.client.GET('/sessions/{id}', { ...init, params: { path: { id } } });
    return init.exchange();
  }

  async deleteSession(id: string, token?: TokenOption): Promise<Exchange> {
    const init = this.#init('deleteSession', token);
    await this.client.DELETE('/sessions/{id}', { ...init, params: { path: { id } } });
    return init.exchange();
  }

  async login(body: { UserName: string; Password?: string; DeviceName: string }): Promise<Exchange> {
    const init = this.#init('login', null);
    await this.client.POST('/api/auth', { ...init, body });
    return init.exchange();
  }

  async currentUser(token?: TokenOption): Promise<Exchange> {
    const init = this.#init('getCurrentUser', token);
    await this.client.GET('/api/auth', init);
    return init.exchange();
  }

  async logout(token?: TokenOption): Promise<Exchange> {
    const init = this.#init('logout', token);
    await this.client.DELETE('/api/auth', init);
    return init.exchange();
  }

  async refresh(body: { tokenId: string; refreshToken: string }): Promise<Exchange> {
    const init = this.#init('refreshSession', null);
    await this.client.POST('/api/auth/refresh', { ...init, body });
    return init.exchange();
  }

  /** Logs in with the target's credentials; returns the exchange and, on 200, the token pair. */
  async loginWithCredentials(): Promise<{ exchange: Exchange; tokenId?: string; refreshToken?: string }> {
    if (!this.credentials) throw new Error('Failed to log in: no credentials were given (use --user and --device).');
    const { user, password, device } = this.credentials;
    const exchange = await this.login({ UserName: user, DeviceName: device, ...(password !== undefined ? { Password: password } : {}) });
    const body = exchange.response?.json as { tokenId?: unknown; refreshToken?: unknown } | undefined;
    if (exchange.response?.status === 200 && typeof body?.tokenId === 'string') {
      return { exchange, tokenId: body.tokenId, ...(typeof body.refreshToken === 'string' ? { refreshToken: body.refreshToken } : {}) };
    }
    return { exchange };
  }
}
