import { z } from '@hono/zod-openapi';
import { IdParam, NetworkParams, PageQuery, Timestamp } from '../../http/openapi.ts';

const PersonRef = z.object({ id: z.uuid(), name: z.string() });

export const ConsequenceSchema = z
  .object({
    id: z.uuid().openapi({ description: 'The step id (…/steps/{id})' }),
    title: z.string(),
    status: z.enum(['open', 'claimed', 'done', 'dropped']),
    dueOn: z.string().nullable().openapi({ format: 'date' }),
    owner: PersonRef.nullable().openapi({ description: 'The person who claimed the step for themselves' }),
  })
  .openapi('DecisionConsequence');

export const DecisionSchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    description: z.string().openapi({ description: 'Markdown' }),
    session: z
      .object({ id: z.uuid(), title: z.string(), heldOn: z.string().openapi({ format: 'date' }) })
      .nullable()
      .openapi({ description: 'The session that took it; null once that session was deleted' }),
    consequences: z.array(ConsequenceSchema).openapi({ description: "The steps that serve this decision (servesKind 'decision'), dropped ones included" }),
    changesNothingTomorrow: z
      .boolean()
      .openapi({ description: 'True unless a step that is not dropped has an owner and a due date (DESIGN §5.8)' }),
    changesNothingBecause: z
      .enum(['no_step', 'not_claimed', 'no_date'])
      .nullable()
      .openapi({ description: 'Why it changes nothing tomorrow: no step yet, nobody claimed one, or the claimed steps have no date; null when it changes something' }),
    version: z.number().int(),
    createdBy: PersonRef,
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .openapi('Decision');

const Title = z.string().trim().min(2).max(300);
const Description = z.string().max(20_000);

export const CreateDecisionBody = z
  .strictObject({ title: Title.openapi({ example: 'Eén telefoonnummer voor crisismeldingen jeugd' }), description: Description.optional() })
  .openapi('CreateDecision');

export const UpdateDecisionBody = z
  .strictObject({
    baseVersion: z.number().int().min(0).openapi({ description: 'The version this change is based on; a stale one gets 409' }),
    title: Title.optional(),
    description: Description.optional(),
  })
  .openapi('UpdateDecision');

export const DecisionListQuery = PageQuery.extend({
  changesNothing: z
    .enum(['true', 'false'])
    .optional()
    .openapi({ param: { name: 'changesNothing', in: 'query' }, description: 'true: only decisions that change nothing tomorrow; false: only those with a consequence' }),
});

export const DecisionParams = NetworkParams.extend({ decisionId: IdParam.openapi({ param: { name: 'decisionId', in: 'path' } }) });
