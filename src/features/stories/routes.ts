import { createRoute } from '@hono/zod-openapi';
import { conflictResponse, errorResponses, jsonBody, jsonResponse, NetworkParams, pageSchema } from '../../http/openapi.ts';
import { newRouter } from '../../http/router.ts';
import { callerOf } from '../../http/session.ts';
import { createStory } from './create-story.ts';
import { deleteStory } from './delete-story.ts';
import { getStory } from './get-story.ts';
import { listStories } from './list-stories.ts';
import { CreateStoryBody, ListStoriesQuery, StoryParams, StorySchema, UpdateStoryBody } from './schemas.ts';
import { supportStory } from './support-story.ts';
import { updateStory } from './update-story.ts';

const tags = ['stories'];

export const storyRoutes = newRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/networks/{networkId}/stories',
      tags,
      summary: 'Success stories, newest first; filter by tag; ?draft=true lists the drafts from a round (coordinator)',
      request: { params: NetworkParams, query: ListStoriesQuery },
      responses: { 200: jsonResponse(pageSchema(StorySchema), 'Stories with their partners and supporters'), ...errorResponses },
    }),
    async (c) => c.json(await listStories(c.var.deps, { membership: c.var.membership, filter: c.req.valid('query') }), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/networks/{networkId}/stories',
      tags,
      summary: 'Tell a success story: what happened, who was involved, what made it work (every role but observer)',
      request: { params: NetworkParams, body: jsonBody(CreateStoryBody) },
      responses: { 201: jsonResponse(StorySchema, 'The new story'), ...errorResponses },
    }),
    async (c) => c.json(await createStory(c.var.deps, { ...callerOf(c), story: c.req.valid('json') }), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/networks/{networkId}/stories/{storyId}',
      tags,
      summary: 'One success story',
      request: { params: StoryParams },
      responses: { 200: jsonResponse(StorySchema, 'The story'), ...errorResponses },
    }),
    async (c) => c.json(await getStory(c.var.deps, { membership: c.var.membership, storyId: c.req.valid('param').storyId }), 200),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/networks/{networkId}/stories/{storyId}',
      tags,
      summary: 'Change a story (its author or the coordinator); draft: false publishes a draft',
      request: { params: StoryParams, body: jsonBody(UpdateStoryBody) },
      responses: { 200: jsonResponse(StorySchema, 'The changed story'), ...errorResponses, ...conflictResponse },
    }),
    async (c) => c.json(await updateStory(c.var.deps, { ...callerOf(c), storyId: c.req.valid('param').storyId, changes: c.req.valid('json') }), 200),
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/networks/{networkId}/stories/{storyId}',
      tags,
      summary: 'Delete a story (its author or the coordinator)',
      request: { params: StoryParams },
      responses: { 200: jsonResponse(StorySchema, 'The deleted story, as it was'), ...errorResponses },
    }),
    async (c) => c.json(await deleteStory(c.var.deps, { ...callerOf(c), storyId: c.req.valid('param').storyId }), 200),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/networks/{networkId}/stories/{storyId}/support',
      tags,
      summary: 'Support the story on behalf of your partner (a representative)',
      request: { params: StoryParams },
      responses: { 200: jsonResponse(StorySchema, 'The story with its supporters'), ...errorResponses },
    }),
    async (c) => c.json(await supportStory(c.var.deps, { ...callerOf(c), storyId: c.req.valid('param').storyId, support: true }), 200),
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/networks/{networkId}/stories/{storyId}/support',
      tags,
      summary: "Withdraw your partner's support of the story (a representative)",
      request: { params: StoryParams },
      responses: { 200: jsonResponse(StorySchema, 'The story with its supporters'), ...errorResponses },
    }),
    async (c) => c.json(await supportStory(c.var.deps, { ...callerOf(c), storyId: c.req.valid('param').storyId, support: false }), 200),
  );
