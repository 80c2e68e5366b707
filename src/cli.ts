// The ketenregie command (src/cli-commands.ts). First it turns on Node's compile cache: the
// compiled code of the app and its libraries is kept on disk (in the system's temporary folder)
// and reused at the next start, which makes a start, and a restart after a crash, faster
// (bench/restart.ts). The commands are imported only after that, so that the cache covers them.
import module from 'node:module';

module.enableCompileCache?.();
const { runCli } = await import('./cli-commands.ts');
runCli(process.argv.slice(2));
