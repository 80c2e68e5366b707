import { createRoute } from '@hono/zod-openapi';
import { errorResponses, jsonBody, jsonResponse, NetworkParams, pageSchema } from '../../http/openapi.ts';
import { newRouter } from '../../http/router.ts';
import { callerOf } from '../../http/session.ts';
import { createException } from './create-exception.ts';
import { createSlot } from './create-slot.ts';
import { deleteException } from './delete-exception.ts';
import { deleteSlot } from './delete-slot.ts';
import { getAvailableNow } from './get-available-now.ts';
import { getCoverage } from './get-coverage.ts';
import { listExceptions } from './list-exceptions.ts';
import { listSlots } from './list-slots.ts';
import {
  AvailableNowQuery,
  AvailableNowSchema,
  CoverageQuery,
  CoverageSchema,
  CreateExceptionBody,
  CreateSlotBody,
  ExceptionParams,
  ExceptionQuery,
  ExceptionSchema,
  SlotParams,
  SlotQuery,
  SlotSchema,
  UpdateExceptionBody,
  UpdateSlotBody,
} from './schemas.ts';
import { updateException } from './update-exception.ts';
import { updateSlot } from './update-slot.ts';

const tags = ['availability'];

/** Slots, exceptions, coverage and "who can I call now?" of the crisis route (DESIGN §5.6). */
export const availabilityRoutes = newRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/networks/{networkId}/availability-slots',
      tags,
      summary: 'Weekly availability slots, filtered by capability and/or partner, oldest first',
      request: { params: NetworkParams, query: SlotQuery },
      responses: { 200: jsonResponse(pageSchema(SlotSchema), 'One page of slots'), ...errorResponses },
    }),
    async (c) => c.json(await listSlots(c.var.deps, { membership: c.var.membership, filter: c.req.valid('query') }), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/networks/{networkId}/availability-slots',
      tags,
      summary: 'Add a weekly slot in Europe/Amsterdam time (coordinator for any partner, a representative for their own)',
      request: { params: NetworkParams, body: jsonBody(CreateSlotBody) },
      responses: { 201: jsonResponse(SlotSchema, 'The new slot'), ...errorResponses },
    }),
    async (c) => c.json(await createSlot(c.var.deps, { ...callerOf(c), slot: c.req.valid('json') }), 201),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/networks/{networkId}/availability-slots/{slotId}',
      tags,
      summary: 'Change a slot (coordinator, or a representative of its partner)',
      request: { params: SlotParams, body: jsonBody(UpdateSlotBody) },
      responses: { 200: jsonResponse(SlotSchema, 'The changed slot'), ...errorResponses },
    }),
    async (c) => c.json(await updateSlot(c.var.deps, { ...callerOf(c), slotId: c.req.valid('param').slotId, changes: c.req.valid('json') }), 200),
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/networks/{networkId}/availability-slots/{slotId}',
      tags,
      summary: 'Delete a slot (coordinator, or a representative of its partner)',
      request: { params: SlotParams },
      responses: { 200: jsonResponse(SlotSchema, 'The deleted slot, as it was'), ...errorResponses },
    }),
    async (c) => c.json(await deleteSlot(c.var.deps, { ...callerOf(c), slotId: c.req.valid('param').slotId }), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/networks/{networkId}/availability-exceptions',
      tags,
      summary: 'Dates partners are not available (holidays, closures), newest recorded first',
      request: { params: NetworkParams, query: ExceptionQuery },
      responses: { 200: jsonResponse(pageSchema(ExceptionSchema), 'One page of exceptions'), ...errorResponses },
    }),
    async (c) => c.json(await listExceptions(c.var.deps, { membership: c.var.membership, filter: c.req.valid('query') }), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/networks/{networkId}/availability-exceptions',
      tags,
      summary: 'Record dates a partner is not available, for one capability or all (coordinator, or the partner’s representative)',
      request: { params: NetworkParams, body: jsonBody(CreateExceptionBody) },
      responses: { 201: jsonResponse(ExceptionSchema, 'The new exception'), ...errorResponses },
    }),
    async (c) => c.json(await createException(c.var.deps, { ...callerOf(c), exception: c.req.valid('json') }), 201),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/networks/{networkId}/availability-exceptions/{exceptionId}',
      tags,
      summary: 'Change an exception (coordinator, or a representative of its partner)',
      request: { params: ExceptionParams, body: jsonBody(UpdateExceptionBody) },
      responses: { 200: jsonResponse(ExceptionSchema, 'The changed exception'), ...errorResponses },
    }),
    async (c) => c.json(await updateException(c.var.deps, { ...callerOf(c), exceptionId: c.req.valid('param').exceptionId, changes: c.req.valid('json') }), 200),
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/networks/{networkId}/availability-exceptions/{exceptionId}',
      tags,
      summary: 'Delete an exception (coordinator, or a representative of its partner)',
      request: { params: ExceptionParams },
      responses: { 200: jsonResponse(ExceptionSchema, 'The deleted exception, as it was'), ...errorResponses },
    }),
    async (c) => c.json(await deleteException(c.var.deps, { ...callerOf(c), exceptionId: c.req.valid('param').exceptionId }), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/networks/{networkId}/coverage',
      tags,
      summary: 'Coverage of a capability over a period (at most 400 days): gaps with have/need, single points of failure, covered share',
      request: { params: NetworkParams, query: CoverageQuery },
      responses: { 200: jsonResponse(CoverageSchema, 'The coverage, times with the Europe/Amsterdam offset'), ...errorResponses },
    }),
    async (c) => c.json(await getCoverage(c.var.deps, { membership: c.var.membership, query: c.req.valid('query') }), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/networks/{networkId}/available-now',
      tags,
      summary: '"Who can I call now?": the partners available for a capability at a moment (default now), by priority, with their contact route',
      request: { params: NetworkParams, query: AvailableNowQuery },
      responses: { 200: jsonResponse(AvailableNowSchema, 'The partners, and whom to escalate to when there are none'), ...errorResponses },
    }),
    async (c) => c.json(await getAvailableNow(c.var.deps, { membership: c.var.membership, query: c.req.valid('query') }), 200),
  );
