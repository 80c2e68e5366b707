import { z } from '@hono/zod-openapi';
import { IdParam, NetworkParams, PageQuery, Timestamp } from '../../http/openapi.ts';

export const REQUEST_STATUSES = ['open', 'accepted', 'declined', 'fulfilled', 'withdrawn'] as const;
const Ref = z.object({ id: z.uuid(), name: z.string() });

export const RequestSchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    description: z.string(),
    status: z.enum(REQUEST_STATUSES),
    reason: z.string().nullable().openapi({ description: 'Why it was declined' }),
    from: Ref.nullable().openapi({ description: "The partner that asks; null only on a draft made from a round's open answer, which names no partner (DESIGN §5.3) until the coordinator names one" }),
    to: Ref.nullable().openapi({ description: 'The partner asked; null for a request to the whole network' }),
    provider: Ref.nullable().openapi({ description: 'The partner that accepted and does it' }),
    offer: z.object({ id: z.uuid(), title: z.string() }).nullable().openapi({ description: 'The offer this request took up' }),
    draft: z.boolean().openapi({ description: 'A draft from a round, seen by the coordinator only until published' }),
    originRoundId: z.uuid().nullable(),
    unansweredLong: z.boolean().openapi({ description: 'Open for more than 14 days without an answer' }),
    createdBy: Ref,
    createdAt: Timestamp,
    answeredAt: Timestamp.nullable(),
    fulfilledAt: Timestamp.nullable(),
    updatedAt: Timestamp,
    version: z.number().int(),
  })
  .openapi('Request');

const Title = z.string().trim().min(2).max(200);
const Description = z.string().max(5000);

export const CreateRequestBody = z
  .strictObject({
    toPartnerId: z.uuid().nullable().openapi({ description: 'The partner you ask; null asks the whole network' }),
    title: Title.openapi({ example: 'Meekijken bij een crisisbeoordeling in het weekend' }),
    description: Description.optional(),
  })
  .openapi('CreateRequest');

export const UpdateRequestBody = z
  .strictObject({
    baseVersion: z.number().int().min(0),
    title: Title.optional(),
    description: Description.optional(),
    toPartnerId: z.uuid().nullable().optional().openapi({ description: 'Only while the request is a draft' }),
    fromPartnerId: z.uuid().optional().openapi({ description: 'Only while the request is a draft: the partner that asks' }),
    draft: z.literal(false).optional().openapi({ description: 'false publishes a draft (coordinator)' }),
  })
  .openapi('UpdateRequest');

export const MoveRequestBody = z
  .strictObject({
    to: z.enum(['accepted', 'declined', 'fulfilled', 'withdrawn']),
    reason: z.string().trim().max(2000).optional().openapi({ description: 'Required when declining' }),
  })
  .openapi('MoveRequest');

export const RequestListQuery = PageQuery.extend({
  status: z.enum(REQUEST_STATUSES).optional().openapi({ param: { name: 'status', in: 'query' } }),
  partnerId: z.uuid().optional().openapi({ param: { name: 'partnerId', in: 'query', description: 'Requests this partner asked, was asked or provides' } }),
  direction: z
    .enum(['incoming', 'outgoing', 'network'])
    .optional()
    .openapi({
      param: {
        name: 'direction',
        in: 'query',
        description: "Relative to partnerId, or else to the caller's partner: incoming (asked of it), outgoing (asked by it); network: asked of the whole network",
      },
    }),
  draft: z.enum(['true', 'false']).optional().openapi({ param: { name: 'draft', in: 'query', description: 'true: the drafts from rounds (coordinator only)' } }),
});

export const RequestParams = NetworkParams.extend({ requestId: IdParam.openapi({ param: { name: 'requestId', in: 'path' } }) });

export const ReciprocitySchema = z
  .object({
    since: Timestamp.openapi({ description: 'Start of the window: twelve months ago' }),
    until: Timestamp,
    items: z.array(
      z.object({
        partnerId: z.uuid(),
        partnerName: z.string(),
        given: z.number().int().openapi({ description: 'Fulfilled requests it did for others' }),
        received: z.number().int().openapi({ description: 'Fulfilled requests others did for it' }),
        balance: z.number().openapi({ description: '(given − received) / (given + received); 0 when both are 0' }),
      }),
    ),
  })
  .openapi('Reciprocity');
