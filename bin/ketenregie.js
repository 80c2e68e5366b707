#!/usr/bin/env node
// The ketenregie command. It runs src/cli.ts on the Node.js 24 pinned as a dev dependency (which
// strips the TypeScript types itself), whatever `node` is first on the PATH. The flags keep idle
// memory low and start-up fast in the embedded-database mode (see bench/foundation.ts).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
let node = process.execPath;
if (Number(process.versions.node.split('.')[0]) < 24) {
  try {
    node = require.resolve('node/bin/node');
  } catch {
    console.error('ketenregie needs Node.js 24: run `npm install` first.');
    process.exit(1);
  }
}
const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
const child = spawn(node, ['--max-semi-space-size=2', '--liftoff-only', cli, ...process.argv.slice(2)], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
