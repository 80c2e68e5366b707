import type { TestProject } from 'vitest/node';
import { setupPgliteTemplate } from './database-templates.ts';
import { setupExampleTemplate } from './example-world.ts';

/**
 * Vitest global set-up of the browser tests: their servers run on copies of one migrated PGlite
 * directory, and those that show the example network on copies of one example world made from it.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  project.provide('postgresTemplate', '');
  let migratedPgdata = '';
  const dropMigrated = await setupPgliteTemplate({
    provide: (key, value) => {
      if (key === 'pgliteTemplate') migratedPgdata = value;
      project.provide(key, value);
    },
  });
  const dropExample = await setupExampleTemplate({ migratedPgdata, provide: project.provide.bind(project) });
  return () => {
    dropExample();
    dropMigrated();
  };
}
