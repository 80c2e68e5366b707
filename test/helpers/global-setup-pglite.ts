import type { TestProject } from 'vitest/node';
import { setupPgliteTemplate } from './database-templates.ts';

/** Vitest global set-up of the browser tests: their servers run on copies of one migrated PGlite directory. */
export default async function setup(project: TestProject): Promise<() => void> {
  project.provide('postgresTemplate', '');
  return setupPgliteTemplate({ provide: project.provide.bind(project) });
}
