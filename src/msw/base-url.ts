/**
 * Which requests are the mock's: without a base URL, a PORTOS path on any origin (msw pattern `*` + path), so the
 * same handlers serve a browser app, a test on any host and the node door; with one, only paths under it.
 */

export interface BaseUrl {
  origin: string;
  /** The path prefix without a trailing slash; "" for none. */
  prefix: string;
}

export function parseBaseUrl(baseUrl: string): BaseUrl {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new Error(`Failed to create the mock API: baseUrl ${JSON.stringify(baseUrl)} is not an absolute URL. Use e.g. "http://127.0.0.1:4010".`);
  }
  return { origin: url.origin, prefix: url.pathname.replace(/\/+$/, '') };
}

/** The path the mock routes on (the request's pathname, minus the base URL's prefix), or undefined when not ours. */
export function routedPath(url: URL, base: BaseUrl | undefined): string | undefined {
  if (!base) return url.pathname;
  if (url.origin !== base.origin) return undefined;
  if (!base.prefix) return url.pathname;
  if (!url.pathname.startsWith(`${base.prefix}/`)) return undefined;
  return url.pathname.slice(base.prefix.length);
}

/** The msw path pattern for a routed path: `*` for any origin, or the base URL. */
export function mswPath(path: string, base: BaseUrl | undefined): string {
  return base ? `${base.origin}${base.prefix}${path}` : `*${path}`;
}
