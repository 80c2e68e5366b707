import { createRoute, z } from '@hono/zod-openapi';
import { errorResponses, NetworkParams } from '../../http/openapi.ts';
import { newRouter } from '../../http/router.ts';
import { exportDirectory } from './export-directory.ts';

const FHIR_JSON = 'application/fhir+json';

const BundleSchema = z
  .object({
    resourceType: z.literal('Bundle'),
    type: z.literal('collection'),
    timestamp: z.string(),
    entry: z.array(z.object({ fullUrl: z.string(), resource: z.record(z.string(), z.unknown()) })),
  })
  .passthrough()
  .openapi('FhirDirectoryBundle', {
    description:
      'A FHIR R4 Bundle (type collection): the network as an Organization; per partner an Organization (IHE mCSD and Nictiz nl-core HealthcareProvider-Organization: ' +
      'URA http://fhir.nl/fhir/NamingSystem/ura, AGB http://fhir.nl/fhir/NamingSystem/agb-z, KvK http://fhir.nl/fhir/NamingSystem/kvk) and an OrganizationAffiliation ' +
      '(organization-role "member") to the network; per capability of the crisis route and partner with weekly slots a HealthcareService (mCSD) with availableTime, ' +
      'notAvailable from the exceptions and the contact routes as telecom. References are urn:uuid full URLs within the Bundle. See docs/fhir.md.',
  });

export const fhirRoutes = newRouter().openapi(
  createRoute({
    method: 'get',
    path: '/networks/{networkId}/fhir',
    tags: ['partners'],
    summary: 'The partner register and the crisis route as a FHIR R4 directory Bundle (IHE mCSD, nl-core) (every role)',
    description: 'Slots valid today (Europe/Amsterdam) or later and exceptions that have not ended are included. Nothing about people: no representatives, no members.',
    request: { params: NetworkParams },
    responses: {
      200: { description: 'The Bundle, as an attachment', content: { [FHIR_JSON]: { schema: BundleSchema } } },
      ...errorResponses,
    },
  }),
  async (c) => {
    const bundle = await exportDirectory(c.var.deps, { membership: c.var.membership });
    // c.json keeps a content type given here (FHIR's own JSON media type).
    return c.json(bundle as z.infer<typeof BundleSchema>, 200, {
      'content-type': `${FHIR_JSON}; charset=utf-8`,
      'content-disposition': 'attachment; filename="ketenregie-fhir-directory.json"',
      'cache-control': 'no-store',
    });
  },
);
