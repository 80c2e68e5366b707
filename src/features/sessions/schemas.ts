import { z } from '@hono/zod-openapi';
import { IdParam, NetworkParams, PageQuery, Timestamp } from '../../http/openapi.ts';
import { DecisionSchema } from '../decisions/schemas.ts';

export const CalendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'Not a calendar date')
  .openapi({ format: 'date', example: '2026-12-07' });

const PersonRef = z.object({ id: z.uuid(), name: z.string() });

export const SessionSummarySchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    heldOn: CalendarDate,
    participants: z.number().int().openapi({ description: 'How many people take part' }),
    agendaItems: z.number().int(),
    decisions: z.number().int(),
    changesNothingTomorrow: z.number().int().openapi({ description: 'How many of its decisions have no consequence with an owner and a date yet' }),
    publishedAt: Timestamp.nullable().openapi({ description: 'When the minutes and decisions were last published to the participants' }),
    version: z.number().int(),
    createdAt: Timestamp,
  })
  .openapi('SessionSummary');

export const AgendaItemSchema = z
  .object({
    id: z.uuid(),
    position: z.number().int().openapi({ description: '1 for the first item' }),
    section: z.string().openapi({ description: "The generated agenda's section (catalog agenda.sections.<section>); empty for an item added by hand" }),
    kind: z.string().openapi({ description: "The generated item's kind, or 'custom'" }),
    title: z.string(),
    reason: z
      .object({ code: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])) })
      .nullable()
      .openapi({ description: 'Why the generated agenda put it there (catalog agenda.reasons.<code>); null for an item added by hand' }),
    link: z.string().nullable().openapi({ description: 'Web path of what the item is about' }),
    notes: z.string().openapi({ description: 'What was said, in Markdown' }),
  })
  .openapi('SessionAgendaItem');

export const SessionSchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    heldOn: CalendarDate,
    startTime: z.string().nullable().openapi({ description: 'Time of day in the Netherlands (HH:MM), or null' }),
    endTime: z.string().nullable(),
    location: z.string(),
    onlineLink: z.string(),
    minutes: z.string().openapi({ description: 'The minutes, in Markdown' }),
    participants: z.array(PersonRef).openapi({ description: 'People of the network, by name' }),
    agenda: z.array(AgendaItemSchema).openapi({ description: 'In order' }),
    decisions: z.array(DecisionSchema).openapi({ description: 'Oldest first, each with its consequences and the "changes nothing tomorrow" flag' }),
    publishedAt: Timestamp.nullable(),
    version: z.number().int(),
    createdBy: PersonRef,
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .openapi('Session');

const Title = z.string().trim().min(2).max(200);
const TimeOfDay = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use HH:MM')
  .nullable()
  .openapi({ example: '10:00', description: 'Time of day in the Netherlands (HH:MM); null for none' });
/** When and where a session is held, for its calendar file (issue 12). */
const SessionPlaceFields = {
  startTime: TimeOfDay.optional(),
  endTime: TimeOfDay.optional(),
  location: z.string().trim().max(300).optional().openapi({ description: 'Where it is held, e.g. an address and room' }),
  onlineLink: z.union([z.literal(''), z.url({ protocol: /^https?$/ }).max(500)]).optional().openapi({ description: 'The link to join online, or empty' }),
};
const endsAfterStart = (b: { startTime?: string | null | undefined; endTime?: string | null | undefined }) => !b.startTime || !b.endTime || b.endTime > b.startTime;
const endsAfterStartMessage = { message: 'The end time comes after the start time', path: ['endTime'] };
const ParticipantIds = z.array(z.uuid()).max(200).openapi({ description: 'User ids of people of this network' });

export const CreateSessionBody = z
  .strictObject({
    title: Title.openapi({ example: 'Stuurgroep crisisroute december' }),
    heldOn: CalendarDate,
    participantIds: ParticipantIds.optional(),
    ...SessionPlaceFields,
  })
  .refine(endsAfterStart, endsAfterStartMessage)
  .openapi('CreateSession');

export const UpdateSessionBody = z
  .strictObject({
    baseVersion: z.number().int().min(0).openapi({ description: 'The version this change is based on; a stale one gets 409' }),
    title: Title.optional(),
    heldOn: CalendarDate.optional(),
    minutes: z.string().max(50_000).optional(),
    participantIds: ParticipantIds.optional().openapi({ description: 'Replaces the participants; new ones are told the session is scheduled' }),
    ...SessionPlaceFields,
  })
  .refine(endsAfterStart, endsAfterStartMessage)
  .openapi('UpdateSession');

export const PublishSessionBody = z
  .strictObject({
    baseVersion: z.number().int().min(0).openapi({ description: 'The version the coordinator read; publishing a stale view gets 409' }),
  })
  .openapi('PublishSession');

const ItemTitle = z.string().trim().min(2).max(300);
const Notes = z.string().max(20_000);

export const AddAgendaItemBody = z
  .union([
    z.strictObject({ fromGenerated: z.literal(true).openapi({ description: "Append the network's current generated agenda (…/agenda)" }) }),
    z.strictObject({ title: ItemTitle, notes: Notes.optional(), link: z.string().max(500).regex(/^\/[^/]/, 'A path in the app').nullable().optional() }),
  ])
  .openapi('AddSessionAgendaItem');

export const UpdateAgendaItemBody = z.strictObject({ title: ItemTitle.optional(), notes: Notes.optional() }).openapi('UpdateSessionAgendaItem');

export const ReorderAgendaBody = z
  .strictObject({ order: z.array(z.uuid()).min(1).max(500).openapi({ description: 'Every item id of the agenda, once, in the new order' }) })
  .openapi('ReorderSessionAgenda');

export const SessionListQuery = PageQuery;

export const SessionParams = NetworkParams.extend({ sessionId: IdParam.openapi({ param: { name: 'sessionId', in: 'path' } }) });
export const AgendaItemParams = SessionParams.extend({ itemId: IdParam.openapi({ param: { name: 'itemId', in: 'path' } }) });
