/**
 * Secrets never reach a report: bearer tokens, passwords and token pairs in recorded exchanges are
 * replaced before a reporter prints or writes them (reports end up as CI artifacts).
 */
import { SECRET_MEMBER_NAMES } from '../secrets.ts';
import type { Exchange, Failure } from '../types.ts';

/** `"password": "…"` and the other secret members (one list: secrets.ts), in any letter case. */
const SECRET_MEMBERS = new RegExp(`("(?:${SECRET_MEMBER_NAMES.join('|')})"\\s*:\\s*)"(?:[^"\\\\]|\\\\.)*"`, 'gi');

function hide(value: string): string {
  return value.length > 8 ? `…${value.slice(-4)} (redacted)` : '(redacted)';
}

export function redactText(text: string): string {
  return text.replace(SECRET_MEMBERS, (_, prefix: string) => `${prefix}"(redacted)"`);
}

/** Request headers with the bearer token hidden. */
export function redactHeaders(requestHeaders: Record<string, string>): Record<string, string> {
  const headers = { ...requestHeaders };
  if (headers.authorization) {
    const [scheme, token = ''] = headers.authorization.split(' ');
    headers.authorization = `${scheme} ${hide(token)}`;
  }
  return headers;
}

function redactExchange(exchange: Exchange): Exchange {
  const headers = redactHeaders(exchange.request.headers);
  return {
    ...exchange,
    request: { ...exchange.request, headers, ...(exchange.request.body !== undefined ? { body: redactText(exchange.request.body) } : {}) },
    ...(exchange.response
      ? {
          response: {
            ...exchange.response,
            text: redactText(exchange.response.text),
            json: exchange.response.json === undefined ? undefined : (JSON.parse(redactText(JSON.stringify(exchange.response.json))) as unknown),
          },
        }
      : {}),
  };
}

export function redactFailure(failure: Failure): Failure {
  return failure.exchange ? { ...failure, exchange: redactExchange(failure.exchange) } : failure;
}
