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
    timeBoxMinutes: z.number().int().nullable().openapi({ description: 'Minutes set aside for the item; null when not set' }),
  })
  .openapi('SessionAgendaItem');

const AttendanceStatus = z.enum(['present', 'absent', 'excused']);

export const SessionAttendanceSchema = z
  .object({
    partners: z
      .array(
        z.object({
          partnerId: z.uuid(),
          name: z.string(),
          status: AttendanceStatus.nullable().openapi({ description: 'null: not recorded; a partner with someone who came counts as present' }),
          attendees: z.array(PersonRef).openapi({ description: 'Who came for this partner' }),
        }),
      )
      .openapi({ description: 'Every partner of the network, by name' }),
    attendees: z.array(PersonRef.extend({ partnerId: z.uuid().nullable() })).openapi({ description: 'Everyone who came, by name' }),
  })
  .openapi('SessionAttendance');

export const TimeBudgetSchema = z
  .object({
    plannedMinutes: z.number().int().openapi({ description: 'The sum of the time boxes' }),
    durationMinutes: z.number().int().nullable(),
    overByMinutes: z.number().int().openapi({ description: "How far the time boxes run past the session's length; 0 when they fit" }),
    itemsWithoutTimeBox: z.number().int(),
  })
  .openapi('SessionTimeBudget');

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
    durationMinutes: z.number().int().nullable().openapi({ description: 'How long the session lasts' }),
    participants: z.array(PersonRef).openapi({ description: 'People of the network, by name' }),
    agenda: z.array(AgendaItemSchema).openapi({ description: 'In order' }),
    timeBudget: TimeBudgetSchema,
    attendance: SessionAttendanceSchema,
    myClaimProblem: z
      .enum(['attendance_not_recorded', 'not_present'])
      .nullable()
      .optional()
      .openapi({ description: "Only when reading one session: what keeps the caller from claiming a step of its decisions (nobody recorded present yet, or the caller and their partner were not there), or null when they may" }),
    decisions: z.array(DecisionSchema).openapi({ description: 'Oldest first, each with its consequences and the "changes nothing tomorrow" flag' }),
    publishedAt: Timestamp.nullable(),
    version: z.number().int(),
    createdBy: PersonRef,
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .openapi('Session');

const Title = z.string().trim().min(2).max(200);
const DurationMinutes = z.number().int().min(1).max(1440).openapi({ description: 'How long the session lasts, in minutes', example: 120 });
const TimeBox = z.number().int().min(1).max(480).openapi({ description: 'Minutes for the item', example: 20 });
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
    durationMinutes: DurationMinutes.optional(),
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
    durationMinutes: DurationMinutes.nullable().optional().openapi({ description: 'null clears the length' }),
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

export const GeneratedPick = z
  .strictObject({
    kind: z.string().max(100),
    title: z.string().max(300),
    link: z.string().max(500).nullable(),
    reason: z.string().max(100).openapi({ description: "The generated item's reason code" }),
    timeBoxMinutes: TimeBox.nullable().optional(),
  })
  .openapi('GeneratedAgendaPick', { description: 'One item of the generated agenda (…/agenda), named by its kind, title, link and reason code' });

export const AddAgendaItemBody = z
  .union([
    z.strictObject({
      fromGenerated: z.literal(true).openapi({ description: "Take over the network's current generated agenda (…/agenda)" }),
      picks: z
        .array(GeneratedPick)
        .min(1)
        .max(100)
        .optional()
        .openapi({ description: 'The chosen items in the order they get, each with its time box; without picks every item is appended in the generated order' }),
    }),
    z.strictObject({
      title: ItemTitle,
      notes: Notes.optional(),
      link: z.string().max(500).regex(/^\/[^/]/, 'A path in the app').nullable().optional(),
      timeBoxMinutes: TimeBox.nullable().optional(),
    }),
  ])
  .openapi('AddSessionAgendaItem');

export const UpdateAgendaItemBody = z
  .strictObject({ title: ItemTitle.optional(), notes: Notes.optional(), timeBoxMinutes: TimeBox.nullable().optional().openapi({ description: 'null clears the time box' }) })
  .openapi('UpdateSessionAgendaItem');

export const SetAttendanceBody = z
  .strictObject({
    partners: z.array(z.strictObject({ partnerId: z.uuid(), status: AttendanceStatus })).max(500).openapi({ description: 'Partners left out have no status' }),
    attendeeIds: z.array(z.uuid()).max(500).openapi({ description: 'User ids of the people of the network who came' }),
  })
  .openapi('SetSessionAttendance');

export const ReorderAgendaBody = z
  .strictObject({ order: z.array(z.uuid()).min(1).max(500).openapi({ description: 'Every item id of the agenda, once, in the new order' }) })
  .openapi('ReorderSessionAgenda');

export const SessionListQuery = PageQuery;

export const SessionParams = NetworkParams.extend({ sessionId: IdParam.openapi({ param: { name: 'sessionId', in: 'path' } }) });
export const AgendaItemParams = SessionParams.extend({ itemId: IdParam.openapi({ param: { name: 'itemId', in: 'path' } }) });
