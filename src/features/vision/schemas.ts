import { z } from '@hono/zod-openapi';
import { IdParam, NetworkParams, Timestamp } from '../../http/openapi.ts';

const Ref = z.object({ id: z.uuid(), name: z.string() });

export const StatementSchema = z
  .object({
    id: z.uuid(),
    text: z.string(),
    fromStory: z.object({ id: z.uuid(), title: z.string() }).nullable().openapi({ description: 'The success story the statement was made from' }),
    supporters: z.array(Ref).openapi({ description: 'The partners that support the statement, by name' }),
    version: z.number().int(),
    createdBy: Ref,
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .openapi('VisionStatement');

export const VisionSchema = z
  .object({
    statements: z.array(StatementSchema).openapi({ description: 'Most supported first; equal support, oldest first' }),
    partnerCount: z.number().int().openapi({ description: 'The number of partners in the network, the most support a statement can get' }),
  })
  .openapi('Vision');

const Text = z.string().trim().min(2).max(1000);

export const CreateStatementBody = z
  .strictObject({
    text: Text.openapi({ example: 'Een jongere in crisis vertelt zijn verhaal één keer.' }),
    fromStoryId: z.uuid().optional().openapi({ description: 'The success story the statement grew from' }),
  })
  .openapi('CreateVisionStatement');

export const UpdateStatementBody = z
  .strictObject({
    baseVersion: z.number().int().min(0).openapi({ description: 'The version this change is based on; a stale one gets 409' }),
    text: Text,
  })
  .openapi('UpdateVisionStatement', { description: 'A new text withdraws the support given so far: partners supported the old words' });

export const StoryToStatementBody = z
  .strictObject({ text: Text.optional().openapi({ description: "The statement's words; the story's title when left out" }) })
  .openapi('StoryToStatement');

export const StatementParams = NetworkParams.extend({ statementId: IdParam.openapi({ param: { name: 'statementId', in: 'path' } }) });
