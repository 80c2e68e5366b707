import { z } from '@hono/zod-openapi';
import { normalizeIdentifier, type IdentifierKind } from '../../domain/identifiers.ts';
import { SECTORS } from '../../domain/sectors.ts';

const identifier = (kind: IdentifierKind) =>
  z
    .string()
    .trim()
    .max(20)
    .transform((raw, ctx) => {
      if (raw === '') return null;
      const result = normalizeIdentifier(kind, raw);
      if ('error' in result) {
        ctx.addIssue({ code: 'custom', message: result.error });
        return z.NEVER;
      }
      return result.value;
    })
    .nullable()
    .optional();

/**
 * What describes a partner organisation, as created by hand or imported from a file. The same
 * schema validates the API body and each import row, so both refuse the same things.
 */
export const PartnerInput = z
  .strictObject({
    name: z.string().trim().min(2).max(200),
    sector: z.enum(SECTORS),
    kvk: identifier('kvk').openapi({ description: 'KvK number, 8 digits', example: '12345678' }),
    agb: identifier('agb').openapi({ description: 'AGB code, 8 digits' }),
    ura: identifier('ura').openapi({ description: 'URA number, 8 digits' }),
    website: z
      .union([z.url({ protocol: /^https?$/ }).max(500), z.literal('')])
      .transform((v) => (v === '' ? null : v))
      .nullable()
      .optional(),
    description: z.string().max(5000).optional(),
  })
  .openapi('PartnerInput');
export type PartnerInput = z.output<typeof PartnerInput>;
