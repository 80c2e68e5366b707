import fc from 'fast-check';

/**
 * Request generators for the fuzz test, read from our own OpenAPI document: for every operation
 * a request that is valid by its schema, or one broken in one of the ways a hostile or careless
 * client breaks requests (wrong types, odd and huge strings, NUL, deep JSON, invalid ids, extra
 * and missing fields, oversized bodies, bad CSV/XLSX files).
 */

type Schema = Record<string, any>;

export interface Operation {
  method: string;
  /** The OpenAPI path with its {placeholders}, under /api. */
  path: string;
  parameters: { name: string; in: 'path' | 'query'; required: boolean; schema: Schema }[];
  body: { types: string[]; schema: Schema | undefined } | null;
}

export interface FuzzRequest {
  operation: Operation;
  method: string;
  url: string;
  /** A JSON value, raw text or bytes. */
  body?: unknown;
  contentType?: string;
  /** Which way the request was broken, for the failure report. */
  mutation: string;
}

/** Every operation of the document, with its path and request-body schemas. */
export function operationsOf(doc: any): Operation[] {
  const operations: Operation[] = [];
  for (const [rawPath, item] of Object.entries<any>(doc.paths)) {
    const path = rawPath.startsWith('/api/') ? rawPath : `/api${rawPath}`;
    for (const method of ['get', 'post', 'put', 'patch', 'delete']) {
      const op = item[method];
      if (!op) continue;
      const parameters = [...(item.parameters ?? []), ...(op.parameters ?? [])]
        .filter((p: any) => p.in === 'path' || p.in === 'query')
        .map((p: any) => ({ name: p.name, in: p.in, required: Boolean(p.required), schema: p.schema ?? {} }));
      const content = op.requestBody?.content;
      const body = content ? { types: Object.keys(content), schema: content['application/json']?.schema } : null;
      operations.push({ method: method.toUpperCase(), path, parameters, body });
    }
  }
  return operations;
}

const ODD_STRINGS = [
  'a\u0000b',
  '\u0000',
  'x\uD800y',
  '\uDFFF',
  '\u202Eevil',
  '🙂'.repeat(50),
  "'; drop table networks; --",
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '__proto__',
  ' ',
  '',
  '9'.repeat(400),
  '-1',
  '1e309',
  'NaN',
  '2026-02-30',
  '0000-00-00T00:00:00Z',
];

/** An odd string: one of the known troublemakers, a huge one, or random full-Unicode text. */
export const oddString: fc.Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: fc.string({ maxLength: 20 }).map((s) => `${s}\u0000${s}`) },
  fc.constantFrom(...ODD_STRINGS),
  fc.integer({ min: 10_000, max: 300_000 }).map((n) => 'x'.repeat(n)),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);

const wrongType: fc.Arbitrary<unknown> = fc.constantFrom<unknown>(42, -1, 1.5, true, false, null, [], {}, 'text', [1, 2], { a: 1 }, 1e308);

/** An id for a path or a reference: a known one, a random uuid, or no uuid at all. */
export function idArbitrary(knownIds: () => string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.nat().map((i) => pick(knownIds(), i) ?? crypto.randomUUID()) },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: fc.constantFrom('not-a-uuid', '0', '-1', '00000000-0000-0000-0000-000000000000', 'x'.repeat(300), '%00', '..', ' ') },
  );
}

function pick<T>(items: T[], i: number): T | undefined {
  return items.length === 0 ? undefined : items[i % items.length];
}

/** A value that satisfies `schema` (within reason), used as the base the mutations break. */
export function valueOf(schema: Schema | undefined, doc: any, knownIds: () => string[], depth = 0): fc.Arbitrary<unknown> {
  if (!schema || depth > 6) return fc.jsonValue({ maxDepth: 2 });
  if (schema.$ref) return valueOf(resolve(schema.$ref, doc), doc, knownIds, depth + 1);
  if (schema.enum) return fc.constantFrom(...(schema.enum as unknown[]));
  if ('const' in schema) return fc.constant(schema.const);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map((s: Schema) => valueOf(s, doc, knownIds, depth + 1)));
  if (schema.allOf) return valueOf(Object.assign({}, ...schema.allOf.map((s: Schema) => (s.$ref ? resolve(s.$ref, doc) : s))), doc, knownIds, depth + 1);
  const type = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : schema.properties ? ['object'] : [];
  if (type.length > 1) return fc.oneof(...type.map((t: string) => valueOf({ ...schema, type: t }, doc, knownIds, depth + 1)));
  switch (type[0]) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return fc.integer({ min: Math.max(schema.minimum ?? -5, -1_000_000), max: Math.min(schema.maximum ?? 20, 1_000_000) });
    case 'number':
      return fc.double({ min: schema.minimum ?? -5, max: schema.maximum ?? 20, noNaN: true, noDefaultInfinity: true });
    case 'string':
      return stringOf(schema, knownIds);
    case 'array':
      return fc.array(valueOf(schema.items, doc, knownIds, depth + 1), { minLength: schema.minItems ?? 0, maxLength: Math.max(schema.minItems ?? 0, Math.min(schema.maxItems ?? 3, 3)) });
    case 'object': {
      const properties: Record<string, Schema> = schema.properties ?? {};
      const model = Object.fromEntries(Object.entries(properties).map(([k, s]) => [k, valueOf(s, doc, knownIds, depth + 1)]));
      return fc.record(model, { requiredKeys: (schema.required ?? []).filter((k: string) => k in properties) });
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function stringOf(schema: Schema, knownIds: () => string[]): fc.Arbitrary<string> {
  if (schema.format === 'uuid' || /^\^?\[0-9a-f\]/.test(schema.pattern ?? '')) return idArbitrary(knownIds);
  if (schema.format === 'email') return fc.emailAddress();
  if (schema.format === 'date') return fc.date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  if (schema.format === 'date-time') return fc.date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString());
  const min = schema.minLength ?? 0;
  return fc.string({ minLength: min, maxLength: Math.max(min, Math.min(schema.maxLength ?? 30, 30)) });
}

function resolve(ref: string, doc: any): Schema {
  return ref
    .replace(/^#\//, '')
    .split('/')
    .reduce((node: any, key) => node?.[key], doc);
}

function nest(depth: number): string {
  return `${'['.repeat(depth)}${']'.repeat(depth)}`;
}

/** Breaks one field of an object: a wrong type, an odd string, removed, or an extra field beside it. */
function mutateObject(value: unknown): fc.Arbitrary<{ value: unknown; mutation: string }> {
  const object = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  const keys = Object.keys(object);
  const key = keys.length ? fc.constantFrom(...keys) : fc.constant('name');
  return fc.oneof(
    fc.tuple(key, wrongType).map(([k, v]) => ({ value: { ...object, [k]: v }, mutation: `wrong type in ${k}` })),
    fc.tuple(key, oddString).map(([k, v]) => ({ value: { ...object, [k]: v }, mutation: `odd string in ${k}` })),
    fc.tuple(key, fc.integer({ min: 70, max: 3_000 })).map(([k, d]) => ({ value: { ...object, [k]: JSON.parse(nest(d)) }, mutation: `deep JSON in ${k}` })),
    key.map((k) => {
      const rest = { ...object };
      delete rest[k];
      return { value: rest, mutation: `missing ${k}` };
    }),
    fc.tuple(fc.constantFrom('isAdmin', 'role', 'networkId', 'id', 'constructor', 'version', 'extra'), fc.jsonValue({ maxDepth: 1 })).map(([k, v]) => ({ value: { ...object, [k]: v }, mutation: `extra field ${k}` })),
  );
}

const CSV_TYPE = 'text/csv';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Broken partner files: random bytes, NUL, ragged rows, a wide row, a fake or truncated workbook. */
const badFile: fc.Arbitrary<{ body: unknown; contentType: string; mutation: string }> = fc.oneof(
  fc.uint8Array({ maxLength: 2000 }).map((b) => ({ body: b, contentType: CSV_TYPE, mutation: 'random bytes as CSV' })),
  fc.uint8Array({ maxLength: 2000 }).map((b) => ({ body: b, contentType: XLSX_TYPE, mutation: 'random bytes as XLSX' })),
  fc.uint8Array({ maxLength: 2000 }).map((b) => ({ body: new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...b]), contentType: XLSX_TYPE, mutation: 'zip header and garbage as XLSX' })),
  fc.constant({ body: 'naam;sector\nA\u0000;ggz\n', contentType: CSV_TYPE, mutation: 'NUL in CSV' }),
  fc.constant({ body: 'naam;sector;"open\n"x;y\n;;;;;;\n', contentType: CSV_TYPE, mutation: 'ragged CSV with an open quote' }),
  fc.integer({ min: 100, max: 20_000 }).map((n) => ({ body: `${'kolom;'.repeat(n)}\n${'x;'.repeat(n)}\n`, contentType: CSV_TYPE, mutation: `CSV ${n} columns wide` })),
  fc.array(fc.tuple(oddString, fc.string()), { maxLength: 20 }).map((rows) => ({
    body: `naam;sector;e-mail\n${rows.map(([a, b]) => `${a.slice(0, 2000)};${b};x@y`).join('\n')}`,
    contentType: CSV_TYPE,
    mutation: 'odd CSV rows',
  })),
);

/**
 * A request for `operation`: its path and query filled in, its body valid or broken.
 * `networkIds` and `knownIds` are read at generation time, so ids the run has seen get used.
 */
export function requestFor(operation: Operation, doc: any, ids: { networkIds: () => string[]; knownIds: () => string[] }): fc.Arbitrary<FuzzRequest> {
  const pathParams = operation.parameters.filter((p) => p.in === 'path');
  const queryParams = operation.parameters.filter((p) => p.in === 'query');
  const pathArb = fc.tuple(
    ...pathParams.map((p) =>
      p.name === 'networkId'
        ? fc.oneof({ weight: 4, arbitrary: fc.nat().map((i) => pick(ids.networkIds(), i)!) }, { weight: 1, arbitrary: idArbitrary(ids.knownIds) })
        : p.name === 'token'
          ? fc.oneof(fc.string({ minLength: 1, maxLength: 60 }), oddString.filter((s) => s.length < 5000))
          : idArbitrary(ids.knownIds),
    ),
  );
  const queryArb = fc.tuple(
    ...queryParams.map((p) =>
      fc.oneof(
        { weight: 2, arbitrary: fc.constant(undefined) },
        { weight: 3, arbitrary: valueOf(p.schema, doc, ids.knownIds).map((v) => (v === null || v === undefined ? undefined : String(v))) },
        { weight: 1, arbitrary: oddString.filter((s) => s.length < 5000) },
      ),
    ),
  );
  const jsonSchema = operation.body?.schema;
  const bodyArb: fc.Arbitrary<{ body?: unknown; contentType?: string; mutation: string }> = operation.method === 'GET'
    ? fc.constant({ mutation: 'valid' })
    : !operation.body
    ? fc.oneof({ weight: 5, arbitrary: fc.constant({ mutation: 'valid' }) }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }).map((b) => ({ body: b, mutation: 'unexpected body' })) })
    : fc.oneof(
        { weight: 3, arbitrary: valueOf(jsonSchema, doc, ids.knownIds).map((body) => ({ body, mutation: 'valid' })) },
        { weight: 5, arbitrary: valueOf(jsonSchema, doc, ids.knownIds).chain(mutateObject) .map(({ value, mutation }) => ({ body: value, mutation })) },
        { weight: 1, arbitrary: fc.integer({ min: 70, max: 200_000 }).map((d) => ({ body: nest(d), mutation: `JSON nested ${d} deep` })) },
        { weight: 1, arbitrary: fc.constantFrom('{"a":', 'null', '"text"', '[]', '{}', '1', '\u0000', '{"a":"\\ud800"}').map((body) => ({ body, mutation: 'odd JSON text' })) },
        { weight: 1, arbitrary: fc.integer({ min: 1024 * 1024 + 1, max: 1024 * 1024 + 4096 }).map((n) => ({ body: JSON.stringify({ name: 'x'.repeat(n) }), mutation: 'oversized body' })) },
        ...(operation.body.types.some((t) => t !== 'application/json') ? [{ weight: 4, arbitrary: badFile }] : []),
      );
  return fc.tuple(pathArb, queryArb, bodyArb).map(([pathValues, queryValues, body]) => {
    let url = operation.path;
    pathParams.forEach((p, i) => (url = url.replace(`{${p.name}}`, encodePathSegment(pathValues[i]!))));
    const query = new URLSearchParams();
    queryParams.forEach((p, i) => queryValues[i] !== undefined && query.set(p.name, queryValues[i]!));
    const search = query.toString();
    return { operation, method: operation.method, url: search ? `${url}?${search}` : url, ...body };
  });
}

/** Percent-encodes a path segment; an unpaired surrogate goes out as the (invalid) UTF-8 bytes of one. */
function encodePathSegment(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return `${encodeURIComponent(text.replace(/[\uD800-\uDFFF]/g, ''))}%ED%A0%80`;
  }
}
