import { z } from '@hono/zod-openapi';

// The fields of a person's account, shared by the set-up and invitation routes and the partner import.
export const PersonName = z.string().trim().min(1).max(200);
export const Email = z.email().max(320).openapi({ example: 'j.devries@gemeente-noord.nl' });
export const Password = z.string().min(10).max(128).openapi({ description: 'At least 10 characters' });
