import { z } from '@hono/zod-openapi';
import { RACI } from '../../domain/raci.ts';
import { IdParam, NetworkParams, Timestamp } from '../../http/openapi.ts';

export const RaciLetterSchema = z.enum(RACI).openapi({ description: 'R responsible, A accountable, C consulted, I informed' });

const Assignment = z.object({ partnerId: z.uuid(), letter: RaciLetterSchema });

export const TaskSchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    description: z.string(),
    agreement: z.object({ id: z.uuid(), title: z.string() }).nullable().openapi({ description: 'The task-division agreement this task belongs to, if any' }),
    assignments: z.array(Assignment.extend({ partnerName: z.string() })).openapi({ description: 'One letter per partner; partners without a letter have no role in the task' }),
    accountable: z.object({ id: z.uuid(), name: z.string() }).nullable().openapi({ description: 'The one accountable partner; null only when that partner was removed from the network' }),
    version: z.number().int(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .openapi('Task');

const Title = z.string().trim().min(2).max(200);
const Description = z.string().max(5000);
const Assignments = z
  .array(Assignment)
  .min(1)
  .max(200)
  .openapi({ description: 'A letter per partner of this network; exactly one partner is accountable (A)' });

export const CreateTaskBody = z
  .strictObject({
    title: Title.openapi({ example: 'Crisisbeoordeling binnen 4 uur na melding' }),
    description: Description.optional(),
    agreementId: z.uuid().nullable().optional(),
    assignments: Assignments,
  })
  .openapi('CreateTask');

export const UpdateTaskBody = z
  .strictObject({
    baseVersion: z.number().int().min(0).openapi({ description: 'The version this change is based on; a stale one gets 409' }),
    title: Title.optional(),
    description: Description.optional(),
    agreementId: z.uuid().nullable().optional(),
    assignments: Assignments.optional().openapi({ description: 'Replaces all letters of the task' }),
  })
  .openapi('UpdateTask');

export const TaskParams = NetworkParams.extend({ taskId: IdParam.openapi({ param: { name: 'taskId', in: 'path' } }) });
