/**
 * Reproductions: for a failure, the request that shows it (method, URL, the headers that matter, the
 * body), a curl command that sends it again, the answer that came back, and what the contract expected.
 * Every reporter renders this one shape, so the console, JUnit, JSON, Markdown and HTML say the same.
 *
 * Secrets become shell variables rather than values: the bearer token is `"$PORTOS_TOKEN"`, a password
 * `"$PORTOS_PASSWORD"`, a refresh token `"$PORTOS_REFRESH_TOKEN"`. The curl line is then safe to paste
 * into an issue and works for whoever sets those variables. The suite's deliberately invalid tokens
 * (auth_garbage_token_rejected) are public constants and are written as they were sent, since that
 * request cannot be reproduced with a live token.
 */
import { GARBAGE_TOKENS } from '../checks/auth.ts';
import { excerpt } from '../target.ts';
import type { Exchange, Failure, Report } from '../types.ts';
import { redactText } from './redact.ts';

export interface Reproduction {
  request: { method: string; url: string; headers: Record<string, string>; body?: string };
  /** One line for bash; secrets as `"$PORTOS_TOKEN"`, `"$PORTOS_PASSWORD"`, `"$PORTOS_REFRESH_TOKEN"`. */
  curl: string;
  /** What came back; absent when no response arrived (then `error` says why). */
  response?: { status: number; headers: Record<string, string>; body: string };
  error?: string;
  expected?: string;
  actual?: string;
}

/** Request headers that change the answer; the rest (user-agent, accept-encoding…) are the client's own. */
const IGNORED_REQUEST_HEADERS = new Set(['user-agent', 'accept-encoding', 'connection', 'content-length', 'host', 'accept']);
/** Response headers worth showing next to the status. */
const SHOWN_RESPONSE_HEADERS = ['content-type', 'content-length', 'www-authenticate', 'location', 'allow', 'x-mock-warning'];
const BODY_EXCERPT = 500;

const PUBLIC_TOKENS = new Set(GARBAGE_TOKENS);

/** `'…'` for bash: nothing inside is expanded. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** The Authorization header as a report shows it and as a curl `-H` word: the variable, or a public garbage token. */
function authorization(value: string): { shown: string; word: string } {
  const [scheme = 'Bearer', token = ''] = value.split(' ');
  if (PUBLIC_TOKENS.has(token)) return { shown: value, word: shellQuote(`Authorization: ${value}`) };
  return { shown: `${scheme} $PORTOS_TOKEN`, word: `"Authorization: ${scheme.replace(/[^A-Za-z]/g, '')} $PORTOS_TOKEN"` };
}

const BODY_SECRETS: readonly [RegExp, string][] = [
  [/("password"\s*:\s*)"(?:[^"\\]|\\.)*"/gi, 'PORTOS_PASSWORD'],
  [/("tokenId"\s*:\s*)"(?:[^"\\]|\\.)*"/gi, 'PORTOS_TOKEN'],
  [/("refreshToken"\s*:\s*)"(?:[^"\\]|\\.)*"/gi, 'PORTOS_REFRESH_TOKEN'],
];

/**
 * A request body as one bash word, secrets spliced in as double-quoted variables:
 * `'{"UserName":"u","Password":"'"$PORTOS_PASSWORD"'"}'`.
 */
function bodyWord(body: string): { shown: string; shell: string } {
  const marker = '\u0000';
  let marked = body;
  for (const [pattern, variable] of BODY_SECRETS) marked = marked.replace(pattern, (_, prefix: string) => `${prefix}"${marker}${variable}${marker}"`);
  const parts = marked.split(marker);
  // Even parts are literal text, odd parts variable names.
  const shell = parts.map((part, i) => (i % 2 === 0 ? (part === '' ? '' : shellQuote(part)) : `"$${part}"`)).join('');
  const shown = parts.map((part, i) => (i % 2 === 0 ? part : `$${part}`)).join('');
  return { shown, shell: shell === '' ? "''" : shell };
}

/** The request headers that matter, with the token as a variable. */
function shownHeaders(exchange: Exchange): { shown: Record<string, string>; shell: string[] } {
  const shown: Record<string, string> = {};
  const shell: string[] = [];
  for (const [name, value] of Object.entries(exchange.request.headers)) {
    const lower = name.toLowerCase();
    if (IGNORED_REQUEST_HEADERS.has(lower)) continue;
    if (lower === 'authorization') {
      const auth = authorization(value);
      shown[name] = auth.shown;
      shell.push(`-H ${auth.word}`);
      continue;
    }
    shown[name] = value;
    shell.push(`-H ${shellQuote(`${name}: ${value}`)}`);
  }
  return { shown, shell };
}

/**
 * A curl command that sends the exchange's request again: `-i` prints the status and headers of the
 * answer, `--globoff` keeps curl from reading `[]{}` in a query as its URL patterns.
 */
export function curlCommand(exchange: Exchange): string {
  const { method, url, body } = exchange.request;
  const words = ['curl', '-sS', '-i', '--globoff'];
  if (method !== 'GET') words.push('-X', method);
  words.push(shellQuote(url));
  words.push(...shownHeaders(exchange).shell);
  if (body !== undefined) words.push('--data-raw', bodyWord(body).shell);
  return words.join(' ');
}

/** The reproduction of one exchange, secrets hidden; `failure` adds expected/actual. */
export function reproduceExchange(exchange: Exchange, failure?: Pick<Failure, 'expected' | 'actual'>): Reproduction {
  const { method, url, body } = exchange.request;
  const reproduction: Reproduction = {
    request: { method, url, headers: shownHeaders(exchange).shown, ...(body !== undefined ? { body: bodyWord(body).shown } : {}) },
    curl: curlCommand(exchange),
  };
  if (exchange.response) {
    const headers: Record<string, string> = {};
    for (const name of SHOWN_RESPONSE_HEADERS) if (exchange.response.headers[name] !== undefined) headers[name] = exchange.response.headers[name]!;
    reproduction.response = { status: exchange.response.status, headers, body: excerpt(redactText(exchange.response.text), BODY_EXCERPT) };
  } else if (exchange.error) reproduction.error = exchange.error;
  if (failure?.expected !== undefined) reproduction.expected = failure.expected;
  if (failure?.actual !== undefined) reproduction.actual = failure.actual;
  return reproduction;
}

/** The reproduction of a failure; undefined for a failure without an exchange (e.g. a crashed check). */
export function reproduce(failure: Failure): Reproduction | undefined {
  return failure.exchange ? reproduceExchange(failure.exchange, failure) : undefined;
}

/** The reproduction as indented text lines (console and JUnit). */
export function reproductionLines(failure: Failure, indent: string): string[] {
  const lines: string[] = [];
  const r = reproduce(failure);
  if (failure.expected !== undefined) lines.push(`${indent}expected: ${failure.expected}`);
  if (failure.actual !== undefined) lines.push(`${indent}actual:   ${failure.actual}`);
  if (!r) return lines;
  lines.push(`${indent}request:  ${r.request.method} ${r.request.url}`);
  const headers = Object.entries(r.request.headers).map(([name, value]) => `${name}: ${value}`);
  if (headers.length) lines.push(`${indent}headers:  ${headers.join('; ')}`);
  if (r.request.body !== undefined) lines.push(`${indent}sent:     ${excerpt(r.request.body, 300)}`);
  if (r.response) {
    const shown = Object.entries(r.response.headers).map(([name, value]) => `${name}: ${value}`);
    lines.push(`${indent}response: ${r.response.status}${shown.length ? ` (${shown.join('; ')})` : ''}`);
    lines.push(`${indent}body:     ${r.response.body === '' ? '(empty)' : excerpt(r.response.body, 300)}`);
  } else lines.push(`${indent}response: none (${r.error ?? 'unknown error'})`);
  lines.push(`${indent}curl:     ${r.curl}`);
  return lines;
}

/**
 * How to get `$PORTOS_TOKEN` for the curl lines: one command that logs in and exports the token, with
 * the run's own user and device (placeholders for a --token run) and the password as `$PORTOS_PASSWORD`.
 */
export function tokenHowTo(report: Pick<Report, 'baseUrl' | 'options'>): string {
  const auth = report.options.auth;
  const login = auth?.kind === 'login' ? auth : undefined;
  const user = JSON.stringify(login?.user ?? '<user>');
  const device = JSON.stringify(login?.device ?? '<device>');
  const password = login && !login.password ? '' : `,"Password":"'"$PORTOS_PASSWORD"'"`;
  const body = `'{"UserName":${user.replace(/'/g, `'\\''`)},"DeviceName":${device.replace(/'/g, `'\\''`)}${password}}'`;
  return `export PORTOS_TOKEN="$(curl -sS -X POST ${shellQuote(`${report.baseUrl}/api/auth`)} -H 'Content-Type: application/json' --data-raw ${body} | sed -n 's/.*"tokenId" *: *"\\([^"]*\\)".*/\\1/p')"`;
}
