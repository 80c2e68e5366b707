import { createRoute } from '@hono/zod-openapi';
import { conflictResponse, errorResponses, jsonBody, jsonResponse, PageQuery, pageSchema } from '../../http/openapi.ts';
import { newRouter } from '../../http/router.ts';
import { callerOf } from '../../http/session.ts';
import { draftFromOpenAnswer } from './draft-from-open-answer.ts';
import { getRoundQuality } from './get-round-quality.ts';
import { getRoundResultsJson } from './get-round-results.ts';
import { listOpenAnswers } from './list-open-answers.ts';
import { CreateDraftBody, DraftRefSchema, OpenAnswerParams, OpenAnswerSchema, RoundQualitySchema, RoundResultParams, RoundResultsSchema } from './schemas.ts';

const tags = ['round results'];

export const resultRoutes = newRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/networks/{networkId}/rounds/{roundId}/results',
      tags,
      summary: 'The results of a round: every score of DESIGN §5.2 with its respondent count, the graph of §5.4 and the flags, as the caller may see them',
      description:
        'A closed round: every role. A round that is not closed: the coordinator only, with `provisional: true`. ' +
        'Anonymity (DESIGN §5.3), with k the network setting `anonymity_k`: a score resting on fewer than k distinct respondents is ' +
        '`{ value: null, insufficient: true, respondents }`, for every caller. The one exception is a dyad A→B: the coordinator, and a ' +
        'representative or member of partner A or of partner B, see it exactly whatever its count. Of the other dyads a caller sees ' +
        'the scores on at least k respondents; a dyad with nothing to show is left out. ' +
        'Flags compare the two directions of a pair and so reveal both dyads: an asymmetry (|T(a→b) − T(b→a)| ≥ 25) or a ' +
        'perception gap (|L(a→b) − L(b→a)| ≥ 2) is listed only for a caller who may see both directions exactly (coordinator, ' +
        'partner a, partner b), or when both directions of that measure rest on at least k respondents. ' +
        'An agreement gap is given only when its importance and its adherence both rest on at least k respondents. ' +
        'The graph (working ties and their measures) describes who works with whom, as the network map does, and is shown to every role. ' +
        'Individual answers are never returned. A closed round is computed once and cached until its responses or partners change.',
      request: { params: RoundResultParams },
      responses: { 200: jsonResponse(RoundResultsSchema, 'The results for this caller'), ...errorResponses },
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
        'is named; the order is random but stays the same between calls. Paged by `cursor` (the last id of the previous page).',
      request: { params: RoundResultParams, query: PageQuery },
      responses: { 200: jsonResponse(pageSchema(OpenAnswerSchema), 'One page of answers'), ...errorResponses },
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
