/**
 * A failure to listen on a port, in words a user can act on. Shared by `npm start` and the Prism
 * scripts, which all take `--port` and `--host`.
 */
export interface ListenAddress {
  port: number;
  host: string;
}

/** The sentence for a listen error code (`EADDRINUSE`, …), or undefined for any other failure. */
export function describeListenError(code: string | undefined, where: ListenAddress): string | undefined {
  if (code === 'EADDRINUSE') return `port ${where.port} is in use; pick another with --port <n> (0 = any free port).`;
  if (code === 'EADDRNOTAVAIL') return `--host ${where.host} is not an address of this machine.`;
  if (code === 'EACCES') return `port ${where.port} needs privileges this user lacks; pick one above 1023 with --port <n>.`;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `--host ${where.host} does not resolve to an address.`;
  return undefined;
}
