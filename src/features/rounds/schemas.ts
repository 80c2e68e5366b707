import { z } from '@hono/zod-openapi';
import { DISCLOSURE_MODES } from '../../domain/disclosure.ts';
import { IdParam, NetworkParams, Timestamp } from '../../http/openapi.ts';

const DisclosureModeSchema = z
  .enum(DISCLOSURE_MODES)
  .openapi('DisclosureMode', {
    description:
      'Who sees pair ratings (DESIGN §5.3). organisation: a dyad A→B is shown under A\'s name to the coordinator and to A and B, whatever the number of A\'s respondents. strict: a dyad on fewer than k respondents of A is shown to nobody, nor anything derived from it.',
  });

const Moment = z.iso.datetime({ offset: true }).openapi({ description: 'ISO 8601 with offset', example: '2026-12-01T09:00:00+01:00' });
const Title = z.string().trim().min(2).max(200);

export const RoundSchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    status: z.enum(['draft', 'open', 'closed']).openapi({ description: 'draft (planned), open (taking responses) or closed' }),
    opensAt: Timestamp.openapi({ description: 'Planned opening moment; a draft round opens by itself then' }),
    closesAt: Timestamp.openapi({ description: 'Closing moment; an open round closes by itself then' }),
    includeMembers: z.boolean().openapi({ description: 'Members with a partner are invited too, not only representatives' }),
    disclosureMode: DisclosureModeSchema,
    anonymityK: z.number().int().nullable().openapi({ description: "The network's k frozen when the round opened; null while it is a draft. Later changes of the network k do not change it" }),
    openedAt: Timestamp.nullable(),
    closedAt: Timestamp.nullable(),
    version: z.number().int(),
    createdAt: Timestamp,
    responses: z
      .object({ invited: z.number().int(), submitted: z.number().int() })
      .nullable()
      .openapi({ description: 'Coordinator only: how many people were invited and how many submitted (counts, never who answered what)' }),
    you: z
      .object({ invited: z.boolean(), submittedAt: Timestamp.nullable() })
      .openapi({ description: 'Whether the caller is invited and when they submitted' }),
    lowResponse: z.boolean().openapi({ description: 'Closed on a low response (DESIGN §5.9: rate below 50 % or fewer than k respondents)' }),
    lowResponseIncluded: z
      .boolean()
      .openapi({ description: 'The coordinator counts this low-response round in trends, signals, the stage and the map; otherwise it is left out of them' }),
  })
  .openapi('Round');

export const CloseRoundBody = z
  .strictObject({
    confirmLowResponse: z
      .boolean()
      .optional()
      .openapi({ description: 'Close even though the response is low (DESIGN §5.9); without it such a close answers 409 with the figures' }),
  })
  .openapi('CloseRound');

export const LowResponseInclusionBody = z
  .strictObject({ included: z.boolean().openapi({ description: 'Count the low-response round in trends, signals, the stage and the map' }) })
  .openapi('LowResponseInclusion');

const Rate = z.number().nullable().openapi({ description: 'responded / invited, null when nobody was invited' });

export const RoundResponseSchema = z
  .object({
    invited: z.number().int(),
    responded: z.number().int().openapi({ description: 'Submitted responses' }),
    rate: Rate,
    k: z.number().int().openapi({ description: 'The anonymity threshold the response is judged by' }),
    lowResponse: z
      .array(z.enum(['rate_below_half', 'fewer_than_k']))
      .openapi({ description: 'Why closing needs (or needed) confirmation; empty when the response is sufficient' }),
    partners: z
      .array(z.object({ partnerId: z.uuid(), name: z.string(), invited: z.number().int(), responded: z.number().int(), rate: Rate, belowK: z.boolean() }))
      .nullable()
      .openapi({ description: 'Coordinator only: the response per partner (counts, never who); null for other roles' }),
    partnersBelowK: z.array(z.uuid()).nullable().openapi({ description: 'Coordinator only: partners with fewer than k respondents' }),
  })
  .openapi('RoundResponse');

export const CreateRoundBody = z
  .strictObject({
    title: Title.openapi({ example: 'Reflectieronde voorjaar 2027' }),
    opensAt: Moment,
    closesAt: Moment.openapi({ description: 'After opensAt and in the future' }),
    includeMembers: z.boolean().optional().openapi({ description: 'Also invite members who work for a partner (default false)' }),
    disclosureMode: DisclosureModeSchema.optional().openapi({ description: 'Default organisation' }),
  })
  .openapi('CreateRound');

export const UpdateRoundBody = z
  .strictObject({
    baseVersion: z.number().int().min(0).openapi({ description: 'The version this change is based on; a stale one gets 409' }),
    title: Title.optional(),
    opensAt: Moment.optional(),
    closesAt: Moment.optional(),
    includeMembers: z.boolean().optional(),
    disclosureMode: DisclosureModeSchema.optional(),
  })
  .openapi('UpdateRound');

export const RoundParams = NetworkParams.extend({ roundId: IdParam.openapi({ param: { name: 'roundId', in: 'path' } }) });

export const MyResponseSchema = z
  .object({
    submitted: z.boolean(),
    submittedAt: Timestamp.nullable().openapi({ description: 'The last time the caller submitted; the answers themselves are never returned' }),
  })
  .openapi('MyRoundResponse');

const Text = z.object({ nl: z.string(), en: z.string() }).openapi('BilingualText');
const Item = z.object({ key: z.string(), text: Text });
const ScalePoint = z.object({ value: z.number().int(), text: Text });

export const QuestionnaireSchema = z
  .object({
    round: RoundSchema,
    scales: z.object({
      agreement: z.array(ScalePoint).openapi({ description: '1–5, strongly disagree … strongly agree' }),
      level: z.array(ScalePoint).openapi({ description: 'Collaboration level 0–5' }),
      dontKnow: Text,
    }),
    aspects: z.array(z.object({ key: z.string(), title: Text, items: z.array(Item).length(2) })),
    agreementItems: z.array(Item).openapi({ description: 'Asked per agreement in force: importance and adherence' }),
    agreements: z.array(z.object({ id: z.uuid(), title: z.string(), kind: z.string() })).openapi({ description: 'The agreements in force' }),
    partnerQuestions: z.object({ choose: Text, level: Text, trust: z.array(Item), value: z.array(Item) }),
    partners: z.array(z.object({ id: z.uuid(), name: z.string(), sector: z.string() })).openapi({ description: "The other partners (not the caller's own)" }),
    openQuestions: z.array(Item),
    disclosure: z
      .object({
        mode: DisclosureModeSchema,
        k: z.number().int().openapi({ description: 'The k in force: frozen at opening, the network k while the round is a draft' }),
        invitedOfOrganisation: z.number().int().openapi({ description: "How many people of the caller's organisation are invited (would be, for a draft round)" }),
        onlyRespondent: z.boolean().openapi({ description: 'The caller is the only invitee of their organisation' }),
        ratingsShownAsOwn: z.boolean().openapi({ description: 'organisation mode and the only respondent: the coordinator and the rated partners see this person\'s own ratings' }),
        text: z.array(Text).openapi({ description: 'What the partner step says, paragraph by paragraph' }),
      })
      .nullable()
      .openapi({ description: 'What the partner step tells the caller before they rate partners (DESIGN §5.3); null for a caller without a partner' }),
    respondent: z.object({
      canRespond: z.boolean(),
      reason: z
        .enum(['not_invited', 'no_partner', 'not_open', 'closed'])
        .nullable()
        .openapi({ description: 'Why the caller cannot respond, or null' }),
      partnerId: z.uuid().nullable(),
      submittedAt: Timestamp.nullable(),
    }),
  })
  .openapi('RoundQuestionnaire');
