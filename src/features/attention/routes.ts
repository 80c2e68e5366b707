import { createRoute, z } from '@hono/zod-openapi';
import { ATTENTION_KINDS } from '../../domain/attention.ts';
import { errorResponses, jsonResponse, NetworkParams } from '../../http/openapi.ts';
import { newRouter } from '../../http/router.ts';
import { requireUser } from '../../http/session.ts';
import { getAttention } from './get-attention.ts';

const AttentionItem = z
  .object({
    kind: z.enum(ATTENTION_KINDS),
    id: z.uuid().openapi({ description: 'The round, agreement, step, request, difference or session' }),
    title: z.string(),
    due: z.string().nullable().openapi({ description: "A round's closing instant, a step's due day or a session's day; null when undated" }),
    overdue: z.boolean().openapi({ description: 'A step whose due day has passed' }),
    link: z.string().openapi({ description: 'Path in the web app where to act' }),
  })
  .openapi('AttentionItem');

const Attention = z
  .object({
    today: z.string().openapi({ description: 'The Dutch calendar day the list was made for' }),
    items: z.array(AttentionItem).openapi({ description: 'Most urgent first: the questionnaire, overdue steps, ratifications, requests, differences, steps due soon, the next session' }),
  })
  .openapi('Attention');

export const attentionRoutes = newRouter().openapi(
  createRoute({
    method: 'get',
    path: '/networks/{networkId}/attention',
    tags: ['networks'],
    summary: 'What asks for the caller’s attention in the network now',
    description:
      "The open questionnaire the caller has not sent; for a representative, proposed agreements their partner has not decided on, open requests addressed to their partner and differences without their partner's view; the caller's own steps due within a week or overdue; the next session.",
    request: { params: NetworkParams },
    responses: { 200: jsonResponse(Attention, 'The list'), ...errorResponses },
  }),
  async (c) => c.json(await getAttention(c.var.deps, { membership: c.var.membership, userId: requireUser(c).id }), 200),
);
