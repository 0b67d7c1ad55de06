/**
 * `--har`: every exchange of the run as an HTTP Archive (HAR 1.2), for a browser's network panel or any
 * HAR viewer. Secrets are redacted as in every report: bearer tokens, passwords, token pairs.
 */
import { STATUS_CODES } from 'node:http';
import { mediaTypeOf } from '../../src/spec/index.ts';
import type { Exchange, Report } from '../types.ts';
import { redactHeaders, redactText } from './redact.ts';

interface NameValue {
  name: string;
  value: string;
}

const headerList = (headers: Record<string, string>): NameValue[] => Object.entries(headers).map(([name, value]) => ({ name, value }));

function queryString(url: string): NameValue[] {
  try {
    return [...new URL(url).searchParams.entries()].map(([name, value]) => ({ name, value }));
  } catch {
    return [];
  }
}

function entry(exchange: Exchange, fallbackStart: string) {
  // Redacts the text and headers only: the parsed body, which redactExchange also rewrites, is not
  // written here, and skipping it keeps a run's HAR cheap (hundreds of full lists).
  const request = {
    ...exchange.request,
    headers: redactHeaders(exchange.request.headers),
    ...(exchange.request.body !== undefined ? { body: redactText(exchange.request.body) } : {}),
  };
  const response = exchange.response ? { ...exchange.response, text: redactText(exchange.response.text) } : undefined;
  const requestBytes = request.body === undefined ? 0 : Buffer.byteLength(request.body);
  const wait = exchange.waitMs ?? exchange.durationMs;
  const text = response?.text ?? '';
  const size = Buffer.byteLength(text);
  return {
    startedDateTime: exchange.startedAt ?? fallbackStart,
    time: exchange.durationMs,
    request: {
      method: request.method,
      url: request.url,
      httpVersion: 'HTTP/1.1',
      cookies: [],
      headers: headerList(request.headers),
      queryString: queryString(request.url),
      ...(request.body !== undefined ? { postData: { mimeType: request.headers['content-type'] ?? 'application/json', text: request.body } } : {}),
      headersSize: -1,
      bodySize: requestBytes,
    },
    response: {
      // No response (refused, timed out): HAR's convention is status 0; `_error` says why.
      status: response?.status ?? 0,
      statusText: response ? (STATUS_CODES[response.status] ?? '') : '',
      httpVersion: 'HTTP/1.1',
      cookies: [],
      headers: headerList(response?.headers ?? {}),
      content: { size, mimeType: response?.headers['content-type'] ? mediaTypeOf(response.headers['content-type']) || 'application/octet-stream' : 'x-unknown', text },
      redirectURL: response?.headers.location ?? '',
      headersSize: -1,
      bodySize: response ? size : -1,
    },
    cache: {},
    timings: { send: 0, wait, receive: Math.max(0, exchange.durationMs - wait) },
    _operationId: exchange.operationId,
    ...(exchange.error ? { _error: exchange.error } : {}),
  };
}

/**
 * The HAR text in pieces, made one at a time: the head up to `"entries":[`, each entry (after the first
 * with its `,`), and the tail. Joined they are {@link formatHarReport}'s text, byte for byte. The CLI
 * writes them as they come: a run's HAR holds every body (≈ 6 MB, hundreds of full lists), and making
 * it one string (JSON.stringify of the whole log returns a rope that the first reader flattens into a
 * two-byte copy) cost more than serialising it (issue #18).
 */
export function* harPieces(report: Report): Generator<string, void, undefined> {
  const log = {
    version: '1.2',
    creator: { name: 'portos-contract', version: report.spec?.version ?? 'unknown', comment: `contract checks against ${report.spec?.title ?? 'the spec'}` },
    comment: `seed ${report.options.seed}`,
    entries: [],
  };
  // `entries` is the last member: the head is the empty log without its closing `]}}`.
  yield JSON.stringify({ log }).slice(0, -3);
  let separator = '';
  for (const exchange of report.journal ?? []) {
    yield `${separator}${JSON.stringify(entry(exchange, report.startedAt))}`;
    separator = ',';
  }
  // Compact: a run's HAR holds hundreds of bodies, and HAR viewers do not need the indentation.
  yield ']}}\n';
}

/** The HAR text whole (for the programmatic API; the CLI writes {@link harPieces} as they come). */
export function formatHarReport(report: Report): string {
  return [...harPieces(report)].join('');
}
