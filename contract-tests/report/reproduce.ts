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
 *
 * A request signed with an API key (NWS4) cannot be replayed by curl: its signature covers the instant it
 * was made and is never reported. Its reproduction is a `node` one-liner that signs the same request
 * afresh with `portos-mock/nws4`'s `signRequest`, the key from `$PORTOS_API_KEY` and the secret from
 * `$PORTOS_API_SECRET`, sends it and prints the answer.
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

/** An NWS4 signature, and the headers `signRequest` makes afresh when a person signs the request again. */
const SIGNED = /^NWS4-HMAC-SHA256\s/i;
const SIGNING_HEADERS = new Set(['x-nd-date', 'x-nd-content-sha256']);
const SIGNED_SHOWN = 'NWS4-HMAC-SHA256 (signed with $PORTOS_API_KEY and $PORTOS_API_SECRET)';

/** The script of the signing one-liner: argv is URL, method, headers as JSON, body ('' for none). */
const SIGN_AND_SEND = [
  'import { signRequest } from "portos-mock/nws4";',
  'const [url, method, headers, body] = process.argv.slice(1);',
  'const request = await signRequest(new Request(url, { method, headers: JSON.parse(headers), body: body || undefined }), { clientId: process.env.PORTOS_API_KEY, clientSecret: process.env.PORTOS_API_SECRET });',
  'const answer = await fetch(request);',
  'console.log(answer.status, Object.fromEntries(answer.headers));',
  'console.log(await answer.text());',
].join(' ');

function isSigned(exchange: Exchange): boolean {
  return Object.entries(exchange.request.headers).some(([name, value]) => name.toLowerCase() === 'authorization' && SIGNED.test(value));
}

/** The `node` one-liner that signs the exchange's request again and sends it (a signed request has no curl line). */
function signedCommand(exchange: Exchange): string {
  const { method, url, body } = exchange.request;
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(exchange.request.headers)) {
    const lower = name.toLowerCase();
    if (!IGNORED_REQUEST_HEADERS.has(lower) && lower !== 'authorization' && !SIGNING_HEADERS.has(lower)) headers[name] = value;
  }
  return ['node', '--input-type=module', '-e', shellQuote(SIGN_AND_SEND), shellQuote(url), method, shellQuote(JSON.stringify(headers)), body === undefined ? "''" : bodyWord(body).shell].join(' ');
}

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
    if (lower === 'authorization' && SIGNED.test(value)) {
      shown[name] = SIGNED_SHOWN;
      continue;
    }
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
  if (isSigned(exchange)) return signedCommand(exchange);
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
  // A run that signed: its reproductions are node lines that sign with the key and its secret.
  if (auth?.kind === 'apiKey') return `export PORTOS_API_KEY=${shellQuote(auth.clientId)}  # and PORTOS_API_SECRET, the key's secret, from where you keep it`;
  const login = auth?.kind === 'login' ? auth : undefined;
  const user = JSON.stringify(login?.user ?? '<user>');
  const device = JSON.stringify(login?.device ?? '<device>');
  const password = login && !login.password ? '' : `,"Password":"'"$PORTOS_PASSWORD"'"`;
  const body = `'{"UserName":${user.replace(/'/g, `'\\''`)},"DeviceName":${device.replace(/'/g, `'\\''`)}${password}}'`;
  return `export PORTOS_TOKEN="$(curl -sS -X POST ${shellQuote(`${report.baseUrl}/api/auth`)} -H 'Content-Type: application/json' --data-raw ${body} | sed -n 's/.*"tokenId" *: *"\\([^"]*\\)".*/\\1/p')"`;
}
