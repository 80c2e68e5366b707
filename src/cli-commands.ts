import module from 'node:module';
import { parseArgs } from 'node:util';
import { readConfig } from './config.ts';
import { createAccount } from './features/accounts/create-account.ts';
import { loadExampleNetwork } from './features/demo/example-network.ts';
import { findExampleCoordinator } from './features/demo/find-example-coordinator.ts';
import { DataDirLockedError } from './db/database.ts';
import { AppError } from './errors.ts';
import { inTransaction } from './db/transaction.ts';
import { startRuntime } from './runtime.ts';
import { startServer } from './server.ts';

const HELP = `ketenregie — direction of collaboration in care networks

Usage: ketenregie <command> [options]

Commands:
  serve                      start the web server (PORT, default 3000)
  migrate                    bring the database schema up to date and stop
  create-admin --name N --email E --password P
                             create an administrator of this installation
  demo [--email E]           load the example network (a youth crisis route with ten partners);
                             E, or else the first administrator, becomes its coordinator
  --help                     show this help

Configuration comes from the environment: PORT, DATA_DIR, DATABASE_URL, SMTP_URL,
PUBLIC_URL, SESSION_SECRET (see the README).`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    console.log(HELP);
    return command ? 0 : 1;
  }
  const config = readConfig();
  switch (command) {
    case 'serve': {
      const server = await startServer(config);
      const mode = server.runtime.deps.dbKind === 'pglite' ? `embedded database in ${config.dataDir}` : 'PostgreSQL';
      console.log(`Ketenregie listens on ${config.publicUrl} (port ${server.port}, ${mode})`);
      // Written now rather than at exit, so that a restart after a crash finds it (src/cli.ts).
      module.flushCompileCache?.();
      const shutdown = (signal: string) => {
        console.log(`${signal}: closing down`);
        server.stop().then(
          () => process.exit(0),
          (err) => {
            console.error(err);
            process.exit(1);
          },
        );
      };
      process.once('SIGINT', () => shutdown('SIGINT'));
      process.once('SIGTERM', () => shutdown('SIGTERM'));
      return -1; // keep running
    }
    case 'migrate': {
      const runtime = await startRuntime({ ...config, runJobs: false }, { serveWeb: false });
      await runtime.close();
      console.log('The database schema is up to date.');
      return 0;
    }
    case 'create-admin': {
      const { values } = parseArgs({
        args: rest,
        options: { name: { type: 'string' }, email: { type: 'string' }, password: { type: 'string' } },
      });
      if (!values.name || !values.email || !values.password || values.password.length < 10) {
        console.error('create-admin needs --name, --email and --password (at least 10 characters)');
        return 2;
      }
      const runtime = await startRuntime({ ...config, runJobs: false }, { serveWeb: false });
      try {
        const { db, auth, clock } = runtime.deps;
        const now = clock.now();
        const user = await inTransaction(db, async (tx) => {
          const created = await createAccount(tx, auth, { account: { name: values.name!, email: values.email!, password: values.password! }, now });
          await tx.insertInto('instance_admins').values({ user_id: created.id, created_at: now }).execute();
          await tx
            .insertInto('instance_settings')
            .values({ key: 'setup_completed_at', value: now.toISOString() })
            .onConflict((oc) => oc.column('key').doNothing())
            .execute();
          return created;
        });
        console.log(`Administrator ${values.email} created (${user.id}).`);
      } finally {
        await runtime.close();
      }
      return 0;
    }
    case 'demo': {
      const { values } = parseArgs({ args: rest, options: { email: { type: 'string' } } });
      const runtime = await startRuntime({ ...config, runJobs: false }, { serveWeb: false });
      try {
        const coordinator = await findExampleCoordinator(runtime.deps, { email: values.email });
        const example = await loadExampleNetwork(runtime.deps, { actor: { userId: coordinator.id, ip: null } });
        console.log(
          `Example network "${example.name}" loaded (${example.networkId}): ${example.partners} partners, ${example.historyEntries} shared history entries; coordinator ${coordinator.email}.`,
        );
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        console.error(err.message);
        return 1;
      } finally {
        await runtime.close();
      }
      return 0;
    }
    default:
      console.error(`Unknown command "${command}".\n\n${HELP}`);
      return 2;
  }
}

/** Runs the command in `argv` and exits with its code; `serve` keeps the process running. */
export function runCli(argv: string[]) {
  main(argv).then(
    (code) => {
      if (code >= 0) process.exit(code);
    },
    (err: unknown) => {
      if (err instanceof DataDirLockedError) console.error(err.message);
      else console.error(err);
      process.exit(1);
    },
  );
}
