import { createRoute } from '@hono/zod-openapi';
import { conflictResponse, errorResponses, jsonBody, jsonResponse, NetworkParams, PageQuery, pageSchema } from '../../http/openapi.ts';
import { newRouter } from '../../http/router.ts';
import { callerOf } from '../../http/session.ts';
import { getQuestionnaire } from './get-questionnaire.ts';
import { closeRound } from './close-round.ts';
import { createRound } from './create-round.ts';
import { deleteRound } from './delete-round.ts';
import { getMyResponse } from './get-my-response.ts';
import { getRound } from './get-round.ts';
import { getRoundResponse } from './get-round-response.ts';
import { setLowResponseInclusion } from './include-low-response.ts';
import { listRounds } from './list-rounds.ts';
import { openRound } from './open-round.ts';
import { ResponseAnswers } from './round-answers.ts';
import { CloseRoundBody, CreateRoundBody, LowResponseInclusionBody, MyResponseSchema, RoundResponseSchema, QuestionnaireSchema, RoundParams, RoundSchema, UpdateRoundBody } from './schemas.ts';
import { submitResponse } from './submit-response.ts';
import { updateRound } from './update-round.ts';

const tags = ['rounds'];

export const roundRoutes = newRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/networks/{networkId}/rounds',
      tags,
      summary: 'Reflection rounds, newest first; the coordinator also sees response counts (never who answered what)',
      request: { params: NetworkParams, query: PageQuery },
      responses: { 200: jsonResponse(pageSchema(RoundSchema), 'One page of rounds'), ...errorResponses },
    }),
    async (c) => c.json(await listRounds(c.var.deps, { ...callerOf(c), page: c.req.valid('query') }), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/networks/{networkId}/rounds',
      tags,
      summary: 'Plan a round (coordinator); it opens by itself at opensAt and closes by itself at closesAt',
      request: { params: NetworkParams, body: jsonBody(CreateRoundBody) },
      responses: { 201: jsonResponse(RoundSchema, 'The planned round (draft)'), ...errorResponses },
    }),
    async (c) => c.json(await createRound(c.var.deps, { ...callerOf(c), round: c.req.valid('json') }), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/networks/{networkId}/rounds/{roundId}',
      tags,
      summary: 'One round',
      request: { params: RoundParams },
      responses: { 200: jsonResponse(RoundSchema, 'The round'), ...errorResponses },
    }),
    async (c) => c.json(await getRound(c.var.deps, { ...callerOf(c), roundId: c.req.valid('param').roundId }), 200),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/networks/{networkId}/rounds/{roundId}',
      tags,
      summary: 'Change the title, dates or invitees of a round that has not opened yet (coordinator)',
      request: { params: RoundParams, body: jsonBody(UpdateRoundBody) },
      responses: { 200: jsonResponse(RoundSchema, 'The changed round'), ...errorResponses, ...conflictResponse },
    }),
    async (c) => c.json(await updateRound(c.var.deps, { ...callerOf(c), roundId: c.req.valid('param').roundId, changes: c.req.valid('json') }), 200),
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/networks/{networkId}/rounds/{roundId}',
      tags,
      summary: 'Delete a round that has not opened yet (coordinator)',
      request: { params: RoundParams },
      responses: { 200: jsonResponse(RoundSchema, 'The deleted round, as it was'), ...errorResponses, ...conflictResponse },
    }),
    async (c) => c.json(await deleteRound(c.var.deps, { ...callerOf(c), roundId: c.req.valid('param').roundId }), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/networks/{networkId}/rounds/{roundId}/open',
      tags,
      summary: 'Open a round now (coordinator): invites every representative (and members, if chosen) by e-mail and in the app',
      request: { params: RoundParams },
      responses: { 200: jsonResponse(RoundSchema, 'The open round'), ...errorResponses, ...conflictResponse },
    }),
    async (c) => c.json(await openRound(c.var.deps, { ...callerOf(c), roundId: c.req.valid('param').roundId }), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/networks/{networkId}/rounds/{roundId}/close',
      tags,
      summary: 'Close an open round now (coordinator)',
      description:
        'A response below the rule of DESIGN §5.9 (rate below 50 %, or fewer than k respondents in all) needs `confirmLowResponse: true`; ' +
        'without it the answer is 409 with the figures in `details` (`reason: "low_response"`, `lowResponse`, `invited`, `responded`, `rate`, `k`, ' +
        '`partnersBelowK`). Such a round is marked `lowResponse` and left out of trends, signals, the stage and the map until the coordinator includes it.',
      request: { params: RoundParams, body: { ...jsonBody(CloseRoundBody, 'Optional: { confirmLowResponse }'), required: false } },
      responses: { 200: jsonResponse(RoundSchema, 'The closed round'), ...errorResponses, 409: conflictResponse[409] },
    }),
    async (c) => {
      const body = c.req.valid('json') as { confirmLowResponse?: boolean } | undefined;
      return c.json(await closeRound(c.var.deps, { ...callerOf(c), roundId: c.req.valid('param').roundId, confirmLowResponse: body?.confirmLowResponse === true }), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/networks/{networkId}/rounds/{roundId}/low-response-inclusion',
      tags,
      summary: 'Include a low-response round in trends, signals, the stage and the map, or leave it out again (coordinator; audited)',
      request: { params: RoundParams, body: jsonBody(LowResponseInclusionBody) },
      responses: { 200: jsonResponse(RoundSchema, 'The round'), ...errorResponses, ...conflictResponse },
    }),
    async (c) => c.json(await setLowResponseInclusion(c.var.deps, { ...callerOf(c), roundId: c.req.valid('param').roundId, included: c.req.valid('json').included }), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/networks/{networkId}/rounds/{roundId}/response',
      tags,
      summary: 'The response to a round: invited, responded, rate and whether it is low (DESIGN §5.9); per partner for the coordinator',
      request: { params: RoundParams },
      responses: { 200: jsonResponse(RoundResponseSchema, 'Counts and rates, never who answered what'), ...errorResponses },
    }),
    async (c) => c.json(await getRoundResponse(c.var.deps, { membership: c.var.membership, roundId: c.req.valid('param').roundId }), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/networks/{networkId}/rounds/{roundId}/questionnaire',
      tags,
      summary: "The questionnaire (DESIGN §5.1) for the caller, in Dutch and English, and whether they may respond",
      request: { params: RoundParams },
      responses: { 200: jsonResponse(QuestionnaireSchema, 'Items, scales, agreements in force and the other partners'), ...errorResponses },
    }),
    async (c) => c.json(await getQuestionnaire(c.var.deps, { ...callerOf(c), roundId: c.req.valid('param').roundId }), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/networks/{networkId}/rounds/{roundId}/responses',
      tags,
      summary: "Submit or replace the caller's response (DESIGN §7.1; invitees of an open round). The answers are never returned",
      request: { params: RoundParams, body: jsonBody(ResponseAnswers) },
      responses: { 200: jsonResponse(MyResponseSchema, 'When it was stored'), ...errorResponses, ...conflictResponse },
    }),
    async (c) => c.json(await submitResponse(c.var.deps, { ...callerOf(c), roundId: c.req.valid('param').roundId, answers: c.req.valid('json') }), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/networks/{networkId}/rounds/{roundId}/responses/mine',
      tags,
      summary: 'Whether and when the caller submitted a response (never the answers)',
      request: { params: RoundParams },
      responses: { 200: jsonResponse(MyResponseSchema, 'Submitted or not'), ...errorResponses },
    }),
    async (c) => c.json(await getMyResponse(c.var.deps, { ...callerOf(c), roundId: c.req.valid('param').roundId }), 200),
  );

