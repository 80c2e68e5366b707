import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The architecture rules of eslint.config.js, run in `npm test`: imports only go down (app →
 * routes and http → use cases → domain and db), and no use case compares roles itself (who may do
 * what lives in src/domain/permissions.ts). The probes prove the rules are live.
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ARCHITECTURE_RULES = new Set(['boundaries/element-types', 'boundaries/no-unknown-files', 'no-restricted-syntax']);

function architectureLinter() {
  return new ESLint({ cwd: ROOT, ruleFilter: ({ ruleId }) => ARCHITECTURE_RULES.has(ruleId) });
}

async function problemsOf(code: string, file: string) {
  const [result] = await architectureLinter().lintText(code, { filePath: path.join(ROOT, file) });
  return result!.messages.map((m) => m.ruleId);
}

describe('architecture rules', () => {
  it('hold for every source file', async () => {
    const results = await architectureLinter().lintFiles(['src/**/*.ts']);
    const problems = results.flatMap((r) => r.messages.map((m) => `${path.relative(ROOT, r.filePath)}:${m.line} ${m.message}`));
    expect(problems).toEqual([]);
  }, 120_000);

  it('refuse a use case that imports from http/', async () => {
    expect(await problemsOf("import type { AppEnv } from '../../http/context.ts';\nexport type E = AppEnv;\n", 'src/features/stories/probe.ts')).toContain('boundaries/element-types');
  });

  it('refuse http/ importing a feature, and the domain importing the database', async () => {
    expect(await problemsOf("import { storyRoutes } from '../features/stories/routes.ts';\nexport const r = storyRoutes;\n", 'src/http/probe.ts')).toContain('boundaries/element-types');
    expect(await problemsOf("import type { DB } from '../db/schema.ts';\nexport type D = DB;\n", 'src/domain/probe.ts')).toContain('boundaries/element-types');
  });

  it('let a route call a use case and a use case ask the domain', async () => {
    expect(await problemsOf("import { createStory } from './create-story.ts';\nexport const f = createStory;\n", 'src/features/stories/routes.ts')).toEqual([]);
    expect(await problemsOf("import { permit } from '../../domain/permissions.ts';\nexport const f = permit;\n", 'src/features/stories/probe.ts')).toEqual([]);
  });

  it('refuse a role comparison in a use case', async () => {
    const code = "export const isCoordinator = (m: { role: string }) => m.role === 'coordinator';\n";
    expect(await problemsOf(code, 'src/features/stories/probe.ts')).toContain('no-restricted-syntax');
    expect(await problemsOf("export const f = (m: { role: string }, roles: string[]) => roles.includes(m.role);\n", 'src/features/stories/probe.ts')).toContain('no-restricted-syntax');
  });
});
