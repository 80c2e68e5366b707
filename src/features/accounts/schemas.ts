import { z } from '@hono/zod-openapi';

export const PersonName = z.string().trim().min(1).max(200);
export const Email = z.email().max(320).openapi({ example: 'j.devries@gemeente-noord.nl' });
export const Password = z.string().min(10).max(128).openapi({ description: 'At least 10 characters' });
