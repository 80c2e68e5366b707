import { z } from '@hono/zod-openapi';
import { IdParam, NetworkParams, PageQuery, Timestamp } from '../../http/openapi.ts';

export const STEP_STATUSES = ['open', 'claimed', 'done', 'dropped'] as const;
export const SERVES_KINDS = ['story', 'statement', 'agreement', 'decision', 'difference', 'goal'] as const;

/** A real calendar day as YYYY-MM-DD (2026-02-30 is refused). */
export const CalendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use YYYY-MM-DD')
  .refine((s) => {
    const day = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(s);
  }, 'Not a calendar day')
  .openapi({ format: 'date', example: '2026-12-01' });

const PersonRef = z.object({ id: z.uuid(), name: z.string() });

export const StepSchema = z
  .object({
    id: z.uuid(),
    networkId: z.uuid(),
    title: z.string(),
    description: z.string(),
    status: z.enum(STEP_STATUSES),
    dueOn: CalendarDate.nullable(),
    overdue: z.boolean().openapi({ description: 'Open or claimed, and the due day (Dutch time) has passed' }),
    servesKind: z.enum(SERVES_KINDS).nullable(),
    servesId: z.uuid().nullable(),
    servesTitle: z.string().nullable().openapi({ description: 'The title of what the step serves' }),
    claimedBy: PersonRef.nullable().openapi({ description: 'Who claimed the step for themselves' }),
    claimedAt: Timestamp.nullable(),
    finishedAt: Timestamp.nullable().openapi({ description: 'When it was done or dropped' }),
    createdBy: PersonRef,
    createdAt: Timestamp,
    updatedAt: Timestamp,
    version: z.number().int(),
  })
  .openapi('Step');

export const MyStepSchema = StepSchema.extend({ networkName: z.string() }).openapi('MyStep');

const Title = z.string().trim().min(2).max(200);
const Description = z.string().max(5000);

export const CreateStepBody = z
  .strictObject({
    title: Title.openapi({ example: 'Warme overdracht crisisdienst naar wijkteam uitproberen' }),
    description: Description.optional(),
    dueOn: CalendarDate.nullable().optional(),
    servesKind: z.enum(SERVES_KINDS).optional().openapi({ description: 'What the step serves; with servesId' }),
    servesId: z.uuid().optional(),
    claim: z.boolean().optional().openapi({ description: 'true: the caller claims the step for themselves at once' }),
  })
  .refine((b) => (b.servesKind === undefined) === (b.servesId === undefined), { message: 'Give servesKind and servesId together', path: ['servesId'] })
  .openapi('CreateStep');

export const UpdateStepBody = z
  .strictObject({
    baseVersion: z.number().int().min(0).openapi({ description: 'The version this change is based on; a stale one gets 409' }),
    title: Title.optional(),
    description: Description.optional(),
    dueOn: CalendarDate.nullable().optional().openapi({ description: 'null clears the due date' }),
  })
  .openapi('UpdateStep');

export const ClaimStepBody = z
  .strictObject({
    userId: z.uuid().optional().openapi({ description: 'May only be your own id: nobody claims a step for someone else' }),
    dueOn: CalendarDate.optional().openapi({ description: 'The day you will have done it; required for a step that serves a decision and has no date yet' }),
  })
  .openapi('ClaimStep');

export const MoveStepBody = z
  .strictObject({
    to: z.enum(['done', 'dropped', 'open']).openapi({ description: 'done or dropped finishes it; open releases a claimed step' }),
  })
  .openapi('MoveStep');

const BoolQuery = z.enum(['true', 'false']);

export const StepListQuery = PageQuery.extend({
  status: z.enum(STEP_STATUSES).optional().openapi({ param: { name: 'status', in: 'query' } }),
  servesKind: z.enum(SERVES_KINDS).optional().openapi({ param: { name: 'servesKind', in: 'query' } }),
  servesId: z.uuid().optional().openapi({ param: { name: 'servesId', in: 'query' } }),
  mine: BoolQuery.optional().openapi({ param: { name: 'mine', in: 'query', description: 'true: only steps the caller claimed' } }),
  overdue: BoolQuery.optional().openapi({ param: { name: 'overdue', in: 'query', description: 'true: only open or claimed steps past their due day' } }),
});

export const MyStepListQuery = PageQuery.extend({
  status: z.enum(STEP_STATUSES).optional().openapi({ param: { name: 'status', in: 'query' } }),
});

export const StepParams = NetworkParams.extend({ stepId: IdParam.openapi({ param: { name: 'stepId', in: 'path' } }) });

export const StepCountsSchema = z
  .object({ open: z.number().int(), claimed: z.number().int(), done: z.number().int(), dropped: z.number().int(), overdue: z.number().int() })
  .openapi('StepCounts');
