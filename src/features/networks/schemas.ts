import { z } from '@hono/zod-openapi';
import { ROLES } from '../../db/schema.ts';
import { Timestamp } from '../../http/openapi.ts';

export const RoleSchema = z.enum(ROLES).openapi({ description: 'coordinator (ketenregisseur), representative (vertegenwoordiger), member (deelnemer), observer (toehoorder)' });

export const NetworkSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    description: z.string(),
    anonymityK: z.number().int().openapi({ description: 'Minimum distinct respondents behind a shown score (DESIGN §5.3)' }),
    version: z.number().int(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    myRole: RoleSchema,
  })
  .openapi('Network');

export const NetworkDetailSchema = NetworkSchema.extend({ memberCount: z.number().int(), partnerCount: z.number().int() }).openapi('NetworkDetail');

export const CreateNetworkBody = z
  .strictObject({ name: z.string().trim().min(2).max(200), description: z.string().max(5000).optional() })
  .openapi('CreateNetwork');

export const UpdateNetworkBody = z
  .strictObject({
    baseVersion: z.number().int().min(0),
    name: z.string().trim().min(2).max(200).optional(),
    description: z.string().max(5000).optional(),
    anonymityK: z.number().int().min(2).max(50).optional(),
  })
  .openapi('UpdateNetwork');

export const MemberSchema = z
  .object({
    id: z.uuid(),
    userId: z.uuid(),
    name: z.string(),
    email: z.string(),
    role: RoleSchema,
    partner: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    since: Timestamp,
  })
  .openapi('Member');
