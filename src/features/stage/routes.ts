import { createRoute, z } from '@hono/zod-openapi';
import { STAGE_CRITERIA } from '../../domain/stage.ts';
import { errorResponses, jsonResponse, NetworkParams } from '../../http/openapi.ts';
import { newRouter } from '../../http/router.ts';
import { getStageAssessment } from './get-stage-assessment.ts';

const Criterion = z
  .object({
    key: z.enum(STAGE_CRITERIA),
    met: z.boolean(),
    missing: z.array(z.object({ id: z.string(), name: z.string() })).openapi({ description: 'The partners (or items) that keep the criterion from being met' }),
    link: z.string().nullable().openapi({ description: 'Path in the web app where to act, when not met' }),
  })
  .openapi('StageCriterion');

const StageAssessment = z
  .object({
    stage: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]).openapi({ description: '0 none, 1 familiarity (kennismaken), 2 agreements (afspreken), 3 openness (openheid)' }),
    stages: z.array(z.object({ stage: z.union([z.literal(1), z.literal(2), z.literal(3)]), met: z.boolean(), criteria: z.array(Criterion) })),
  })
  .openapi('StageAssessment');

export const stageRoutes = newRouter().openapi(
  createRoute({
    method: 'get',
    path: '/networks/{networkId}/stage',
    tags: ['stage'],
    summary: 'The stage the collaboration has reached, with every criterion met or not (DESIGN §5.5)',
    description:
      'Stage 1 from partners, representatives, profiles and shared history; stage 2 from the ground rules, the task division and review dates; stage 3 from the closed reflection rounds (two or more; openness of the last one ≥ 70 on at least k respondents), published differences discussed or later, the trend of network trust and the "too good to be true" signal.',
    request: { params: NetworkParams },
    responses: { 200: jsonResponse(StageAssessment, 'The assessment'), ...errorResponses },
  }),
  async (c) => c.json(await getStageAssessment(c.var.deps, { membership: c.var.membership }), 200),
);
