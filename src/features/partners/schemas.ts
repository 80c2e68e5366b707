import { z } from '@hono/zod-openapi';
import { PROFILE_FIELDS } from '../../domain/profile.ts';
import { STAGE_ONE_PROFILE_FIELDS } from '../../domain/profile-completeness.ts';
import { SECTORS } from '../../domain/sectors.ts';
import { IdParam, NetworkParams, Timestamp } from '../../http/openapi.ts';
import { PartnerInput } from './partner-input.ts';

export const PartnerParams = NetworkParams.extend({ partnerId: IdParam.openapi({ param: { name: 'partnerId', in: 'path' } }) });

const Person = z.object({ userId: z.uuid(), name: z.string() });

export const PartnerSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    sector: z.enum(SECTORS),
    kvk: z.string().nullable(),
    agb: z.string().nullable(),
    ura: z.string().nullable(),
    website: z.string().nullable(),
    description: z.string(),
    version: z.number().int().openapi({ description: "Version of the partner's details; send it back as baseVersion to change them" }),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    representatives: z.array(Person).openapi({ description: 'People who accepted the role of representative (vertegenwoordiger) for this partner' }),
    profile: z.object({
      version: z.number().int().openapi({ description: 'Current profile version; 0 when nobody has written the profile yet' }),
      complete: z.boolean().openapi({ description: 'Drivers, interests, offer and need are filled (DESIGN §5.5, stage 1)' }),
      savedAt: Timestamp.nullable(),
    }),
    historyConfirmedAt: Timestamp.nullable().openapi({ description: 'When the partner confirmed its shared-history overview, or null' }),
  })
  .openapi('Partner');

export const CreatePartnerBody = PartnerInput;

export const UpdatePartnerBody = PartnerInput.partial()
  .extend({ baseVersion: z.number().int().min(0).openapi({ description: 'The partner version the change is based on' }) })
  .openapi('UpdatePartner', { description: 'Only the fields given change; an empty string or null clears an identifier or the website' });

const ProfileText = z.string().trim().max(10_000);

const profileTextFields = {
  drivers: ProfileText.openapi({ description: 'What drives us (drijfveren)' }),
  interests: ProfileText.openapi({ description: 'Our interests (belangen)' }),
  values: ProfileText.openapi({ description: 'Our values (waarden)' }),
  workLogic: ProfileText.openapi({ description: 'How we work (werklogica): our rhythm, rules and ways of deciding' }),
  offer: ProfileText.openapi({ description: 'What we offer (wat wij bieden), one item per line; matched against the other partners’ needs' }),
  need: ProfileText.openapi({ description: 'What we need (wat wij nodig hebben), one item per line; matched against the other partners’ offers' }),
  competences: ProfileText.openapi({ description: 'Our competences (talenten)' }),
  constituency: ProfileText.openapi({ description: 'Our constituency (achterban): whom we answer to' }),
  constituencyRisks: ProfileText.openapi({ description: 'The risks we see arise in our constituency' }),
};

export const SaveProfileBody = z
  .strictObject({
    baseVersion: z.number().int().min(0).openapi({ description: 'The profile version this edit is based on; 0 for the first' }),
    ...profileTextFields,
    changeNote: z.string().trim().max(500).optional().openapi({ description: 'What changed, in a sentence (optional)' }),
  })
  .openapi('SaveProfile');

export const ProfileSchema = z
  .object({
    partnerId: z.uuid(),
    version: z.number().int().openapi({ description: '0 when nobody has written the profile yet' }),
    ...profileTextFields,
    changeNote: z.string(),
    author: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    savedAt: Timestamp.nullable(),
    complete: z.boolean().openapi({ description: 'Drivers, interests, offer and need are filled (DESIGN §5.5, stage 1)' }),
    missing: z.array(z.enum(STAGE_ONE_PROFILE_FIELDS)).openapi({ description: 'The stage-1 fields still empty' }),
  })
  .openapi('Profile');

export const ProfileFieldSchema = z.enum(PROFILE_FIELDS);

const PartnerRef = z.object({ id: z.uuid(), name: z.string(), sector: z.enum(SECTORS) }).openapi('PartnerRef');

export const ProfileComparisonSchema = z
  .object({ a: z.object({ partner: PartnerRef, profile: ProfileSchema }), b: z.object({ partner: PartnerRef, profile: ProfileSchema }) })
  .openapi('ProfileComparison');

export const CompareQuery = z.object({
  a: z.uuid().openapi({ param: { name: 'a', in: 'query' }, description: 'One partner ("us")' }),
  b: z.uuid().openapi({ param: { name: 'b', in: 'query' }, description: 'The other partner ("them")' }),
});

export const ProfileMatchesSchema = z
  .object({
    items: z.array(
      z.object({
        partner: PartnerRef,
        matches: z.array(
          z.object({
            partner: PartnerRef.openapi({ description: 'The partner whose need this offer answers' }),
            offerLine: z.string().openapi({ description: "A line of the offering partner's offer" }),
            needLine: z.string().openapi({ description: "A line of the other partner's need" }),
            sharedWords: z.array(z.string()).openapi({ description: 'The significant words both lines share, normalised' }),
            offerWords: z.array(z.string()).openapi({ description: 'The shared words as written in the offer line' }),
            needWords: z.array(z.string()).openapi({ description: 'The shared words as written in the need line' }),
          }),
        ),
      }),
    ),
  })
  .openapi('ProfileMatches', { description: 'Per partner (by name), the other partners whose need lines share a significant word with its offer lines' });

export const ProfileDiffQuery = z.object({
  from: z.coerce.number().int().min(1).openapi({ param: { name: 'from', in: 'query' }, description: 'One version' }),
  to: z.coerce.number().int().min(1).openapi({ param: { name: 'to', in: 'query' }, description: 'The other version' }),
});

export const ProfileDiffSchema = z
  .object({
    from: z.number().int(),
    to: z.number().int(),
    fields: z.array(
      z.object({
        field: ProfileFieldSchema,
        changed: z.boolean(),
        parts: z.array(z.object({ kind: z.enum(['same', 'added', 'removed']), text: z.string() })).openapi({ description: 'Word-level: same + removed is the old text, same + added the new' }),
      }),
    ),
  })
  .openapi('ProfileDiff');
