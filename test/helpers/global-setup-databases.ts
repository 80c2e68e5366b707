import type { TestProject } from 'vitest/node';
import { setupPgliteTemplate, setupPostgresTemplate } from './database-templates.ts';

/** Vitest global set-up of the API tests: migrated PGlite and PostgreSQL templates, made side by side. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const context = { provide: project.provide.bind(project) };
  const [removePglite, removePostgres] = await Promise.all([setupPgliteTemplate(context), setupPostgresTemplate(context)]);
  return async () => {
    removePglite();
    await removePostgres?.();
  };
}
