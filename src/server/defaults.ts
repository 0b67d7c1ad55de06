/** Where `npm start` listens unless told otherwise: loopback only, Prism's customary port. */
export const DEFAULT_PORT = 4010;
export const DEFAULT_HOST = '127.0.0.1';
