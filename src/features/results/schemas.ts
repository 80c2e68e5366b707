import { z } from '@hono/zod-openapi';
import { DISCLOSURE_MODES } from '../../domain/disclosure.ts';
import { DRAFT_KINDS, OPEN_QUESTIONS } from '../../domain/open-answer.ts';
import { ASPECTS } from '../../domain/scores.ts';
import { IdParam, NetworkParams, pageSchema, Timestamp } from '../../http/openapi.ts';

export const RoundResultParams = NetworkParams.extend({ roundId: IdParam.openapi({ param: { name: 'roundId', in: 'path' } }) });
export const OpenAnswerParams = RoundResultParams.extend({ answerId: IdParam.openapi({ param: { name: 'answerId', in: 'path' } }) });

export const IntervalSchema = z
  .object({ low: z.number().openapi({ description: '2.5th percentile' }), high: z.number().openapi({ description: '97.5th percentile' }) })
  .openapi('Interval', { description: 'A 95 % interval, not rounded' });

export const ScoreSchema = z
  .object({
    value: z.number().nullable().openapi({ description: 'Not rounded; null when nobody answered, or when insufficient' }),
    insufficient: z.literal(true).optional().openapi({ description: 'Present when the score rests on fewer than k respondents (DESIGN §5.3)' }),
    respondents: z.number().int().openapi({ description: 'The number of distinct respondents the score rests on' }),
    interval: IntervalSchema.nullable().openapi({
      description:
        'The 95 % percentile-bootstrap interval (DESIGN §5.9, B = 2,000, seeded from the round id): null when the score is not shown as a number, ' +
        'rests on fewer than two respondents, or is a collaboration level (not bootstrapped)',
    }),
  })
  .openapi('Score', { example: { value: 54.166666666666664, respondents: 4, interval: { low: 45.8, high: 62.5 } } });

const Pair = z.object({ a: z.uuid(), b: z.uuid(), difference: z.number().openapi({ description: 'value(a→b) − value(b→a); a < b' }) });

export const RoundResultsSchema = z
  .object({
    roundId: z.uuid(),
    status: z.enum(['draft', 'open', 'closed']),
    provisional: z.boolean().openapi({ description: 'False: the round has closed and these are its results' }),
    anonymityK: z.number().int().openapi({ description: 'The k frozen when the round opened: scores on fewer respondents are insufficient' }),
    disclosureMode: z.enum(DISCLOSURE_MODES).openapi({ description: 'Who sees pair ratings below k (DESIGN §5.3): organisation or strict' }),
    computedAt: Timestamp,
    responseRate: z.object({
      invited: z.number().int(),
      responded: z.number().int().openapi({ description: 'Submitted responses' }),
      rate: z.number().nullable().openapi({ description: 'responded / invited, null when nobody was invited' }),
    }),
    networkTrust: ScoreSchema,
    networkValue: ScoreSchema,
    openness: ScoreSchema,
    dispersion: ScoreSchema.openapi({ description: "Population standard deviation of the respondents' mean trust" }),
    aspects: z.object(Object.fromEntries(ASPECTS.map((a) => [a, ScoreSchema])) as Record<(typeof ASPECTS)[number], typeof ScoreSchema>),
    partners: z.array(z.object({ partnerId: z.uuid(), receivedTrust: ScoreSchema, receivedValue: ScoreSchema })),
    dyads: z
      .array(z.object({ from: z.uuid(), to: z.uuid(), trust: ScoreSchema, value: ScoreSchema, level: ScoreSchema.openapi({ description: 'L(from→to), the mean collaboration level 0–5' }) }))
      .openapi({ description: 'Only the dyads the caller may see (see the route description)' }),
    graph: z.object({
      density: z.number(),
      reciprocity: z
        .number()
        .nullable()
        .openapi({ description: 'Share of directed edges (L(a→b) ≥ 1) whose reverse also exists; null when the round has no directed edge (not known, rather than "nothing reciprocated")' }),
      centralization: z.number(),
      components: z.number().int(),
      isolates: z.array(z.uuid()),
      nodes: z.array(z.object({ partnerId: z.uuid(), degree: z.number().int(), betweenness: z.number() })),
      ties: z.array(z.object({ a: z.uuid(), b: z.uuid() })).openapi({ description: 'The working ties {a, b} (a < b): max(L(a→b), L(b→a)) ≥ 2' }),
    }),
    flags: z.object({
      asymmetries: z
        .array(
          Pair.extend({
            interval: IntervalSchema.nullable().openapi({ description: 'The 95 % interval of the difference; null when either direction rests on fewer than two respondents' }),
            uncertain: z.boolean().openapi({ description: 'The interval contains +25 or −25 (or there is none): the data cannot tell whether the asymmetry reaches 25 (DESIGN §5.9)' }),
          }),
        )
        .openapi({ description: '|T(a→b) − T(b→a)| ≥ 25, only where the caller may see both directions' }),
      perceptionGaps: z.array(Pair).openapi({ description: '|L(a→b) − L(b→a)| ≥ 2, only where the caller may see both directions' }),
    }),
    agreementGaps: z.array(
      z.object({
        agreementId: z.uuid(),
        importance: ScoreSchema,
        adherence: ScoreSchema,
        gap: z.number().nullable().openapi({ description: 'Mean importance − mean adherence; null unless both rest on k respondents' }),
        gapInterval: IntervalSchema.nullable().openapi({ description: 'The 95 % interval of the gap; null when the gap is not shown' }),
        flagged: z.boolean().openapi({ description: 'gap ≥ 25' }),
      }),
    ),
  })
  .openapi('RoundResults');

const ResponseCounts = z.object({
  invited: z.number().int(),
  responded: z.number().int().openapi({ description: 'Submitted responses' }),
  rate: z.number().nullable().openapi({ description: 'responded / invited, null when nobody was invited' }),
});

export const RoundProgressSchema = z
  .object({
    roundId: z.uuid(),
    status: z.enum(['draft', 'open']),
    provisional: z.literal(true).openapi({ description: 'The round has not closed: no scores and no open answers for anyone (DESIGN §5.3)' }),
    anonymityK: z.number().int().openapi({ description: 'The k frozen when the round opened (the network k while it is a draft)' }),
    disclosureMode: z.enum(DISCLOSURE_MODES),
    computedAt: Timestamp,
    responseRate: ResponseCounts,
    responseByPartner: z.array(ResponseCounts.extend({ partnerId: z.uuid() })).openapi({ description: 'Per partner with invitees, by name' }),
  })
  .openapi('RoundProgress', { description: 'What the coordinator sees of a round that has not closed: response counts only' });

export const DraftRefSchema = z
  .object({ kind: z.enum(DRAFT_KINDS), id: z.uuid(), title: z.string() })
  .openapi('OpenAnswerDraft', { description: 'The draft made from an answer: a story, a difference or a request, edited and published through its own resource' });

export const OpenAnswerSchema = z
  .object({
    id: z.uuid().openapi({ description: 'Opaque: it does not reveal the respondent, their partner or their other answers' }),
    question: z.enum(OPEN_QUESTIONS),
    text: z.string(),
    draft: DraftRefSchema.nullable(),
  })
  .openapi('OpenAnswer');

export const OpenAnswersPageSchema = pageSchema(OpenAnswerSchema)
  .extend({
    heldBack: z
      .object({ respondents: z.number().int(), anonymityK: z.number().int() })
      .nullable()
      .openapi({ description: "Set when the round has fewer respondents than its k: then no answer is listed (DESIGN §5.3)" }),
  })
  .openapi('OpenAnswersPage');

export const CreateDraftBody = z
  .strictObject({
    differenceKind: z
      .enum(['values', 'interests', 'work_logic', 'practice'])
      .optional()
      .openapi({ description: 'Only for an answer to "what should be discussed": the kind of difference (default practice)' }),
  })
  .openapi('CreateDraftFromAnswer');

const ReliabilitySchema = z
  .object({
    coefficient: z.number().nullable().openapi({ description: 'Not rounded; null when there are too few complete answers or the items do not vary' }),
    complete: z.number().int().openapi({ description: 'Complete answers behind it: respondent–partner pairs with all three items (α), respondents with both items (Spearman–Brown)' }),
    reason: z
      .enum(['too_few_answers', 'not_defined'])
      .nullable()
      .openapi({ description: 'too_few_answers: fewer than minimumComplete ("te weinig antwoorden"); not_defined: the items do not vary' }),
  })
  .openapi('Reliability');

export const RoundQualitySchema = z
  .object({
    roundId: z.uuid(),
    minimumComplete: z.number().int().openapi({ description: 'Below this many complete answers no coefficient is given (10)' }),
    trust: ReliabilitySchema.openapi({ description: "Cronbach's α of the three trust items (reliability, openness, shared mission)" }),
    value: ReliabilitySchema.openapi({ description: "Cronbach's α of the three value items (influence, resources, involvement)" }),
    aspects: z
      .object(Object.fromEntries(ASPECTS.map((a) => [a, ReliabilitySchema])) as Record<(typeof ASPECTS)[number], typeof ReliabilitySchema>)
      .openapi({ description: 'The Spearman–Brown coefficient of each two-item aspect' }),
  })
  .openapi('RoundQuality', { description: '"Kwaliteit van de meting" (DESIGN §5.9); the formulas are in docs/measurement.md' });
