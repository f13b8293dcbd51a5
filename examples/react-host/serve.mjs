#!/usr/bin/env node
// Serves the built React host with the reference server: the app at `/`, the element's
// chunks at `/elements/`, and the API (`/plans`, `/submissions/…`) on the same origin.
// PORT=38124 by default; 127.0.0.1 only.
import { fileURLToPath } from 'node:url';
import { startServer } from '@thidua/server';

const { url, app } = await startServer({
  portalDir: fileURLToPath(new URL('./dist/', import.meta.url)),
  port: Number(process.env.PORT ?? 38124),
  portAttempts: 10,
});
console.log(`React host: ${url}  (Ctrl-C to stop)`);
const stop = () => app.close().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
