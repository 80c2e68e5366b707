import { z } from '@hono/zod-openapi';
import { MAX_CLAIM } from '../../domain/value-map.ts';
import { IdParam, NetworkParams, Timestamp } from '../../http/openapi.ts';

export const ValueDimensionSchema = z.object({ id: z.uuid(), name: z.string(), position: z.number().int() }).openapi('ValueDimension');

const ShownScore = z
  .object({ value: z.number().nullable(), respondents: z.number().int(), insufficient: z.boolean().optional() })
  .openapi('ShownScore', { description: 'A score on 0–100, or value null with insufficient: true when it rests on fewer than k respondents (DESIGN §5.3)' });

export const ValueMapRowSchema = z
  .object({
    partnerId: z.uuid(),
    partnerName: z.string(),
    claims: z.array(z.object({ dimensionId: z.uuid(), score: z.number().int().min(0).max(MAX_CLAIM) })).openapi({ description: 'What the partner says it contributes, 0–3 per dimension' }),
    claimed: z.number().nullable().openapi({ description: 'The mean claim scaled to 0–100 (3 is 100); null without claims' }),
    perceived: ShownScore.nullable().openapi({ description: 'Received value V(·→B) of the last closed round (DESIGN §5.2); null without a closed round' }),
    gap: z.number().nullable().openapi({ description: 'claimed − perceived; positive when the partner claims more than the others perceive' }),
    flagged: z.boolean().openapi({ description: 'The gap is at least gapThreshold points either way' }),
  })
  .openapi('ValueMapRow');

export const ValueMapSchema = z
  .object({
    dimensions: z.array(ValueDimensionSchema),
    partners: z.array(ValueMapRowSchema).openapi({ description: 'Every partner, by name' }),
    round: z.object({ id: z.uuid(), title: z.string(), closedAt: Timestamp.nullable() }).nullable().openapi({ description: 'The closed round the perceived value comes from' }),
    gapThreshold: z.number(),
    maxClaim: z.number().int(),
  })
  .openapi('ValueMap');

export const ValueGapSchema = z
  .object({ partnerId: z.uuid(), partnerName: z.string(), dimension: z.string().optional(), claimed: z.number(), perceived: z.number(), gap: z.number() })
  .openapi('ValueGap');

const DimensionName = z.string().trim().min(2).max(80);

export const AddDimensionBody = z.strictObject({ name: DimensionName.openapi({ example: 'Nachtelijke bereikbaarheid' }) }).openapi('AddValueDimension');
export const UpdateDimensionBody = z
  .strictObject({ name: DimensionName.optional(), position: z.number().int().min(0).max(1000).optional().openapi({ description: 'Place in the order, 0 first' }) })
  .openapi('UpdateValueDimension');

export const SaveClaimsBody = z
  .strictObject({
    claims: z
      .array(z.strictObject({ dimensionId: z.uuid(), score: z.number().int().min(0).max(MAX_CLAIM).nullable().openapi({ description: '0–3, or null to withdraw the claim' }) }))
      .max(100),
  })
  .openapi('SaveValueClaims');

export const DimensionParams = NetworkParams.extend({ dimensionId: IdParam.openapi({ param: { name: 'dimensionId', in: 'path' } }) });
export const ClaimParams = NetworkParams.extend({ partnerId: IdParam.openapi({ param: { name: 'partnerId', in: 'path' } }) });
