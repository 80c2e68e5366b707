import { createRoute, z } from '@hono/zod-openapi';
import {
  conflictResponse,
  errorResponses,
  goneResponse,
  IdParam,
  jsonBody,
  jsonResponse,
  NetworkParams,
  PageQuery,
  pageSchema,
  Timestamp,
} from '../../http/openapi.ts';
import { newRouter } from '../../http/router.ts';
import { callerOf } from '../../http/session.ts';
import { Email, Password, PersonName } from '../accounts/account-fields.ts';
import { startSession } from '../accounts/create-account.ts';
import { RoleSchema } from '../networks/schemas.ts';
import { acceptInvitation, getInvitationByToken } from './accept-invitation.ts';
import { handOverRole } from './hand-over-role.ts';
import { invitePerson } from './invite-person.ts';
import { listInvitations } from './list-invitations.ts';
import { revokeInvitation } from './revoke-invitation.ts';

const tags = ['invitations'];
const InvitationStatus = z.enum(['pending', 'accepted', 'revoked', 'expired']);

const InvitationSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    role: RoleSchema,
    partner: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    status: InvitationStatus,
    expiresAt: Timestamp,
    createdAt: Timestamp,
    handover: z
      .object({
        leaverId: z.uuid(),
        leaverName: z.string().nullable().openapi({ description: "The leaver's name; null once their account is gone" }),
        leaverBecomes: z.enum(['member', 'leaves']),
      })
      .nullable()
      .openapi({ description: 'For a handover: the representative whose role ends when this invitation is accepted, and what they become' }),
  })
  .openapi('Invitation');

const HandoverBody = z
  .strictObject({
    successorEmail: Email,
    leaverBecomes: z.enum(['member', 'leaves']).openapi({ description: 'member: stays on as a member of the partner; leaves: leaves the network' }),
    validDays: z.number().int().min(1).max(60).optional(),
  })
  .openapi('HandoverRequest');

const HandoverSchema = InvitationSchema.extend({
  handover: z.object({ leaver: z.object({ id: z.uuid(), name: z.string() }), leaverBecomes: z.enum(['member', 'leaves']) }),
}).openapi('Handover');

const InviteBody = z
  .strictObject({
    email: Email,
    role: RoleSchema,
    partnerId: z.uuid().optional().openapi({ description: 'Required for a representative; optional for a member' }),
    validDays: z.number().int().min(1).max(60).optional().openapi({ description: 'Days the link stays valid (default 14)' }),
  })
  .openapi('InviteRequest');

const TokenParams = z.object({ token: z.string().min(20).max(100).openapi({ param: { name: 'token', in: 'path' } }) });
const InvitationParams = NetworkParams.extend({ invitationId: IdParam.openapi({ param: { name: 'invitationId', in: 'path' } }) });

const PublicInvitation = z
  .object({
    networkId: z.uuid(),
    networkName: z.string(),
    email: z.string(),
    role: RoleSchema,
    partnerName: z.string().nullable(),
    expiresAt: Timestamp,
    status: z.literal('pending'),
    accountExists: z.boolean(),
  })
  .openapi('InvitationForInvitee');

const ClosedInvitation = z
  .object({ status: z.enum(['accepted', 'revoked', 'expired']) })
  .openapi('ClosedInvitation', { description: 'A used, withdrawn or expired invitation: only its status' });

const AcceptBody = z
  .strictObject({ name: PersonName.optional(), password: Password.optional() })
  .openapi('AcceptInvitation', { description: 'Name and password for a new account; empty when signed in with the invited address' });

export const invitationRoutes = newRouter()
  .openapi(
    createRoute({
      method: 'post',
      path: '/networks/{networkId}/members/{userId}/handover',
      tags,
      summary: "Hand a representative's role in their partner to a successor by invitation (coordinator, or the representative themself)",
      description: [
        'The successor gets an invitation as representative of the same partner. Nothing changes until they accept.',
        '',
        "A successor address that already belongs to someone with a role in this network is refused with 409 (`conflict`, details `{ reason: 'successor_has_role' }`) before anything is written. A leaver has at most one pending handover: handing over the same role again withdraws the earlier pending invitation (the audit entry lists it), so a mistyped address is corrected by handing over again.",
        '',
        "On acceptance, in one transaction: the leaver's representative role ends (they stay on as a member of the partner, or leave the network, as chosen); the steps the leaver had claimed and not finished become open and unclaimed again, and the partner's people and the coordinators get an in-app notice with their number (they are not given to the successor: DESIGN §5.8, people claim steps for themselves); finished steps keep who did them. Requests to or from the partner and agreements awaiting the partner's consent belong to the partner, not to the person, so the successor answers the pending ones as the partner's representative. Answers to reflection rounds are anonymous and are never moved or linked to anyone. The audit log keeps who did what, including the released steps.",
      ].join('\n'),
      request: { params: NetworkParams.extend({ userId: IdParam.openapi({ param: { name: 'userId', in: 'path' } }) }), body: jsonBody(HandoverBody) },
      responses: { 201: jsonResponse(HandoverSchema, 'The invitation to the successor; the link goes out by e-mail'), ...errorResponses, ...conflictResponse },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const handover = { leaverId: c.req.valid('param').userId, successorEmail: body.successorEmail, leaverBecomes: body.leaverBecomes, validDays: body.validDays };
      return c.json(await handOverRole(c.var.deps, { ...callerOf(c), handover }), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/networks/{networkId}/invitations',
      tags,
      summary: 'Invite a person by e-mail with a role (coordinator)',
      request: { params: NetworkParams, body: jsonBody(InviteBody) },
      responses: { 201: jsonResponse(InvitationSchema, 'The invitation; the link goes out by e-mail'), ...errorResponses, ...conflictResponse },
    }),
    async (c) => c.json(await invitePerson(c.var.deps, { ...callerOf(c), invitation: c.req.valid('json') }), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/networks/{networkId}/invitations',
      tags,
      summary: "The network's invitations (coordinator)",
      request: { params: NetworkParams, query: PageQuery },
      responses: { 200: jsonResponse(pageSchema(InvitationSchema), 'Invitations, newest first'), ...errorResponses },
    }),
    async (c) => c.json(await listInvitations(c.var.deps, { membership: c.var.membership, page: c.req.valid('query') }), 200),
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/networks/{networkId}/invitations/{invitationId}',
      tags,
      summary: 'Withdraw an invitation (coordinator)',
      request: { params: InvitationParams },
      responses: { 200: jsonResponse(InvitationSchema, 'The withdrawn invitation'), ...errorResponses, ...conflictResponse },
    }),
    async (c) => c.json(await revokeInvitation(c.var.deps, { ...callerOf(c), invitationId: c.req.valid('param').invitationId }), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/invitations/{token}',
      tags,
      summary: 'What an invitation link is for (anyone holding the link)',
      request: { params: TokenParams },
      responses: { 200: jsonResponse(z.union([PublicInvitation, ClosedInvitation]), 'The invitation, or only its status once it can no longer be accepted'), 404: errorResponses[404] },
    }),
    async (c) => c.json(await getInvitationByToken(c.var.deps, { token: c.req.valid('param').token }), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/invitations/{token}/accept',
      tags,
      summary: 'Accept an invitation: join with my account, or create one with a name and password',
      request: { params: TokenParams, body: jsonBody(AcceptBody) },
      responses: {
        200: jsonResponse(z.object({ networkId: z.uuid(), role: RoleSchema }), 'Joined; a new account is signed in by the response cookie'),
        ...errorResponses,
        ...conflictResponse,
        ...goneResponse,
      },
    }),
    async (c) => {
      const { token } = c.req.valid('param');
      const body = c.req.valid('json');
      const result = await acceptInvitation(c.var.deps, { token, user: c.get('user'), ip: c.get('clientIp'), account: body });
      if (result.accountCreated && body.password) {
        for (const cookie of await startSession(c.var.deps.auth, { email: result.email, password: body.password }, c.req.raw.headers)) {
          c.header('set-cookie', cookie, { append: true });
        }
      }
      return c.json({ networkId: result.networkId, role: result.role }, 200);
    },
  );
