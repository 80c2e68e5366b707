import { createRoute } from '@hono/zod-openapi';
import { conflictResponse, errorResponses, jsonBody, jsonResponse, NetworkParams, PageQuery, pageSchema } from '../../http/openapi.ts';
import { newRouter } from '../../http/router.ts';
import { callerOf } from '../../http/session.ts';
import { createTask } from './create-task.ts';
import { deleteTask } from './delete-task.ts';
import { getTask } from './get-task.ts';
import { listTasks } from './list-tasks.ts';
import { CreateTaskBody, TaskParams, TaskSchema, UpdateTaskBody } from './schemas.ts';
import { updateTask } from './update-task.ts';

const tags = ['task division'];

export const taskRoutes = newRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/networks/{networkId}/tasks',
      tags,
      summary: 'The task division: tasks with a RACI letter per partner, in the order they were added',
      request: { params: NetworkParams, query: PageQuery },
      responses: { 200: jsonResponse(pageSchema(TaskSchema), 'Tasks with their letters'), ...errorResponses },
    }),
    async (c) => c.json(await listTasks(c.var.deps, { membership: c.var.membership, page: c.req.valid('query') }), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/networks/{networkId}/tasks',
      tags,
      summary: 'Add a task with a RACI letter per partner; exactly one partner is accountable (coordinator)',
      request: { params: NetworkParams, body: jsonBody(CreateTaskBody) },
      responses: { 201: jsonResponse(TaskSchema, 'The new task'), ...errorResponses },
    }),
    async (c) => c.json(await createTask(c.var.deps, { ...callerOf(c), task: c.req.valid('json') }), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/networks/{networkId}/tasks/{taskId}',
      tags,
      summary: 'One task with its letters',
      request: { params: TaskParams },
      responses: { 200: jsonResponse(TaskSchema, 'The task'), ...errorResponses },
    }),
    async (c) => c.json(await getTask(c.var.deps, { membership: c.var.membership, taskId: c.req.valid('param').taskId }), 200),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/networks/{networkId}/tasks/{taskId}',
      tags,
      summary: 'Change a task or its letters (coordinator); a stale baseVersion gets 409',
      request: { params: TaskParams, body: jsonBody(UpdateTaskBody) },
      responses: { 200: jsonResponse(TaskSchema, 'The changed task'), ...errorResponses, ...conflictResponse },
    }),
    async (c) => c.json(await updateTask(c.var.deps, { ...callerOf(c), taskId: c.req.valid('param').taskId, changes: c.req.valid('json') }), 200),
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/networks/{networkId}/tasks/{taskId}',
      tags,
      summary: 'Remove a task from the task division (coordinator)',
      request: { params: TaskParams },
      responses: { 204: { description: 'Removed' }, ...errorResponses },
    }),
    async (c) => {
      await deleteTask(c.var.deps, { ...callerOf(c), taskId: c.req.valid('param').taskId });
      return c.body(null, 204);
    },
  );
