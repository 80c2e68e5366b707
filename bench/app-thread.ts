// The app under load in a thread of its own (bench/rounds-submit.ts): the load generator then
// does not share the server's event loop, as with a real client on another machine.
import { parentPort, workerData } from 'node:worker_threads';
import type { Config } from '../src/config.ts';
import { startServer } from '../src/server.ts';

const server = await startServer(workerData as Config);
parentPort!.postMessage({ port: server.port });
parentPort!.once('message', () => {
  void server.stop().then(() => parentPort!.postMessage({ stopped: true }));
});
