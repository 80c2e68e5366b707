import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_TYPES_FILE, generateApiTypes } from '../scripts/generate-api-types.ts';

describe('web/src/api.gen.ts', () => {
  it('matches the OpenAPI document of the current routes (run `npm run openapi` when this fails)', async () => {
    const fresh = await generateApiTypes();
    const committed = fs.existsSync(API_TYPES_FILE) ? fs.readFileSync(API_TYPES_FILE, 'utf8') : '';
    expect(committed === fresh, 'web/src/api.gen.ts is stale: run `npm run openapi`').toBe(true);
  });
});
