import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './context.ts';
import { errorBody } from './errors.ts';

/** A feature's router: zod validation failures answer 400 with the issues as details. */
export function newRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) {
        const details = result.error.issues.map((i) => ({ path: i.path, message: i.message, code: i.code }));
        return c.json(errorBody('validation_failed', 'The input is not valid', details), 400);
      }
      return undefined;
    },
  });
}
