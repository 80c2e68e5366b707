import { z } from '@hono/zod-openapi';
import { SECTORS } from '../../domain/sectors.ts';
import { HISTORY_OUTCOMES } from '../../domain/shared-history.ts';
import { IdParam, NetworkParams, Timestamp } from '../../http/openapi.ts';

export const OutcomeSchema = z.enum(HISTORY_OUTCOMES).openapi({ description: 'How it went: positive, mixed or negative' });

const CalendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use YYYY-MM-DD')
  .openapi({ format: 'date', example: '2023-09-01' });

const PartnerRef = z.object({ id: z.uuid(), name: z.string() });

export const HistoryEntrySchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    description: z.string(),
    startedOn: CalendarDate.nullable(),
    endedOn: CalendarDate.nullable(),
    outcome: OutcomeSchema,
    note: z.string(),
    partners: z.array(PartnerRef).openapi({ description: 'The partners involved, by name' }),
    version: z.number().int(),
    createdBy: z.object({ id: z.uuid(), name: z.string() }),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .openapi('HistoryEntry');

const Title = z.string().trim().min(2).max(200);
const Description = z.string().max(5000);
const Note = z.string().max(5000);
const PartnerIds = z.array(z.uuid()).min(2).max(100).openapi({ description: 'At least two different partners of this network' });

export const CreateHistoryEntryBody = z
  .strictObject({
    title: Title.openapi({ description: 'What the collaboration was', example: 'Pilot crisisbedden jeugd 2022' }),
    description: Description.optional(),
    startedOn: CalendarDate.nullable().optional(),
    endedOn: CalendarDate.nullable().optional().openapi({ description: 'Not before startedOn' }),
    outcome: OutcomeSchema,
    note: Note.optional().openapi({ description: 'How it went, in a few words' }),
    partnerIds: PartnerIds,
  })
  .openapi('CreateHistoryEntry');

export const UpdateHistoryEntryBody = z
  .strictObject({
    baseVersion: z.number().int().min(0).openapi({ description: 'The version this change is based on; a stale one gets 409' }),
    title: Title.optional(),
    description: Description.optional(),
    startedOn: CalendarDate.nullable().optional().openapi({ description: 'null clears the date' }),
    endedOn: CalendarDate.nullable().optional(),
    outcome: OutcomeSchema.optional(),
    note: Note.optional(),
    partnerIds: PartnerIds.optional().openapi({ description: 'Replaces the partners involved' }),
  })
  .openapi('UpdateHistoryEntry');

export const HistoryEntryParams = NetworkParams.extend({ entryId: IdParam.openapi({ param: { name: 'entryId', in: 'path' } }) });
export const PartnerParams = NetworkParams.extend({ partnerId: IdParam.openapi({ param: { name: 'partnerId', in: 'path' } }) });

export const HistoryConfirmationSchema = z
  .object({
    partnerId: z.uuid(),
    partnerName: z.string(),
    confirmed: z.boolean().openapi({ description: 'The partner confirmed that its overview is complete, and nothing changed since' }),
    confirmedAt: Timestamp.nullable().openapi({ description: 'The last confirmation, also when it has gone stale' }),
    confirmedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    staleSince: Timestamp.optional().openapi({ description: 'Present when an entry involving the partner changed after the confirmation' }),
  })
  .openapi('HistoryConfirmation');

export const ConfirmHistoryBody = z
  .strictObject({
    confirmed: z.boolean().openapi({ description: 'true: "this overview of our shared history is complete"; false withdraws it' }),
  })
  .openapi('ConfirmHistory');

const OutcomeCounts = z.object({ positive: z.number().int(), mixed: z.number().int(), negative: z.number().int() });

export const HistoryMatrixSchema = z
  .object({
    partners: z.array(z.object({ id: z.uuid(), name: z.string(), sector: z.enum(SECTORS) })).openapi({ description: 'Rows and columns, by name' }),
    pairs: z
      .array(z.object({ a: z.uuid(), b: z.uuid(), count: z.number().int(), outcomes: OutcomeCounts }))
      .openapi({ description: 'Only the pairs that share history; a pair appears once' }),
  })
  .openapi('HistoryMatrix');
