import { serve, type ServerType } from '@hono/node-server';
import type { Config } from './config.ts';
import type { Clock } from './deps.ts';
import { startRuntime, type Runtime } from './runtime.ts';

/** Starts the HTTP server; resolves once it listens. `clock`: where its time comes from (tests). */
export async function startServer(config: Config, options: { clock?: Clock } = {}): Promise<{ runtime: Runtime; server: ServerType; port: number; stop(): Promise<void> }> {
  const runtime = await startRuntime(config, options.clock ? { clock: options.clock } : {});
  const { server, port } = await new Promise<{ server: ServerType; port: number }>((resolve, reject) => {
    const s = serve({ fetch: runtime.app.fetch, port: config.port, hostname: config.host }, (info) => resolve({ server: s, port: info.port }));
    s.once('error', reject);
  });
  let stopping: Promise<void> | null = null;
  return {
    runtime,
    server,
    port,
    stop() {
      stopping ??= (async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          if ('closeAllConnections' in server) server.closeAllConnections();
        });
        await runtime.close();
      })();
      return stopping;
    },
  };
}
