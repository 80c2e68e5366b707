import { createRoute, z } from '@hono/zod-openapi';
import { conflictResponse, errorResponses, jsonBody, jsonResponse, NetworkParams } from '../../http/openapi.ts';
import { newRouter } from '../../http/router.ts';
import { callerOf } from '../../http/session.ts';
import { createCapability } from './create-capability.ts';
import { deleteCapability } from './delete-capability.ts';
import { deleteRequirement } from './delete-requirement.ts';
import { listCapabilities } from './list-capabilities.ts';
import { listRequirements } from './list-requirements.ts';
import { saveRequirement } from './save-requirement.ts';
import { CapabilityParams, CapabilitySchema, CreateCapabilityBody, RequirementSchema, SaveRequirementBody, UpdateCapabilityBody } from './schemas.ts';
import { updateCapability } from './update-capability.ts';

const tags = ['availability'];

/** The capabilities of the crisis route and what each requires (DESIGN §5.6); the coordinator sets them up. */
export const capabilityRoutes = newRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/networks/{networkId}/capabilities',
      tags,
      summary: 'The capabilities of the crisis route, by name, each with its requirement and number of slots',
      request: { params: NetworkParams },
      responses: { 200: jsonResponse(z.object({ items: z.array(CapabilitySchema) }), 'Every capability (a network has a handful)'), ...errorResponses },
    }),
    async (c) => c.json({ items: await listCapabilities(c.var.deps, { membership: c.var.membership }) }, 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/networks/{networkId}/capabilities',
      tags,
      summary: 'Define a capability, e.g. "GGZ-crisisbeoordeling" (coordinator); names are unique per network, ignoring case',
      request: { params: NetworkParams, body: jsonBody(CreateCapabilityBody) },
      responses: { 201: jsonResponse(CapabilitySchema, 'The new capability'), ...errorResponses, ...conflictResponse },
    }),
    async (c) => c.json(await createCapability(c.var.deps, { ...callerOf(c), capability: c.req.valid('json') }), 201),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/networks/{networkId}/capabilities/{capabilityId}',
      tags,
      summary: "Change a capability's name, description or escalation route (coordinator)",
      request: { params: CapabilityParams, body: jsonBody(UpdateCapabilityBody) },
      responses: { 200: jsonResponse(CapabilitySchema, 'The changed capability'), ...errorResponses, ...conflictResponse },
    }),
    async (c) => c.json(await updateCapability(c.var.deps, { ...callerOf(c), capabilityId: c.req.valid('param').capabilityId, changes: c.req.valid('json') }), 200),
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/networks/{networkId}/capabilities/{capabilityId}',
      tags,
      summary: 'Delete a capability with its requirement, slots and exceptions (coordinator)',
      request: { params: CapabilityParams },
      responses: { 200: jsonResponse(CapabilitySchema, 'The deleted capability, as it was'), ...errorResponses },
    }),
    async (c) => c.json(await deleteCapability(c.var.deps, { ...callerOf(c), capabilityId: c.req.valid('param').capabilityId }), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/networks/{networkId}/requirements',
      tags,
      summary: 'What each capability requires: weekly windows (or around the clock) and a minimum number of partners',
      request: { params: NetworkParams },
      responses: { 200: jsonResponse(z.object({ items: z.array(RequirementSchema) }), 'One per capability that has a requirement'), ...errorResponses },
    }),
    async (c) => c.json({ items: await listRequirements(c.var.deps, { membership: c.var.membership }) }, 200),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/networks/{networkId}/requirements/{capabilityId}',
      tags,
      summary: "Set a capability's requirement (coordinator)",
      request: { params: CapabilityParams, body: jsonBody(SaveRequirementBody) },
      responses: { 200: jsonResponse(RequirementSchema, 'The requirement'), ...errorResponses },
    }),
    async (c) => c.json(await saveRequirement(c.var.deps, { ...callerOf(c), capabilityId: c.req.valid('param').capabilityId, requirement: c.req.valid('json') }), 200),
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/networks/{networkId}/requirements/{capabilityId}',
      tags,
      summary: "Remove a capability's requirement (coordinator)",
      request: { params: CapabilityParams },
      responses: { 200: jsonResponse(RequirementSchema, 'The removed requirement, as it was'), ...errorResponses },
    }),
    async (c) => c.json(await deleteRequirement(c.var.deps, { ...callerOf(c), capabilityId: c.req.valid('param').capabilityId }), 200),
  );
