import { z } from '@hono/zod-openapi';
import { IdParam, NetworkParams, PageQuery, Timestamp } from '../../http/openapi.ts';

export const OfferSchema = z
  .object({
    id: z.uuid(),
    partner: z.object({ id: z.uuid(), name: z.string() }),
    title: z.string(),
    description: z.string(),
    active: z.boolean().openapi({ description: 'false: no longer on offer' }),
    createdBy: z.object({ id: z.uuid(), name: z.string() }),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .openapi('Offer');

const Title = z.string().trim().min(2).max(200);
const Description = z.string().max(5000);

export const CreateOfferBody = z
  .strictObject({
    partnerId: z.uuid().optional().openapi({ description: "The partner that offers; a representative's own partner when left out" }),
    title: Title.openapi({ example: 'Consultatie door een kinder- en jeugdpsychiater binnen 48 uur' }),
    description: Description.optional(),
  })
  .openapi('CreateOffer');

export const UpdateOfferBody = z
  .strictObject({
    title: Title.optional(),
    description: Description.optional(),
    active: z.boolean().optional().openapi({ description: 'false takes the offer off the list; true puts it back' }),
  })
  .openapi('UpdateOffer');

export const TakeUpOfferBody = z
  .strictObject({
    title: Title.optional().openapi({ description: "The request's title; the offer's title when left out" }),
    description: Description.optional().openapi({ description: 'What you need, concretely' }),
  })
  .openapi('TakeUpOffer');

export const OfferListQuery = PageQuery.extend({
  partnerId: z.uuid().optional().openapi({ param: { name: 'partnerId', in: 'query' } }),
  includeInactive: z.enum(['true', 'false']).optional().openapi({ param: { name: 'includeInactive', in: 'query', description: 'true: also offers taken off the list' } }),
});

export const OfferParams = NetworkParams.extend({ offerId: IdParam.openapi({ param: { name: 'offerId', in: 'path' } }) });
