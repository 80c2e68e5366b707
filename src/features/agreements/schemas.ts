import { z } from '@hono/zod-openapi';
import type { AgreementKind } from '../../db/schema.ts';
import { IdParam, NetworkParams, PageQuery, Timestamp } from '../../http/openapi.ts';

export const AGREEMENT_KINDS = ['ground_rules', 'task_division', 'information_sharing', 'escalation', 'reflection_rhythm', 'availability', 'other'] as const satisfies readonly AgreementKind[];
export const AGREEMENT_STATUSES = ['draft', 'proposed', 'in_force', 'ended'] as const;

const CalendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'Not a calendar date')
  .openapi({ format: 'date', example: '2027-06-01' });

const Person = z.object({ id: z.uuid(), name: z.string() });
const PartnerRef = z.object({ id: z.uuid(), name: z.string() });

export const KindSchema = z.enum(AGREEMENT_KINDS).openapi({ description: 'ground_rules, task_division, information_sharing, escalation, reflection_rhythm, availability or other' });
export const StatusSchema = z.enum(AGREEMENT_STATUSES).openapi({ description: 'draft, proposed, in_force (also while a newer version is proposed) or ended' });

const RatificationSummary = z.object({
  version: z.number().int(),
  consented: z.number().int(),
  objections: z.number().int(),
  waiting: z.number().int(),
});

export const AgreementSchema = z
  .object({
    id: z.uuid(),
    kind: KindSchema,
    title: z.string(),
    status: StatusSchema,
    allPartners: z.boolean().openapi({ description: 'Every partner of the network is a party, also partners that join later' }),
    parties: z.array(PartnerRef).openapi({ description: 'The partners that are party, by name' }),
    reviewOn: CalendarDate.nullable(),
    reviewOverdue: z.boolean().openapi({ description: 'In force and its review date has passed (Europe/Amsterdam)' }),
    currentVersion: z.number().int().openapi({ description: 'The latest version of the text' }),
    proposedVersion: z.number().int().nullable().openapi({ description: 'The version up for ratification, if any' }),
    versionInForce: z.number().int().nullable(),
    inForceSince: Timestamp.nullable(),
    proposal: RatificationSummary.nullable().openapi({ description: 'Where the ratification of the proposed version stands' }),
    endedAt: Timestamp.nullable(),
    endedBy: Person.nullable(),
    endReason: z.string().nullable(),
    createdBy: Person,
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .openapi('Agreement');

export const VersionSchema = z
  .object({
    version: z.number().int(),
    body: z.string().openapi({ description: 'Markdown' }),
    changeNote: z.string(),
    author: Person,
    createdAt: Timestamp,
  })
  .openapi('AgreementVersion');

export const VersionSummarySchema = VersionSchema.omit({ body: true }).openapi('AgreementVersionSummary');

const Title = z.string().trim().min(2).max(200);
const Body = z.string().max(100_000).refine((s) => s.trim().length > 0, 'The text is empty');
const ChangeNote = z.string().trim().max(1000);
const PartyIds = z
  .array(z.uuid())
  .min(1)
  .max(500)
  .nullable()
  .openapi({ description: 'The partners that are party; null or absent: all partners of the network, also those that join later' });

export const CreateAgreementBody = z
  .strictObject({
    kind: KindSchema,
    title: Title,
    partyIds: PartyIds.optional(),
    reviewOn: CalendarDate.nullable().optional(),
    body: Body.openapi({ description: 'The text of version 1, in Markdown' }),
    changeNote: ChangeNote.optional(),
  })
  .openapi('CreateAgreement');

export const UpdateAgreementBody = z
  .strictObject({
    title: Title.optional(),
    reviewOn: CalendarDate.nullable().optional().openapi({ description: 'null clears the review date' }),
    partyIds: PartyIds.optional(),
  })
  .openapi('UpdateAgreement');

export const NewVersionBody = z
  .strictObject({
    baseVersion: z.number().int().min(0).openapi({ description: 'The version this text is based on; a stale one gets 409 with the current version' }),
    body: Body,
    changeNote: ChangeNote.min(1).openapi({ description: 'What changed and why' }),
  })
  .openapi('NewAgreementVersion');

export const ProposeBody = z.strictObject({ version: z.number().int().min(1).openapi({ description: 'The latest version, put up for ratification' }) }).openapi('ProposeAgreement');

export const RatifyBody = z
  .strictObject({
    version: z.number().int().min(1).openapi({ description: 'The proposed version this decision is about' }),
    decision: z.enum(['consent', 'objection']),
    reason: z.string().trim().max(5000).optional().openapi({ description: 'Required with an objection' }),
  })
  .openapi('Ratify');

export const EndBody = z.strictObject({ reason: z.string().trim().min(3).max(5000) }).openapi('EndAgreement');

export const AgreementListQuery = PageQuery.extend({
  status: StatusSchema.optional().openapi({ param: { name: 'status', in: 'query' } }),
  kind: KindSchema.optional().openapi({ param: { name: 'kind', in: 'query' } }),
});

export const AgreementParams = NetworkParams.extend({ agreementId: IdParam.openapi({ param: { name: 'agreementId', in: 'path' } }) });
export const VersionParams = AgreementParams.extend({
  version: z.coerce.number().int().min(1).openapi({ param: { name: 'version', in: 'path' }, example: 1 }),
});
export const DiffQuery = z.object({
  from: z.coerce.number().int().min(1).openapi({ param: { name: 'from', in: 'query' } }),
  to: z.coerce.number().int().min(1).openapi({ param: { name: 'to', in: 'query' } }),
});

export const DiffSchema = z
  .object({
    from: z.number().int(),
    to: z.number().int(),
    parts: z.array(z.object({ kind: z.enum(['same', 'added', 'removed']), text: z.string() })).openapi({ description: 'Word-level: same + removed is the old text, same + added the new' }),
  })
  .openapi('AgreementDiff');

const Decision = z
  .object({
    decision: z.enum(['consent', 'objection', 'waiting']),
    reason: z.string().nullable(),
    decidedBy: Person.nullable(),
    decidedAt: Timestamp.nullable(),
  })
  .openapi('RatificationDecision');

export const RatificationsSchema = z
  .object({
    proposedVersion: z.number().int().nullable(),
    versionInForce: z.number().int().nullable(),
    parties: z.array(
      z.object({
        partner: PartnerRef,
        proposed: Decision.nullable().openapi({ description: 'The decision on the proposed version; null when none is proposed' }),
        inForce: Decision.nullable().openapi({ description: 'The decision on the version in force; null when none is in force' }),
      }),
    ),
  })
  .openapi('AgreementRatifications');

export const TemplateQuery = z.object({
  kind: z.enum(['ground_rules']).default('ground_rules').openapi({ param: { name: 'kind', in: 'query' } }),
  lang: z.enum(['nl', 'en']).default('nl').openapi({ param: { name: 'lang', in: 'query' } }),
});

export const TemplateSchema = z
  .object({
    kind: z.enum(['ground_rules']),
    lang: z.enum(['nl', 'en']),
    title: z.string(),
    body: z.string().openapi({ description: 'Markdown: one section per core question, with guiding questions' }),
  })
  .openapi('AgreementTemplate');
