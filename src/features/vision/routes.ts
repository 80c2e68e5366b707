import { createRoute } from '@hono/zod-openapi';
import { conflictResponse, errorResponses, jsonBody, jsonResponse, NetworkParams } from '../../http/openapi.ts';
import { newRouter } from '../../http/router.ts';
import { callerOf } from '../../http/session.ts';
import { StoryParams } from '../stories/schemas.ts';
import { deleteStatement, updateStatement } from './change-statement.ts';
import { createStatement } from './create-statement.ts';
import { getVision } from './get-vision.ts';
import { CreateStatementBody, StatementParams, StatementSchema, StoryToStatementBody, UpdateStatementBody, VisionSchema } from './schemas.ts';
import { supportStatement } from './support-statement.ts';

const tags = ['vision'];

export const visionRoutes = newRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/networks/{networkId}/vision',
      tags,
      summary: 'The vision: what we see when our collaboration succeeds, statements most supported first',
      request: { params: NetworkParams },
      responses: { 200: jsonResponse(VisionSchema, 'The statements with their supporting partners'), ...errorResponses },
    }),
    async (c) => c.json(await getVision(c.var.deps, { membership: c.var.membership }), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/networks/{networkId}/vision',
      tags,
      summary: 'Add a statement to the vision, optionally grown from a success story (every role but observer)',
      request: { params: NetworkParams, body: jsonBody(CreateStatementBody) },
      responses: { 201: jsonResponse(StatementSchema, 'The new statement'), ...errorResponses },
    }),
    async (c) => c.json(await createStatement(c.var.deps, { ...callerOf(c), statement: c.req.valid('json') }), 201),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/networks/{networkId}/vision/{statementId}',
      tags,
      summary: 'Reword a statement (its author or the coordinator); the support given so far is withdrawn',
      request: { params: StatementParams, body: jsonBody(UpdateStatementBody) },
      responses: { 200: jsonResponse(StatementSchema, 'The changed statement'), ...errorResponses, ...conflictResponse },
    }),
    async (c) => c.json(await updateStatement(c.var.deps, { ...callerOf(c), statementId: c.req.valid('param').statementId, changes: c.req.valid('json') }), 200),
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/networks/{networkId}/vision/{statementId}',
      tags,
      summary: 'Delete a statement (its author or the coordinator)',
      request: { params: StatementParams },
      responses: { 200: jsonResponse(StatementSchema, 'The deleted statement, as it was'), ...errorResponses },
    }),
    async (c) => c.json(await deleteStatement(c.var.deps, { ...callerOf(c), statementId: c.req.valid('param').statementId }), 200),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/networks/{networkId}/vision/{statementId}/support',
      tags,
      summary: 'Support the statement on behalf of your partner (a representative)',
      request: { params: StatementParams },
      responses: { 200: jsonResponse(StatementSchema, 'The statement with its supporters'), ...errorResponses },
    }),
    async (c) => c.json(await supportStatement(c.var.deps, { ...callerOf(c), statementId: c.req.valid('param').statementId, support: true }), 200),
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/networks/{networkId}/vision/{statementId}/support',
      tags,
      summary: "Withdraw your partner's support of the statement (a representative)",
      request: { params: StatementParams },
      responses: { 200: jsonResponse(StatementSchema, 'The statement with its supporters'), ...errorResponses },
    }),
    async (c) => c.json(await supportStatement(c.var.deps, { ...callerOf(c), statementId: c.req.valid('param').statementId, support: false }), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/networks/{networkId}/stories/{storyId}/statement',
      tags,
      summary: 'Turn a success story into a vision statement (every role but observer)',
      request: { params: StoryParams, body: jsonBody(StoryToStatementBody) },
      responses: { 201: jsonResponse(StatementSchema, 'The new statement, linked to the story'), ...errorResponses },
    }),
    async (c) => {
      const statement = { text: c.req.valid('json').text, fromStoryId: c.req.valid('param').storyId, storyInPath: true };
      return c.json(await createStatement(c.var.deps, { ...callerOf(c), statement }), 201);
    },
  );
