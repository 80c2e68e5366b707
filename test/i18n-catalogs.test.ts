import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../web/src/i18n/en.json' with { type: 'json' };
import nl from '../web/src/i18n/nl.json' with { type: 'json' };

type Catalog = { [key: string]: string | Catalog };

/** Every leaf of a catalog as `a.b.c` → text. */
function flatten(catalog: Catalog, prefix = ''): Map<string, unknown> {
  const leaves = new Map<string, unknown>();
  for (const [key, value] of Object.entries(catalog)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'object' && value !== null) for (const [k, v] of flatten(value, full)) leaves.set(k, v);
    else leaves.set(full, value);
  }
  return leaves;
}

const dutch = flatten(nl as Catalog);
const english = flatten(en as Catalog);

describe('the UI text catalogs (web/src/i18n)', () => {
  it('have exactly the same keys in Dutch and English', () => {
    expect([...english.keys()].sort()).toEqual([...dutch.keys()].sort());
  });

  it('have no empty or non-text entries', () => {
    for (const [name, leaves] of [['nl', dutch], ['en', english]] as const) {
      const empty = [...leaves].filter(([, text]) => typeof text !== 'string' || text.trim() === '').map(([key]) => key);
      expect(empty, `empty entries in ${name}.json`).toEqual([]);
    }
  });

  it('use the same {{placeholders}} in both languages', () => {
    const placeholders = (text: unknown) => [...String(text).matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
    const differing = [...dutch.keys()].filter((key) => JSON.stringify(placeholders(dutch.get(key))) !== JSON.stringify(placeholders(english.get(key))));
    expect(differing).toEqual([]);
  });

  it('cover every key the web app asks for', () => {
    const sources: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.gen.ts')) sources.push(fs.readFileSync(full, 'utf8'));
      }
    };
    walk(path.resolve('web/src'));
    // Literal keys only: t('a.b') and t("a.b"); keys built at run time are checked by the type checker.
    const asked = new Set(sources.flatMap((source) => [...source.matchAll(/\bt\(\s*['"]([\w.]+)['"]/g)].map((m) => m[1]!)));
    expect(asked.size).toBeGreaterThan(50);
    // A counted text is asked for by its base key and lives in the catalog as key_one / key_other (i18next plurals).
    const missing = [...asked].filter((key) => !dutch.has(key) && !(dutch.has(`${key}_one`) && dutch.has(`${key}_other`)));
    expect(missing).toEqual([]);
  });
});
