import { z } from '@hono/zod-openapi';
import { MAX_TAG_LENGTH, MAX_TAGS } from '../../domain/dialogue.ts';
import { IdParam, NetworkParams, PageQuery, Timestamp } from '../../http/openapi.ts';
import { DraftQuery } from '../differences/schemas.ts';

const Ref = z.object({ id: z.uuid(), name: z.string() });

export const StorySchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    whatHappened: z.string(),
    whatMadeItWork: z.string(),
    tags: z.array(z.string()),
    partners: z.array(Ref).openapi({ description: 'The partners involved, by name' }),
    supporters: z.array(Ref).openapi({ description: 'The partners that support the story, by name' }),
    draft: z.boolean(),
    originRoundId: z.uuid().nullable(),
    version: z.number().int(),
    createdBy: Ref,
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .openapi('Story');

const Title = z.string().trim().min(2).max(200);
const Text = z.string().trim().max(5000);
const Tags = z
  .array(z.string().max(MAX_TAG_LENGTH))
  .max(MAX_TAGS)
  .openapi({ description: 'Free tags; stored trimmed, in lower case and each once', example: ['nachtzorg', 'lvb'] });
const PartnerIds = z.array(z.uuid()).max(100).openapi({ description: 'The partners involved' });

export const CreateStoryBody = z
  .strictObject({
    title: Title.openapi({ example: 'Binnen vier uur een logeerplek voor Sem' }),
    whatHappened: Text.optional(),
    whatMadeItWork: Text.optional(),
    partnerIds: PartnerIds.optional(),
    tags: Tags.optional(),
  })
  .openapi('CreateStory');

export const UpdateStoryBody = z
  .strictObject({
    baseVersion: z.number().int().min(0).openapi({ description: 'The version this change is based on; a stale one gets 409' }),
    title: Title.optional(),
    whatHappened: Text.optional(),
    whatMadeItWork: Text.optional(),
    partnerIds: PartnerIds.optional(),
    tags: Tags.optional(),
    draft: z.literal(false).optional().openapi({ description: 'false publishes a draft (coordinator)' }),
  })
  .openapi('UpdateStory');

export const ListStoriesQuery = PageQuery.extend({
  tag: z.string().max(MAX_TAG_LENGTH).optional().openapi({ param: { name: 'tag', in: 'query' } }),
  draft: DraftQuery,
});

export const StoryParams = NetworkParams.extend({ storyId: IdParam.openapi({ param: { name: 'storyId', in: 'path' } }) });
