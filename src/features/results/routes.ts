import { createRoute, z } from '@hono/zod-openapi';
import { conflictResponse, errorResponses, jsonBody, jsonResponse, PageQuery } from '../../http/openapi.ts';
import { newRouter } from '../../http/router.ts';
import { callerOf } from '../../http/session.ts';
import { draftFromOpenAnswer } from './draft-from-open-answer.ts';
import { getRoundQuality } from './get-round-quality.ts';
import { getRoundResultsJson } from './get-round-results.ts';
import { listOpenAnswers } from './list-open-answers.ts';
import { CreateDraftBody, DraftRefSchema, OpenAnswerParams, OpenAnswersPageSchema, RoundProgressSchema, RoundQualitySchema, RoundResultParams, RoundResultsSchema } from './schemas.ts';

const tags = ['round results'];

export const resultRoutes = newRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/networks/{networkId}/rounds/{roundId}/results',
      tags,
      summary: 'The results of a round: every score of DESIGN §5.2 with its respondent count, the graph of §5.4 and the flags, as the caller may see them',
      description:
        'A closed round: every role. A round that is not closed: the coordinator only, and only response counts ' +
        '(`RoundProgress`: invited, responded and rate in all and per partner; no score, no flag, no graph): reading scores before ' +
        'and after one more response would reveal that response (DESIGN §5.3). ' +
        'A closed round is shown under its disclosure mode and the k frozen when it opened (`disclosureMode`, `anonymityK`; a later ' +
        'change of the network k changes nothing). A network-level score resting on fewer than k distinct respondents is ' +
        '`{ value: null, insufficient: true, respondents }`, for every caller. A dyad measure A→B below k: in `organisation` mode the ' +
        'coordinator and a representative or member of partner A or of partner B see it exactly; in `strict` mode nobody does, the ' +
        'coordinator included. A dyad with nothing to show is left out. Everything derived from dyads uses only what the caller may ' +
        'see: asymmetry and perception-gap flags need both directions visible; working ties, degree, betweenness, components and ' +
        'isolates come from the visible levels; density, reciprocity and centralization use all dyads once the round has k respondents. ' +
        'An agreement gap is given only when its importance and its adherence both rest on at least k respondents. ' +
        'Every score shown as a number carries its 95 % bootstrap `interval` (DESIGN §5.9); a withheld score carries none. ' +
        'Individual answers are never returned. A closed round is computed once and cached until its responses or partners change.',
      request: { params: RoundResultParams },
      responses: { 200: jsonResponse(z.union([RoundResultsSchema, RoundProgressSchema]), 'The results for this caller, or the response counts of a round not closed'), ...errorResponses },
    }),
    // Sent as the text kept for this kind of caller (results-text.ts); it is the RoundResults schema.
    async (c) => {
      const json = await getRoundResultsJson(c.var.deps, { membership: c.var.membership, roundId: c.req.valid('param').roundId });
      return c.body(json, 200, { 'content-type': 'application/json' }) as never;
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/networks/{networkId}/rounds/{roundId}/quality',
      tags,
      summary: "The quality of a closed round's measurement: Cronbach's α for trust and value, Spearman–Brown per aspect (DESIGN §5.9)",
      description: 'Every role, once the round has closed (403 before). Below ten complete answers a coefficient is null with reason `too_few_answers`.',
      request: { params: RoundResultParams },
      responses: { 200: jsonResponse(RoundQualitySchema, 'The reliability of the round'), ...errorResponses },
    }),
    async (c) => c.json(await getRoundQuality(c.var.deps, { membership: c.var.membership, roundId: c.req.valid('param').roundId }), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/networks/{networkId}/rounds/{roundId}/open-answers',
      tags,
      summary: 'The open answers of a round (coordinator): what went well, what should be discussed, what we would like to ask',
      description:
        'Each answer with an opaque id, its question and its text, and the draft made from it, if any. No respondent or partner ' +
        'is named; the order is random but stays the same between calls. Paged by `cursor` (the last id of the previous page). ' +
        'Only for a closed round (409 while it is open, DESIGN §5.3); with fewer respondents than the round\'s k the list is empty ' +
        'and `heldBack` gives the count and k.',
      request: { params: RoundResultParams, query: PageQuery },
      responses: { 200: jsonResponse(OpenAnswersPageSchema, 'One page of answers'), ...errorResponses, ...conflictResponse },
    }),
    async (c) => c.json(await listOpenAnswers(c.var.deps, { membership: c.var.membership, roundId: c.req.valid('param').roundId, page: c.req.valid('query') }), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/networks/{networkId}/rounds/{roundId}/open-answers/{answerId}/draft',
      tags,
      summary: 'Turn an open answer into a draft (coordinator): a success story, a difference or a request',
      description:
        '"What went well" becomes a draft success story, "what should be discussed" a draft difference (kind `practice` unless ' +
        '`differenceKind` says otherwise), "what we would like to ask of a partner" a draft request from the respondent\'s partner ' +
        'to the whole network. The draft has `draft: true` and this round as its origin; the coordinator edits and publishes it ' +
        'through that resource. One draft per answer: 409 (with the draft in `details`) while the earlier one exists.',
      request: { params: OpenAnswerParams, body: jsonBody(CreateDraftBody, 'Empty ({}) or with differenceKind') },
      responses: { 201: jsonResponse(DraftRefSchema, 'The new draft'), ...errorResponses, ...conflictResponse },
    }),
    async (c) => {
      const { roundId, answerId } = c.req.valid('param');
      return c.json(await draftFromOpenAnswer(c.var.deps, { ...callerOf(c), roundId, answerId, body: c.req.valid('json') }), 201);
    },
  );
