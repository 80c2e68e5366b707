import { z } from '@hono/zod-openapi';
import { IdParam, NetworkParams, PageQuery, Timestamp } from '../../http/openapi.ts';
import { CalendarDate } from '../steps/schemas.ts';

const Ref = z.object({ id: z.uuid(), name: z.string() });

export const GoalSchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    indicator: z.string(),
    unit: z.string(),
    baseline: z.number().nullable(),
    target: z.number(),
    deadline: CalendarDate,
    agreedResult: z.string(),
    version: z.number().int(),
    shared: z.boolean().openapi({ description: 'Every involved partner accepted the agreed result as it stands' }),
    partners: z.array(
      Ref.extend({
        accepted: z.boolean(),
        acceptedVersion: z.number().int().nullable(),
        acceptedBy: Ref.nullable(),
        acceptedAt: Timestamp.nullable(),
      }),
    ),
    latest: z.object({ measuredOn: CalendarDate, value: z.number() }).nullable().openapi({ description: 'The most recent progress value' }),
    createdBy: Ref,
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .openapi('Goal');

const Title = z.string().trim().min(2).max(200);
const Text = z.string().trim().min(2).max(5000);
const PartnerIds = z.array(z.uuid()).min(1).max(100).openapi({ description: 'The partners that commit to the goal' });

export const CreateGoalBody = z
  .strictObject({
    title: Title.openapi({ example: 'Binnen 24 uur een passende plek' }),
    indicator: Text.openapi({ example: 'Jongeren in crisis met een passende plek binnen 24 uur' }),
    unit: z.string().trim().max(40).optional().openapi({ example: '%' }),
    baseline: z.number().finite().nullable().optional(),
    target: z.number().finite(),
    deadline: CalendarDate,
    agreedResult: Text,
    partnerIds: PartnerIds,
  })
  .openapi('CreateGoal');

export const UpdateGoalBody = z
  .strictObject({
    baseVersion: z.number().int().min(0),
    title: Title.optional(),
    indicator: Text.optional(),
    unit: z.string().trim().max(40).optional(),
    baseline: z.number().finite().nullable().optional(),
    target: z.number().finite().optional(),
    deadline: CalendarDate.optional(),
    agreedResult: Text.optional(),
    partnerIds: PartnerIds.optional(),
  })
  .openapi('UpdateGoal');

export const AcceptGoalBody = z
  .strictObject({
    version: z.number().int().min(1).openapi({ description: 'The version of the agreed result you read; a stale one gets 409' }),
    accepted: z.boolean().openapi({ description: 'true accepts the agreed result for your partner; false withdraws the acceptance' }),
  })
  .openapi('AcceptGoal');

export const ProgressSchema = z
  .object({ id: z.uuid(), measuredOn: CalendarDate, value: z.number(), note: z.string(), createdBy: Ref, createdAt: Timestamp })
  .openapi('GoalProgress');

export const AddProgressBody = z
  .strictObject({ measuredOn: CalendarDate, value: z.number().finite(), note: z.string().max(2000).optional() })
  .openapi('AddGoalProgress');

export const GoalListQuery = PageQuery;
export const GoalParams = NetworkParams.extend({ goalId: IdParam.openapi({ param: { name: 'goalId', in: 'path' } }) });
