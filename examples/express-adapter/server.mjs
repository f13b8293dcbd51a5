#!/usr/bin/env node
// node server.mjs                                        in process, http://127.0.0.1:3000/
// THIDUA_UPSTREAM=http://127.0.0.1:38123 node server.mjs  proxying to `pnpm thidua serve`
import { createApp } from './app.mjs';

const port = Number(process.env.PORT ?? 3000);
const upstream = process.env.THIDUA_UPSTREAM;
const server = createApp(upstream ? { upstream } : {}).listen(port, '127.0.0.1', () => {
  console.log(`Express portal: http://127.0.0.1:${server.address().port}/ (${upstream ? `proxy → ${upstream}` : 'in process'})`);
});
for (const s of ['SIGINT', 'SIGTERM']) process.once(s, () => server.close(() => process.exit(0)));
