import { createRoute, z } from '@hono/zod-openapi';
import { jsonResponse } from '../../http/openapi.ts';
import { newRouter } from '../../http/router.ts';
import { getAbout, getSecurityTxt } from './get-about.ts';

const AboutSchema = z
  .object({
    operatorName: z.string().nullable().openapi({ description: 'The organisation that runs this installation (OPERATOR_NAME)' }),
    accessibilityContact: z
      .discriminatedUnion('kind', [z.object({ kind: z.literal('email'), address: z.string() }), z.object({ kind: z.literal('url'), address: z.string() })])
      .nullable()
      .openapi({ description: 'Where to report an accessibility problem (ACCESSIBILITY_CONTACT)' }),
    publicUrl: z.string(),
    version: z.string(),
  })
  .openapi('About');

/** Public facts about the installation for its accessibility statement; no sign-in needed. */
export const aboutRoutes = newRouter().openapi(
  createRoute({
    method: 'get',
    path: '/about',
    tags: ['instance'],
    summary: 'Who runs this installation and how to reach them about accessibility (public)',
    responses: { 200: jsonResponse(AboutSchema, 'The facts the accessibility statement shows') },
  }),
  (c) => c.json(getAbout(c.var.deps), 200),
);

/** /.well-known/security.txt (RFC 9116), outside /api where security researchers look for it. */
export const wellKnownRoutes = newRouter().openapi(
  createRoute({
    method: 'get',
    path: '/.well-known/security.txt',
    tags: ['instance'],
    summary: 'How to report a vulnerability in this installation (RFC 9116)',
    responses: { 200: { description: 'The security.txt: Contact (SECURITY_CONTACT), Expires, Preferred-Languages, Canonical', content: { 'text/plain': { schema: z.string() } } } },
  }),
  (c) => c.text(getSecurityTxt(c.var.deps), 200, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'max-age=86400' }),
);
