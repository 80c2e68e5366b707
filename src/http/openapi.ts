import { z } from '@hono/zod-openapi';
import { ErrorBodySchema } from './errors.ts';

/** A required JSON request body for createRoute. */
export function jsonBody<T extends z.ZodType>(schema: T, description?: string) {
  return { required: true, description, content: { 'application/json': { schema } } } as const;
}

/** A JSON response for createRoute. */
export function jsonResponse<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } } as const;
}

const error = (description: string) => ({ description, content: { 'application/json': { schema: ErrorBodySchema } } });

/** The error answers most routes can give, in DESIGN §7's error body. */
export const errorResponses = {
  400: error('Invalid input (validation_failed)'),
  401: error('Not signed in'),
  403: error('Your role does not allow this'),
  404: error('Not found, or not in a network you belong to'),
} as const;

export const conflictResponse = { 409: error('Conflict: stale baseVersion or duplicate') } as const;
export const goneResponse = { 410: error('Expired or revoked') } as const;

export const IdParam = z.uuid().openapi({ example: '0b9f7f4e-8d1c-4a57-9c0a-2f1d3e4b5a6c' });
export const NetworkParams = z.object({ networkId: IdParam.openapi({ param: { name: 'networkId', in: 'path' } }) });

export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50).openapi({ param: { name: 'limit', in: 'query' } }),
  cursor: z.string().max(200).optional().openapi({ param: { name: 'cursor', in: 'query' } }),
});

export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

export const Timestamp = z.string().openapi({ format: 'date-time', example: '2026-11-23T12:00:00.000Z' });
