/**
 * The route core's own request and answer: plain values, so the core is the same code behind every door.
 * A door decodes its request once (the node door from `IncomingMessage`, the msw door from a Fetch
 * `Request`) and writes the answer its own way; the core never sees a Fetch object or a socket.
 */

export interface PlainRequest {
  /** The method as sent; routes compare it in upper case. */
  readonly method: string;
  /** The request URL, parsed once by the door (path normalised as a browser would). */
  readonly url: URL;
  /** The path the core routes on: `url.pathname`, minus a base URL's prefix where the door has one. */
  readonly path: string;
  /** A request header by lower-case name; undefined when absent. */
  header(name: string): string | undefined;
  /** Every request header as name/value pairs (repeats joined with ", "): what an NWS4 signature covers. */
  headers(): Iterable<readonly [string, string]>;
  /** The body as text, read when first asked for ('' when there is none); rejects when unreadable. */
  text(): Promise<string>;
}

export interface PlainAnswer {
  status: number;
  /** Lower-case names. */
  headers: Record<string, string>;
  /** The body text; absent for a bodiless answer (204, injected 2xx). */
  body?: string;
}

const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): PlainAnswer {
  return jsonText(JSON.stringify(body), status, headers);
}

/** A JSON answer whose text is written already (a list assembled from cached records). */
export function jsonText(text: string, status = 200, headers: Record<string, string> = {}): PlainAnswer {
  return { status, headers: { ...headers, 'content-type': JSON_CONTENT_TYPE }, body: text };
}

/** 204 No Content: no body and no Content-Type (the spec documents the 204s without content). */
export function noContent(): PlainAnswer {
  return { status: 204, headers: {} };
}
