import { createRoute } from '@hono/zod-openapi';
import { conflictResponse, errorResponses, jsonBody, jsonResponse, NetworkParams, PageQuery, pageSchema } from '../../http/openapi.ts';
import { newRouter } from '../../http/router.ts';
import { callerOf } from '../../http/session.ts';
import { compareProfiles } from './compare-profiles.ts';
import { diffProfileVersions } from './diff-profile-versions.ts';
import { getProfile } from './get-profile.ts';
import { listProfileHistory } from './list-profile-history.ts';
import { listProfileMatches } from './list-profile-matches.ts';
import { saveProfile } from './save-profile.ts';
import { CompareQuery, PartnerParams, ProfileComparisonSchema, ProfileDiffQuery, ProfileDiffSchema, ProfileMatchesSchema, ProfileSchema, SaveProfileBody } from './schemas.ts';

const tags = ['profiles'];

export const profileRoutes = newRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/networks/{networkId}/partners/{partnerId}/profile',
      tags,
      summary: "A partner's current profile (every role)",
      request: { params: PartnerParams },
      responses: { 200: jsonResponse(ProfileSchema, 'The profile; version 0 with empty fields when nobody wrote it yet'), ...errorResponses },
    }),
    async (c) => c.json(await getProfile(c.var.deps, { membership: c.var.membership, partnerId: c.req.valid('param').partnerId }), 200),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/networks/{networkId}/partners/{partnerId}/profile',
      tags,
      summary: "Save a partner's profile as a new version (its representatives and the coordinator)",
      description:
        'Every save is kept as an immutable version with its author and time. Send the version the edit is based on as ' +
        'baseVersion (0 for the first); when someone else saved in the meantime the answer is 409 with the current profile ' +
        'in error.details.current. Offer and need are written one item per line.',
      request: { params: PartnerParams, body: jsonBody(SaveProfileBody) },
      responses: { 200: jsonResponse(ProfileSchema, 'The saved profile'), ...errorResponses, ...conflictResponse },
    }),
    async (c) => c.json(await saveProfile(c.var.deps, { ...callerOf(c), partnerId: c.req.valid('param').partnerId, edit: c.req.valid('json') }), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/networks/{networkId}/partners/{partnerId}/profile/history',
      tags,
      summary: "Every version of a partner's profile, newest first, with author and time (every role)",
      request: { params: PartnerParams, query: PageQuery },
      responses: { 200: jsonResponse(pageSchema(ProfileSchema), 'Profile versions'), ...errorResponses },
    }),
    async (c) => c.json(await listProfileHistory(c.var.deps, { membership: c.var.membership, partnerId: c.req.valid('param').partnerId, page: c.req.valid('query') }), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/networks/{networkId}/partners/{partnerId}/profile/diff',
      tags,
      summary: "The word-level difference between two versions of a partner's profile, field by field (every role)",
      request: { params: PartnerParams, query: ProfileDiffQuery },
      responses: { 200: jsonResponse(ProfileDiffSchema, 'Per field: whether it changed, and the parts (same, added or removed)'), ...errorResponses },
    }),
    async (c) => c.json(await diffProfileVersions(c.var.deps, { membership: c.var.membership, partnerId: c.req.valid('param').partnerId, ...c.req.valid('query') }), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/networks/{networkId}/profiles/matches',
      tags,
      summary: 'Per partner, whose needs match its offer (every role)',
      description:
        "Offer and need are read one item per line. An offer line of one partner matches a need line of another when they share a significant word: case, diacritics, punctuation, Dutch and English stop words, words under three letters and common word endings are ignored.",
      request: { params: NetworkParams },
      responses: { 200: jsonResponse(ProfileMatchesSchema, 'Matches per partner'), ...errorResponses },
    }),
    async (c) => c.json(await listProfileMatches(c.var.deps, { membership: c.var.membership }), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/networks/{networkId}/profiles/compare',
      tags,
      summary: "Two partners' current profiles side by side (every role)",
      request: { params: NetworkParams, query: CompareQuery },
      responses: { 200: jsonResponse(ProfileComparisonSchema, 'Both profiles'), ...errorResponses },
    }),
    async (c) => c.json(await compareProfiles(c.var.deps, { membership: c.var.membership, ...c.req.valid('query') }), 200),
  );
