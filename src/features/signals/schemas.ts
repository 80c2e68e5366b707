import { z } from '@hono/zod-openapi';
import { DISCLOSURE_MODES } from '../../domain/disclosure.ts';
import { ASPECTS } from '../../domain/scores.ts';
import { Timestamp } from '../../http/openapi.ts';
import { IntervalSchema } from '../results/schemas.ts';
import { SIGNAL_CODES } from './build-signals.ts';
import { MEASURES } from './trend-series.ts';

const PartnerRef = z.object({ id: z.uuid(), name: z.string() });

const RoundRef = z
  .object({
    id: z.uuid(),
    title: z.string(),
    closedAt: Timestamp.nullable(),
    disclosureMode: z.enum(DISCLOSURE_MODES).openapi({ description: 'The round\'s disclosure mode (DESIGN §5.3)' }),
    anonymityK: z.number().int().openapi({ description: 'The k frozen when the round opened; its points follow it' }),
  })
  .openapi('ClosedRoundRef');

/** What a series or a signal is about; the fields that do not apply are null. */
const subject = {
  measure: z.enum(MEASURES).nullable().openapi({ description: 'networkTrust, openness, aspect, receivedTrust or dyadTrust' }),
  aspect: z.enum(ASPECTS).nullable().openapi({ description: 'For measure "aspect"' }),
  partner: PartnerRef.nullable().openapi({ description: 'For measure "receivedTrust": the partner that receives the trust' }),
  from: PartnerRef.nullable().openapi({ description: 'For a dyad, an asymmetry or a perception gap: partner A (A→B)' }),
  to: PartnerRef.nullable().openapi({ description: 'Partner B' }),
};

const TrendPoint = z
  .object({
    roundId: z.uuid(),
    value: z.number().nullable().openapi({ description: 'The score (0–100), null when nobody answered or under the anonymity rule' }),
    respondents: z.number().int(),
    insufficient: z.boolean().openapi({ description: 'True when the score rests on fewer than k respondents and is withheld' }),
    change: z.number().nullable().openapi({ description: 'The change from the previous round with a value (not rounded)' }),
    interval: IntervalSchema.nullable().openapi({ description: 'The 95 % bootstrap interval of the value (DESIGN §5.9); null without a value or on fewer than two respondents' }),
  })
  .openapi('TrendPoint');

export const TrendSeriesSchema = z
  .object({
    ...subject,
    measure: z.enum(MEASURES),
    points: z.array(TrendPoint).openapi({ description: 'One point per closed round, in order' }),
    spiral: z.enum(['upward', 'downward']).nullable().openapi({ description: 'DESIGN §5.7: the last two changes both negative and together ≤ −10, or both positive and together ≥ +10' }),
    uncertain: z
      .boolean()
      .nullable()
      .openapi({ description: 'For a spiral: the 95 % interval of its total change contains its threshold (−10 or +10), DESIGN §5.9. Null without a spiral' }),
  })
  .openapi('TrendSeries');

export const TrendsSchema = z
  .object({
    rounds: z.array(RoundRef).openapi({ description: 'The closed rounds, oldest first' }),
    anonymityK: z.number().int().openapi({ description: "The last closed round's frozen k (the network's k before any round closed)" }),
    series: z.array(TrendSeriesSchema),
  })
  .openapi('Trends');

export const SignalSchema = z
  .object({
    code: z.enum(SIGNAL_CODES),
    ...subject,
    agreement: z.object({ id: z.uuid(), title: z.string() }).nullable().openapi({ description: 'For an agreement gap' }),
    figures: z.record(z.string(), z.number()).openapi({
      description:
        'The numbers behind the signal, not rounded. Spirals: previousChange, lastChange, totalChange, lastValue. Too good to be true: networkTrust, dispersion, respondents. Asymmetry and perception gap: difference (A→B minus B→A), fromTo, toFrom. Agreement gap: importance, adherence, gap.',
    }),
    link: z.string().nullable().openapi({ description: 'Path in the web app where to look further' }),
    uncertain: z.boolean().nullable().openapi({
      description:
        'DESIGN §5.9: a spiral, an asymmetry or "too good to be true" is uncertain when the 95 % interval of the quantity it tests contains its threshold ' +
        '(or there is no interval: fewer than two respondents). Null for signals without such a test (perception gap, agreement gap)',
    }),
  })
  .openapi('Signal');

export const SignalsSchema = z
  .object({
    round: RoundRef.nullable().openapi({ description: 'The last closed round, which the round-based signals read' }),
    signals: z.array(SignalSchema),
  })
  .openapi('Signals');
