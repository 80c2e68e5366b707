import { createRoute, z } from '@hono/zod-openapi';
import { conflictResponse, errorResponses, jsonBody, jsonResponse, NetworkParams, pageSchema } from '../../http/openapi.ts';
import { newRouter } from '../../http/router.ts';
import { callerOf } from '../../http/session.ts';
import { createAgreement } from './create-agreement.ts';
import { diffVersions } from './diff-versions.ts';
import { endAgreement } from './end-agreement.ts';
import { getAgreement } from './get-agreement.ts';
import { getAgreementTemplate } from './get-template.ts';
import { listAgreements } from './list-agreements.ts';
import { listRatifications } from './list-ratifications.ts';
import { getVersion, listVersions } from './list-versions.ts';
import { proposeAgreement } from './propose-agreement.ts';
import { ratifyAgreement } from './ratify-agreement.ts';
import { saveVersion } from './save-version.ts';
import { updateAgreement } from './update-agreement.ts';
import {
  AgreementListQuery,
  AgreementParams,
  AgreementSchema,
  CreateAgreementBody,
  DiffQuery,
  DiffSchema,
  EndBody,
  NewVersionBody,
  ProposeBody,
  RatificationsSchema,
  RatifyBody,
  TemplateQuery,
  TemplateSchema,
  UpdateAgreementBody,
  VersionParams,
  VersionSchema,
  VersionSummarySchema,
} from './schemas.ts';

const tags = ['agreements'];

// The fixed path /agreements/template comes before /agreements/{agreementId}.
export const agreementRoutes = newRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/networks/{networkId}/agreements/template',
      tags,
      summary: 'The template a new ground-rules agreement starts from: one section per core question, with guiding questions',
      request: { params: NetworkParams, query: TemplateQuery },
      responses: { 200: jsonResponse(TemplateSchema, 'The title and Markdown body'), ...errorResponses },
    }),
    (c) => c.json(getAgreementTemplate(c.var.deps, { membership: c.var.membership, query: c.req.valid('query') }), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/networks/{networkId}/agreements',
      tags,
      summary: 'The agreements of the network, newest first, optionally of one status or kind',
      request: { params: NetworkParams, query: AgreementListQuery },
      responses: { 200: jsonResponse(pageSchema(AgreementSchema), 'Agreements with status, parties and review date'), ...errorResponses },
    }),
    async (c) => c.json(await listAgreements(c.var.deps, { membership: c.var.membership, filter: c.req.valid('query') }), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/networks/{networkId}/agreements',
      tags,
      summary: 'Draft an agreement with the text of version 1 (coordinator)',
      request: { params: NetworkParams, body: jsonBody(CreateAgreementBody) },
      responses: { 201: jsonResponse(AgreementSchema, 'The new draft'), ...errorResponses },
    }),
    async (c) => c.json(await createAgreement(c.var.deps, { ...callerOf(c), agreement: c.req.valid('json') }), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/networks/{networkId}/agreements/{agreementId}',
      tags,
      summary: 'One agreement',
      request: { params: AgreementParams },
      responses: { 200: jsonResponse(AgreementSchema, 'The agreement'), ...errorResponses },
    }),
    async (c) => c.json(await getAgreement(c.var.deps, { membership: c.var.membership, agreementId: c.req.valid('param').agreementId }), 200),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/networks/{networkId}/agreements/{agreementId}',
      tags,
      summary: 'Change the title, review date or parties (coordinator); the text changes through a new version',
      request: { params: AgreementParams, body: jsonBody(UpdateAgreementBody) },
      responses: { 200: jsonResponse(AgreementSchema, 'The changed agreement'), ...errorResponses, ...conflictResponse },
    }),
    async (c) => c.json(await updateAgreement(c.var.deps, { ...callerOf(c), agreementId: c.req.valid('param').agreementId, changes: c.req.valid('json') }), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/networks/{networkId}/agreements/{agreementId}/versions',
      tags,
      summary: 'The versions of the text, newest first, with author, time and change note',
      request: { params: AgreementParams },
      responses: { 200: jsonResponse(z.object({ items: z.array(VersionSummarySchema) }), 'The versions'), ...errorResponses },
    }),
    async (c) => c.json(await listVersions(c.var.deps, { membership: c.var.membership, agreementId: c.req.valid('param').agreementId }), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/networks/{networkId}/agreements/{agreementId}/versions',
      tags,
      summary: 'Save a new version of the text (coordinator, or a representative of a party); a stale baseVersion gets 409 with the current version',
      request: { params: AgreementParams, body: jsonBody(NewVersionBody) },
      responses: { 201: jsonResponse(VersionSchema, 'The new version'), ...errorResponses, ...conflictResponse },
    }),
    async (c) => c.json(await saveVersion(c.var.deps, { ...callerOf(c), agreementId: c.req.valid('param').agreementId, version: c.req.valid('json') }), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/networks/{networkId}/agreements/{agreementId}/versions/{version}',
      tags,
      summary: 'One version with its text',
      request: { params: VersionParams },
      responses: { 200: jsonResponse(VersionSchema, 'The version'), ...errorResponses },
    }),
    async (c) => {
      const { agreementId, version } = c.req.valid('param');
      return c.json(await getVersion(c.var.deps, { membership: c.var.membership, agreementId, version }), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/networks/{networkId}/agreements/{agreementId}/diff',
      tags,
      summary: 'The word-level difference between two versions',
      request: { params: AgreementParams, query: DiffQuery },
      responses: { 200: jsonResponse(DiffSchema, 'The parts: same, added or removed'), ...errorResponses },
    }),
    async (c) => {
      const { from, to } = c.req.valid('query');
      return c.json(await diffVersions(c.var.deps, { membership: c.var.membership, agreementId: c.req.valid('param').agreementId, from, to }), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/networks/{networkId}/agreements/{agreementId}/propose',
      tags,
      summary: 'Put the latest version up for ratification by every party (coordinator); the version in force stays until it is ratified',
      request: { params: AgreementParams, body: jsonBody(ProposeBody) },
      responses: { 200: jsonResponse(AgreementSchema, 'The agreement, now proposed'), ...errorResponses, ...conflictResponse },
    }),
    async (c) => c.json(await proposeAgreement(c.var.deps, { ...callerOf(c), agreementId: c.req.valid('param').agreementId, version: c.req.valid('json').version }), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/networks/{networkId}/agreements/{agreementId}/ratifications',
      tags,
      summary: 'Per party: consent, objection with its reason, or waiting, on the proposed version and on the version in force',
      request: { params: AgreementParams },
      responses: { 200: jsonResponse(RatificationsSchema, 'The decisions per party'), ...errorResponses },
    }),
    async (c) => c.json(await listRatifications(c.var.deps, { membership: c.var.membership, agreementId: c.req.valid('param').agreementId }), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/networks/{networkId}/agreements/{agreementId}/ratifications',
      tags,
      summary: "Consent or object to the proposed version, for one's own partner (a representative of a party); an objection needs a reason",
      request: { params: AgreementParams, body: jsonBody(RatifyBody) },
      responses: { 200: jsonResponse(AgreementSchema, 'The agreement after the decision (in force once every party consented)'), ...errorResponses, ...conflictResponse },
    }),
    async (c) => c.json(await ratifyAgreement(c.var.deps, { ...callerOf(c), agreementId: c.req.valid('param').agreementId, decision: c.req.valid('json') }), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/networks/{networkId}/agreements/{agreementId}/end',
      tags,
      summary: 'End the agreement, with the reason on record (coordinator)',
      request: { params: AgreementParams, body: jsonBody(EndBody) },
      responses: { 200: jsonResponse(AgreementSchema, 'The ended agreement'), ...errorResponses, ...conflictResponse },
    }),
    async (c) => c.json(await endAgreement(c.var.deps, { ...callerOf(c), agreementId: c.req.valid('param').agreementId, reason: c.req.valid('json').reason }), 200),
  );
