import { createRoute, z } from '@hono/zod-openapi';
import { conflictResponse, errorResponses, jsonBody, jsonResponse, NetworkParams, PageQuery, pageSchema } from '../../http/openapi.ts';
import { newRouter } from '../../http/router.ts';
import { callerOf } from '../../http/session.ts';
import { confirmHistory } from './confirm-history.ts';
import { createHistoryEntry } from './create-history-entry.ts';
import { deleteHistoryEntry } from './delete-history-entry.ts';
import { getHistoryConfirmation, listHistoryConfirmations } from './get-history-confirmation.ts';
import { getHistoryEntry } from './get-history-entry.ts';
import { getHistoryMatrix } from './get-history-matrix.ts';
import { listHistoryEntries } from './list-history-entries.ts';
import {
  ConfirmHistoryBody,
  CreateHistoryEntryBody,
  HistoryConfirmationSchema,
  HistoryEntryParams,
  HistoryEntrySchema,
  HistoryMatrixSchema,
  PartnerParams,
  UpdateHistoryEntryBody,
} from './schemas.ts';
import { updateHistoryEntry } from './update-history-entry.ts';

const tags = ['shared history'];

// The fixed paths (matrix, confirmations) come before /history/{entryId}.
export const historyRoutes = newRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/networks/{networkId}/history/matrix',
      tags,
      summary: 'Which partners already know each other: per pair the number of shared entries and their outcomes',
      request: { params: NetworkParams },
      responses: { 200: jsonResponse(HistoryMatrixSchema, 'The partners and the pairs that share history'), ...errorResponses },
    }),
    async (c) => c.json(await getHistoryMatrix(c.var.deps, { membership: c.var.membership }), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/networks/{networkId}/history/confirmations',
      tags,
      summary: "Every partner's confirmation that its shared-history overview is complete",
      request: { params: NetworkParams },
      responses: { 200: jsonResponse(z.object({ items: z.array(HistoryConfirmationSchema) }), 'One status per partner, by name'), ...errorResponses },
    }),
    async (c) => c.json({ items: await listHistoryConfirmations(c.var.deps, { membership: c.var.membership }) }, 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/networks/{networkId}/history',
      tags,
      summary: 'Shared history: earlier collaborations between partners, newest recorded first',
      request: { params: NetworkParams, query: PageQuery },
      responses: { 200: jsonResponse(pageSchema(HistoryEntrySchema), 'Entries with their partners'), ...errorResponses },
    }),
    async (c) => c.json(await listHistoryEntries(c.var.deps, { membership: c.var.membership, page: c.req.valid('query') }), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/networks/{networkId}/history',
      tags,
      summary: 'Record an earlier collaboration of two or more partners (coordinator, or a representative of one of them)',
      request: { params: NetworkParams, body: jsonBody(CreateHistoryEntryBody) },
      responses: { 201: jsonResponse(HistoryEntrySchema, 'The new entry'), ...errorResponses },
    }),
    async (c) => c.json(await createHistoryEntry(c.var.deps, { ...callerOf(c), entry: c.req.valid('json') }), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/networks/{networkId}/history/{entryId}',
      tags,
      summary: 'One history entry',
      request: { params: HistoryEntryParams },
      responses: { 200: jsonResponse(HistoryEntrySchema, 'The entry'), ...errorResponses },
    }),
    async (c) => c.json(await getHistoryEntry(c.var.deps, { membership: c.var.membership, entryId: c.req.valid('param').entryId }), 200),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/networks/{networkId}/history/{entryId}',
      tags,
      summary: 'Change a history entry (coordinator, or a representative of an involved partner)',
      request: { params: HistoryEntryParams, body: jsonBody(UpdateHistoryEntryBody) },
      responses: { 200: jsonResponse(HistoryEntrySchema, 'The changed entry'), ...errorResponses, ...conflictResponse },
    }),
    async (c) => c.json(await updateHistoryEntry(c.var.deps, { ...callerOf(c), entryId: c.req.valid('param').entryId, changes: c.req.valid('json') }), 200),
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/networks/{networkId}/history/{entryId}',
      tags,
      summary: 'Delete a history entry (coordinator, or a representative of an involved partner)',
      request: { params: HistoryEntryParams },
      responses: { 200: jsonResponse(HistoryEntrySchema, 'The deleted entry, as it was'), ...errorResponses },
    }),
    async (c) => c.json(await deleteHistoryEntry(c.var.deps, { ...callerOf(c), entryId: c.req.valid('param').entryId }), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/networks/{networkId}/partners/{partnerId}/history-confirmation',
      tags,
      summary: "Whether a partner confirmed that its shared-history overview is complete (stale after a later change)",
      request: { params: PartnerParams },
      responses: { 200: jsonResponse(HistoryConfirmationSchema, 'The status'), ...errorResponses },
    }),
    async (c) => c.json(await getHistoryConfirmation(c.var.deps, { membership: c.var.membership, partnerId: c.req.valid('param').partnerId }), 200),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/networks/{networkId}/partners/{partnerId}/history-confirmation',
      tags,
      summary: '"This overview of our shared history is complete" (a representative of the partner, or the coordinator)',
      request: { params: PartnerParams, body: jsonBody(ConfirmHistoryBody) },
      responses: { 200: jsonResponse(HistoryConfirmationSchema, 'The status after confirming or withdrawing'), ...errorResponses },
    }),
    async (c) => c.json(await confirmHistory(c.var.deps, { ...callerOf(c), partnerId: c.req.valid('param').partnerId, confirmed: c.req.valid('json').confirmed }), 200),
  );
