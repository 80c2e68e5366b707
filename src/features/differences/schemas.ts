import { z } from '@hono/zod-openapi';
import { DIFFERENCE_STATUSES } from '../../domain/development.ts';
import { IdParam, NetworkParams, PageQuery, Timestamp } from '../../http/openapi.ts';

export const DIFFERENCE_KINDS = ['values', 'interests', 'work_logic', 'practice'] as const;

export const DifferenceKindSchema = z.enum(DIFFERENCE_KINDS).openapi({ description: 'A difference in values, interests, work logic or practice' });
export const DifferenceStatusSchema = z
  .enum(DIFFERENCE_STATUSES)
  .openapi({ description: 'named → explored → discussed → resolved (by an agreement) or accepted ("we live with this difference")' });

const PersonRef = z.object({ id: z.uuid(), name: z.string() });

/** "true" lists the drafts from a round (coordinator only); otherwise the published ones. */
export const DraftQuery = z
  .enum(['true', 'false'])
  .optional()
  .transform((v) => v === 'true')
  .openapi({ param: { name: 'draft', in: 'query' }, description: 'true: the drafts made from a round’s open answers (coordinator only)' });

export const DifferencePartyView = z
  .object({
    id: z.uuid(),
    name: z.string(),
    view: z.string().openapi({ description: "The partner's own view, written by its representative; empty until then" }),
    viewUpdatedAt: Timestamp.nullable(),
    viewUpdatedBy: PersonRef.nullable(),
  })
  .openapi('DifferenceParty');

export const DifferenceSchema = z
  .object({
    id: z.uuid(),
    topic: z.string(),
    description: z.string(),
    kind: DifferenceKindSchema,
    status: DifferenceStatusSchema,
    resolvedBy: z.object({ id: z.uuid(), title: z.string() }).nullable().openapi({ description: 'The agreement that resolved the difference' }),
    partners: z.array(DifferencePartyView).openapi({ description: 'The partners involved, by name, each with its own view' }),
    draft: z.boolean(),
    originRoundId: z.uuid().nullable().openapi({ description: 'The round whose open answers the draft came from' }),
    version: z.number().int(),
    createdBy: PersonRef,
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .openapi('Difference');

export const DifferenceStatusChangeSchema = z
  .object({
    id: z.uuid(),
    from: DifferenceStatusSchema.nullable(),
    to: DifferenceStatusSchema,
    note: z.string(),
    by: PersonRef,
    at: Timestamp,
  })
  .openapi('DifferenceStatusChange');

export const DifferenceDetailSchema = DifferenceSchema.extend({
  history: z.array(DifferenceStatusChangeSchema).openapi({ description: 'Every status change, oldest first, starting with "named"' }),
}).openapi('DifferenceDetail');

const Topic = z.string().trim().min(2).max(200);
const Description = z.string().trim().max(5000);
const PartnerIds = z.array(z.uuid()).min(1).max(100).openapi({ description: 'The partners involved (at least one); a representative includes their own' });

export const CreateDifferenceBody = z
  .strictObject({
    topic: Topic.openapi({ example: 'Wie is in de nacht verantwoordelijk voor een jongere met LVB in crisis?' }),
    description: Description.optional(),
    kind: DifferenceKindSchema,
    partnerIds: PartnerIds,
  })
  .openapi('CreateDifference');

export const UpdateDifferenceBody = z
  .strictObject({
    baseVersion: z.number().int().min(0).openapi({ description: 'The version this change is based on; a stale one gets 409' }),
    topic: Topic.optional(),
    description: Description.optional(),
    kind: DifferenceKindSchema.optional(),
    partnerIds: PartnerIds.optional().openapi({ description: 'Replaces the partners involved; the views of partners that stay are kept' }),
    draft: z.literal(false).optional().openapi({ description: 'false publishes a draft (coordinator)' }),
  })
  .openapi('UpdateDifference');

export const WriteViewBody = z
  .strictObject({ view: z.string().trim().max(5000).openapi({ description: "The partner's own view of the difference, in its own words" }) })
  .openapi('WriteDifferenceView');

export const MoveDifferenceBody = z
  .strictObject({
    to: DifferenceStatusSchema,
    note: z.string().trim().max(2000).optional().openapi({ description: 'What happened, e.g. where it was discussed' }),
    resolvingAgreementId: z.uuid().optional().openapi({ description: 'Required with to = resolved: the agreement of this network that resolved it' }),
  })
  .openapi('MoveDifference');

export const ListDifferencesQuery = PageQuery.extend({
  status: DifferenceStatusSchema.optional().openapi({ param: { name: 'status', in: 'query' } }),
  kind: DifferenceKindSchema.optional().openapi({ param: { name: 'kind', in: 'query' } }),
  draft: DraftQuery,
});

export const DifferenceParams = NetworkParams.extend({ differenceId: IdParam.openapi({ param: { name: 'differenceId', in: 'path' } }) });
export const DifferencePartnerParams = DifferenceParams.extend({ partnerId: IdParam.openapi({ param: { name: 'partnerId', in: 'path' } }) });
