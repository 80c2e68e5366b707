import { z } from '@hono/zod-openapi';
import { IdParam, NetworkParams, PageQuery, Timestamp } from '../../http/openapi.ts';

const CalendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'Not a calendar date')
  .openapi({ format: 'date', example: '2027-01-01' });

const ClockTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use HH:MM (00:00–23:59)')
  .openapi({ example: '22:00', description: 'Europe/Amsterdam wall-clock time, HH:MM' });

const Weekday = z
  .union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6), z.literal(7)])
  .openapi({ type: 'integer', minimum: 1, maximum: 7, description: 'ISO weekday: 1 = Monday … 7 = Sunday' });

/**
 * A contact route is a role's number or a desk, never a person's private number: a text with a
 * phone number in it (8–15 digits, spaces, dashes, dots, brackets and a leading + allowed).
 */
const PHONE = /(?:\+|\b)\d[\d\s\-.()]{6,20}\d\b/;
const digitsOf = (s: string) => (s.match(PHONE)?.[0] ?? '').replace(/\D/g, '').length;
const Contact = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .refine((s) => digitsOf(s) >= 8 && digitsOf(s) <= 15, 'Give a phone number of the role or desk (8 to 15 digits), e.g. "Crisisdienst GGZ Noord, 050 123 4567"')
  .openapi({ example: 'Crisisdienst GGZ Noord, 050 123 4567', description: "A role's or desk's phone route with a phone number; not a person's private number" });

export const WeeklyWindowSchema = z
  .strictObject({ weekday: Weekday, start: ClockTime, end: ClockTime.openapi({ description: 'At or before start: runs into the next day' }) })
  .openapi('WeeklyWindow');

export const RequirementSchema = z
  .object({
    capabilityId: z.uuid(),
    windows: z.array(WeeklyWindowSchema).nullable().openapi({ description: 'Weekly windows the capability is needed in; null = around the clock' }),
    minPartners: z.number().int().min(1),
    updatedAt: Timestamp,
  })
  .openapi('Requirement');

export const CapabilitySchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    description: z.string(),
    escalation: z.string().openapi({ description: 'Whom to call when nobody is available' }),
    requirement: RequirementSchema.nullable(),
    slotCount: z.number().int(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .openapi('Capability');

const Name = z.string().trim().min(2).max(120);
const Description = z.string().trim().max(2000);
const Escalation = z.string().trim().max(300).openapi({ example: 'Bereikbaarheidsdienst Veilig Thuis, 0800 2000; bij direct gevaar 112' });

export const CreateCapabilityBody = z
  .strictObject({ name: Name.openapi({ example: 'GGZ-crisisbeoordeling' }), description: Description.optional(), escalation: Escalation.optional() })
  .openapi('CreateCapability');

export const UpdateCapabilityBody = z
  .strictObject({ name: Name.optional(), description: Description.optional(), escalation: Escalation.optional() })
  .openapi('UpdateCapability');

export const SaveRequirementBody = z
  .strictObject({
    windows: z.array(WeeklyWindowSchema).min(1).max(50).nullable().openapi({ description: 'null = around the clock' }),
    minPartners: z.number().int().min(1).max(50),
  })
  .openapi('SaveRequirement');

const PartnerRef = z.object({ id: z.uuid(), name: z.string() });

export const SlotSchema = z
  .object({
    id: z.uuid(),
    capabilityId: z.uuid(),
    partner: PartnerRef,
    weekday: Weekday,
    start: ClockTime,
    end: ClockTime,
    validFrom: CalendarDate.nullable(),
    validUntil: CalendarDate.nullable(),
    priority: z.number().int().min(1),
    contact: z.string(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .openapi('AvailabilitySlot');

const Priority = z.number().int().min(1).max(99).openapi({ description: '1 is called first' });

export const CreateSlotBody = z
  .strictObject({
    capabilityId: z.uuid(),
    partnerId: z.uuid().openapi({ description: "A representative may only give their own partner's slots" }),
    weekday: Weekday,
    start: ClockTime,
    end: ClockTime.openapi({ description: 'At or before start: the slot runs past midnight into the next day' }),
    validFrom: CalendarDate.nullable().optional(),
    validUntil: CalendarDate.nullable().optional(),
    priority: Priority.optional(),
    contact: Contact,
  })
  .openapi('CreateAvailabilitySlot');

export const UpdateSlotBody = z
  .strictObject({
    weekday: Weekday.optional(),
    start: ClockTime.optional(),
    end: ClockTime.optional(),
    validFrom: CalendarDate.nullable().optional(),
    validUntil: CalendarDate.nullable().optional(),
    priority: Priority.optional(),
    contact: Contact.optional(),
  })
  .openapi('UpdateAvailabilitySlot');

export const SlotQuery = PageQuery.extend({
  capability: z.uuid().optional().openapi({ param: { name: 'capability', in: 'query' } }),
  partner: z.uuid().optional().openapi({ param: { name: 'partner', in: 'query' } }),
});

export const ExceptionSchema = z
  .object({
    id: z.uuid(),
    partner: PartnerRef,
    capabilityId: z.uuid().nullable().openapi({ description: 'null = every capability of the partner' }),
    from: CalendarDate,
    until: CalendarDate,
    reason: z.string(),
    createdBy: z.object({ id: z.uuid(), name: z.string() }),
    createdAt: Timestamp,
  })
  .openapi('AvailabilityException');

const Reason = z.string().trim().min(1).max(500).openapi({ example: 'Kerstsluiting' });

export const CreateExceptionBody = z
  .strictObject({
    partnerId: z.uuid(),
    capabilityId: z.uuid().nullable().optional(),
    from: CalendarDate,
    until: CalendarDate.openapi({ description: 'Inclusive; not before from' }),
    reason: Reason,
  })
  .openapi('CreateAvailabilityException');

export const UpdateExceptionBody = z
  .strictObject({ capabilityId: z.uuid().nullable().optional(), from: CalendarDate.optional(), until: CalendarDate.optional(), reason: Reason.optional() })
  .openapi('UpdateAvailabilityException');

export const ExceptionQuery = PageQuery.extend({
  capability: z.uuid().optional().openapi({ param: { name: 'capability', in: 'query' } }),
  partner: z.uuid().optional().openapi({ param: { name: 'partner', in: 'query' } }),
});

const Moment = z
  .string()
  .refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) || /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(s), 'Use YYYY-MM-DD or an ISO 8601 time with offset')
  .refine((s) => !Number.isNaN(Date.parse(s.length === 10 ? `${s}T00:00:00Z` : s)), 'Not a valid time');

export const CoverageQuery = z.object({
  capability: z.uuid().openapi({ param: { name: 'capability', in: 'query' } }),
  from: Moment.openapi({ param: { name: 'from', in: 'query' }, description: 'A date (local midnight in Europe/Amsterdam) or an ISO time with offset', example: '2027-03-22' }),
  to: Moment.openapi({ param: { name: 'to', in: 'query' }, description: 'Exclusive; after from, at most 400 days later', example: '2027-03-29' }),
});

const Span = { from: Timestamp, to: Timestamp };

export const CoverageSchema = z
  .object({
    capabilityId: z.uuid(),
    from: Timestamp,
    to: Timestamp,
    requirement: RequirementSchema.nullable().openapi({ description: 'null: none set, so nothing is required and the share is null' }),
    requiredMinutes: z.number(),
    coveredMinutes: z.number(),
    coveredShare: z.number().nullable().openapi({ description: 'Covered part of the required time, 0–1; null when nothing is required' }),
    gaps: z.array(z.object({ ...Span, have: z.number().int(), need: z.number().int() })).openapi({ description: 'Required time with fewer partners than the minimum' }),
    singlePointsOfFailure: z.array(z.object({ ...Span, partner: PartnerRef })).openapi({ description: 'Required time that rests on exactly one partner' }),
    availability: z
      .array(z.object({ partner: PartnerRef, intervals: z.array(z.object(Span)) }))
      .nullable()
      .openapi({ description: "Each partner's available time, for periods of at most 35 days (null for longer ones)" }),
  })
  .openapi('Coverage');

export const AvailableNowQuery = z.object({
  capability: z.uuid().openapi({ param: { name: 'capability', in: 'query' } }),
  at: Moment.optional().openapi({ param: { name: 'at', in: 'query' }, description: 'The moment; now when left out' }),
});

export const AvailableNowSchema = z
  .object({
    at: Timestamp,
    capability: z.object({ id: z.uuid(), name: z.string(), escalation: z.string() }),
    partners: z.array(z.object({ partner: PartnerRef, priority: z.number().int(), contact: z.string() })).openapi({ description: 'By priority, 1 first' }),
  })
  .openapi('AvailableNow');

const param = (name: string) => IdParam.openapi({ param: { name, in: 'path' } });
export const CapabilityParams = NetworkParams.extend({ capabilityId: param('capabilityId') });
export const SlotParams = NetworkParams.extend({ slotId: param('slotId') });
export const ExceptionParams = NetworkParams.extend({ exceptionId: param('exceptionId') });
