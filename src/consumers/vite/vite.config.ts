// Recipe: the mock inside Vite's dev server (docs/consumers.md#inside-your-vite-dev-server). In your project, import from 'portos-mock/server'.
import { defineConfig } from 'vite';
import { createMiddleware } from '../../server/index.ts';

export default defineConfig({
  server: {
    // Vite's own CORS answers every preflight before a plugin's middleware sees it: leave CORS to the
    // mock, which allows localhost origins. Your app calls the mock on its own origin and needs none.
    cors: false,
  },
  plugins: [
    {
      name: 'portos-mock',
      configureServer(server) {
        const mock = createMiddleware();
        // /api/auth, /sessions… and /__mock: the mock; every other path: Vite.
        server.middlewares.use(mock);
        // The SignalR hub's WebSocket (/signalr/v1/mainHub); Vite's HMR socket stays Vite's.
        server.httpServer?.on('upgrade', mock.upgrade);
      },
    },
  ],
});
