/**
 * The server under test: its base URL, how to authenticate, and a typed openapi-fetch client whose every
 * request is recorded as an {@link Exchange} (method, URL, headers, status, body) for the checks and the
 * reports. `fetch` is injectable so the runner's self-tests need no network.
 */
import createClient from 'openapi-fetch';
import { signRequest } from '../src/portos/nws4/index.ts';
import type { paths } from '../src/spec/index.ts';
import { Secrets } from './secrets.ts';
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
  /** The most bytes an answer's body may have; default {@link DEFAULT_MAX_ANSWER_BYTES}. */
  maxAnswerBytes?: number;
  /** Where the target registers every secret it sends or receives, for redaction by value. */
  secrets?: Secrets;
  /**
   * Sign every request that would carry the target's own token with this API key (NWS4-HMAC-SHA256)
   * instead. Exclusive with `token` and `user`.
   */
  apiKey?: ApiKey;
}

/** An API key: the public `clientId` and its secret (registered for redaction, never reported). */
export interface ApiKey {
  clientId: string;
  clientSecret: string;
}

/** 8 MiB: far above any PORTOS answer (a full session list is kilobytes), far below a memory problem. */
export const DEFAULT_MAX_ANSWER_BYTES = 8 * 1024 * 1024;

/** A request that got no response: connection refused, DNS failure, timeout. */
export class RequestFailedError extends Error {
  override name = 'RequestFailedError';
  readonly exchange: Exchange;
  constructor(message: string, exchange: Exchange) {
    super(message);
    this.exchange = exchange;
  }
}

/**
 * A 3xx answer. The kit follows no redirect: a credential goes to the base URL's origin and nowhere
 * else (a redirect could send the login body or the bearer token to any host).
 */
export class RedirectError extends RequestFailedError {
  override name = 'RedirectError';
}

/** An answer whose body passed the size cap (`--max-answer-bytes`); reading stopped there. */
export class AnswerTooLargeError extends RequestFailedError {
  override name = 'AnswerTooLargeError';
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

/**
 * Whether a token can travel in an Authorization header (RFC 6750's b64token, loosely: visible ASCII,
 * no spaces). A token with CR/LF or other control characters cannot be sent, and is refused up front.
 */
export function isSendableToken(token: string): boolean {
  return /^[\x21-\x7E]+$/.test(token);
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

/** Reads a body as a stream, stopping (and cancelling it) once it passes `limit` bytes. */
async function readCapped(response: Response, limit: number): Promise<{ text: string } | { tooLarge: number }> {
  if (!response.body) return { text: '' };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return { tooLarge: size };
    }
    chunks.push(value);
  }
  return { text: Buffer.concat(chunks).toString('utf8') };
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
  readonly maxAnswerBytes: number;
  /** Every secret this target sent or received (the password, tokens), for redaction by value. */
  readonly secrets: Secrets;
  /** The API key the target signs with, when the run authenticates that way. */
  readonly apiKey: ApiKey | undefined;
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
    this.maxAnswerBytes = options.maxAnswerBytes ?? DEFAULT_MAX_ANSWER_BYTES;
    this.secrets = options.secrets ?? new Secrets();
    this.secrets.add(options.token);
    this.secrets.add(options.password);
    this.apiKey = options.apiKey;
    this.secrets.add(options.apiKey?.clientSecret);
    this.client = createClient<paths>({ baseUrl: this.baseUrl });
  }

  /** Sends one request through the injected fetch, records it, and returns the exchange. */
  async send(operationId: string, request: Request): Promise<Exchange> {
    const controller = new AbortController();
    const requestBody = request.body ? await request.text() : undefined;
    const exchange: Exchange = {
      operationId,
      request: {
        method: request.method,
        url: request.url,
        headers: headersToObject(request.headers),
        ...(requestBody !== undefined ? { body: requestBody } : {}),
      },
      durationMs: 0,
    };
    exchange.startedAt = new Date().toISOString();
    const started = performance.now();
    const failed = (reason: string, kind: typeof RequestFailedError = RequestFailedError): RequestFailedError => {
      exchange.error = reason;
      exchange.durationMs = performance.now() - started;
      this.journal.push(exchange);
      return new kind(`${describeRequest(exchange)} failed: ${reason}`, exchange);
    };
    try {
      // No redirect is followed: the answer is judged as it came (a 3xx fails below).
      const outgoing = new Request(request.url, {
        method: request.method,
        headers: request.headers,
        signal: controller.signal,
        redirect: 'manual',
        ...(requestBody !== undefined ? { body: requestBody } : {}),
      });
      const response = await withTimeout(this.#fetch(outgoing), this.timeoutMs, controller, 'waiting for the response');
      exchange.waitMs = performance.now() - started;
      const read = await withTimeout(readCapped(response, this.maxAnswerBytes), this.timeoutMs, controller, 'reading the body');
      if ('tooLarge' in read) {
        exchange.response = { status: response.status, headers: headersToObject(response.headers), text: '', json: undefined };
        throw failed(`the answer's body passed the size cap of ${this.maxAnswerBytes} bytes (--max-answer-bytes); reading stopped there`, AnswerTooLargeError);
      }
      const text = read.text;
      exchange.response = { status: response.status, headers: headersToObject(response.headers), text, json: parseJson(text) };
      this.secrets.learnFrom(exchange.response.json);
      if (response.status >= 300 && response.status < 400) {
        const location = response.headers.get('location');
        throw failed(`the server answered ${response.status}, a redirect to ${location === null ? '(no Location)' : JSON.stringify(location)}; the kit follows no redirect (credentials go to the base URL's origin only)`, RedirectError);
      }
    } catch (error) {
      if (error instanceof RequestFailedError) throw error;
      const reason = error instanceof Error ? (error.cause instanceof Error ? `${error.message}: ${error.cause.message}` : error.message) : String(error);
      throw failed(reason);
    }
    exchange.durationMs = performance.now() - started;
    this.journal.push(exchange);
    return exchange;
  }

  /**
   * A signed copy of `request` (with `key`, by default the target's, at `now`, by default this instant):
   * its Authorization value and signature are registered as secrets before it is sent, so no report
   * shows them.
   */
  async sign(request: Request, key: ApiKey | undefined = this.apiKey, now?: Date): Promise<Request> {
    if (!key) throw new Error('Failed to sign: the run has no API key (--api-key).');
    const signed = await signRequest(request, { ...key, ...(now !== undefined ? { now } : {}) });
    const authorization = signed.headers.get('authorization') ?? '';
    this.secrets.add(authorization);
    this.secrets.add(authorization.slice(authorization.indexOf(' ') + 1));
    // The signature on its own: 64 hex digits at the end of the (URL-encoded) value.
    this.secrets.add(/[0-9a-f]{64}$/i.exec(authorization)?.[0]);
    return signed;
  }

  /** True when a request with `token` goes signed: the target's own authentication, by API key. */
  signs(token: TokenOption): boolean {
    return token === undefined && this.apiKey !== undefined;
  }

  #init(operationId: string, token: TokenOption, extra: Record<string, string> = {}) {
    const headers: Record<string, string> = { ...this.#headers, ...extra };
    const signs = this.signs(token);
    const bearer = token === undefined ? this.token : token;
    if (!signs && bearer !== null && bearer !== undefined) headers.Authorization = `Bearer ${bearer}`;
    // The target's own token is a secret; a token a check passes (a public garbage token) may not be.
    if (token === undefined) this.secrets.add(bearer);
    let recorded: Exchange | undefined;
    const fetch = async (request: Request): Promise<Response> => {
      recorded = await this.send(operationId, signs ? await this.sign(request) : request);
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

  /**
   * Any operation by method and path (a catalogue resource's list, item or write), with a raw query sent
   * as written and an optional JSON body; authenticated like every other request of the target.
   */
  async call(operationId: string, method: string, path: string, options: { query?: string; body?: unknown; token?: TokenOption } = {}): Promise<Exchange> {
    const json = options.body !== undefined ? JSON.stringify(options.body) : undefined;
    const init = this.#init(operationId, options.token, json !== undefined ? { 'content-type': 'application/json' } : {});
    const query = (options.query ?? '').replace(/^\?/, '');
    await init.fetch(new Request(`${this.baseUrl}${path}${query ? `?${query}` : ''}`, { method, headers: init.headers, ...(json !== undefined ? { body: json } : {}) }));
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
