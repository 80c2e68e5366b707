import { z } from '@hono/zod-openapi';
import { AGENDA_REASONS, AGENDA_SECTIONS } from '../../domain/agenda.ts';

export const AgendaItemSchema = z
  .object({
    section: z.enum(AGENDA_SECTIONS).openapi({ description: 'The part of the session, in the order of DESIGN §5.7' }),
    kind: z.string().openapi({ description: 'What the item is: a signal code, story, agreement, difference, step, request or value_map_gap' }),
    title: z.string(),
    reason: z.object({
      code: z.enum(AGENDA_REASONS),
      params: z.record(z.string(), z.union([z.string(), z.number()])).openapi({ description: 'The facts behind the reason (names, dates, scores rounded to one decimal)' }),
    }),
    link: z.string().nullable().openapi({ description: 'Path in the web app where to act' }),
  })
  .openapi('AgendaItem');

export const AgendaSchema = z.object({ items: z.array(AgendaItemSchema) }).openapi('Agenda');
