import { randomUUID } from 'node:crypto';
import { inTransaction } from '../../db/transaction.ts';
import type { SsoRole, SsoRoleRule } from '../../db/schema-sso.ts';
import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { conflict, notFound } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';

export interface NewSsoLink {
  providerId: string;
  partnerId: string;
  rules: SsoRoleRule[];
  defaultRole: SsoRole | null;
  requiresApproval: boolean;
}

/** The network's links to identity providers, the providers it can link to, and who waits for approval (coordinator). */
export async function listSsoLinks({ db }: AppDeps, { membership }: NetworkCaller) {
  permit(membership, 'sso.manage');
  const [providers, domains, links, pending] = await Promise.all([
    db.selectFrom('sso_providers').select(['id', 'name']).orderBy('name').execute(),
    db.selectFrom('sso_domains').selectAll().orderBy('domain').execute(),
    db
      .selectFrom('sso_partner_links as l')
      .innerJoin('partners as p', 'p.id', 'l.partner_id')
      .innerJoin('sso_providers as s', 's.id', 'l.provider_id')
      .select(['l.id', 'l.provider_id', 's.name as provider_name', 'l.partner_id', 'p.name as partner_name', 'l.rules', 'l.default_role', 'l.requires_approval', 'l.created_at'])
      .where('l.network_id', '=', membership.networkId)
      .orderBy('p.name')
      .execute(),
    db
      .selectFrom('sso_pending_members as m')
      .innerJoin('users as u', 'u.id', 'm.user_id')
      .innerJoin('sso_partner_links as l', 'l.id', 'm.link_id')
      .innerJoin('partners as p', 'p.id', 'l.partner_id')
      .select(['m.id', 'u.name', 'u.email', 'm.role', 'p.name as partner_name', 'm.created_at'])
      .where('m.network_id', '=', membership.networkId)
      .orderBy('m.created_at')
      .execute(),
  ]);
  return {
    providers: providers.map((p) => ({ id: p.id, name: p.name, domains: domains.filter((d) => d.provider_id === p.id).map((d) => d.domain) })),
    links: links.map((l) => ({
      id: l.id,
      providerId: l.provider_id,
      providerName: l.provider_name,
      partnerId: l.partner_id,
      partnerName: l.partner_name,
      rules: l.rules,
      defaultRole: l.default_role,
      requiresApproval: l.requires_approval,
      createdAt: l.created_at.toISOString(),
    })),
    pending: pending.map((m) => ({ id: m.id, name: m.name, email: m.email, role: m.role, partnerName: m.partner_name, createdAt: m.created_at.toISOString() })),
  };
}

/** Links a partner of the network to an identity provider, with the claim → role mapping (coordinator). */
export async function linkSsoProvider({ db, clock }: AppDeps, { actor, membership, link }: NetworkCaller & { link: NewSsoLink }) {
  permit(membership, 'sso.manage');
  return inTransaction(db, async (tx) => {
    const partner = await tx.selectFrom('partners').select('id').where('id', '=', link.partnerId).where('network_id', '=', membership.networkId).executeTakeFirst();
    if (!partner) throw notFound('No such partner in this network');
    const provider = await tx.selectFrom('sso_providers').select('id').where('id', '=', link.providerId).executeTakeFirst();
    if (!provider) throw notFound('No such identity provider');
    const taken = await tx.selectFrom('sso_partner_links').select('id').where('network_id', '=', membership.networkId).where('provider_id', '=', link.providerId).executeTakeFirst();
    if (taken) throw conflict('This identity provider is already linked to a partner of this network');
    const id = randomUUID();
    await tx
      .insertInto('sso_partner_links')
      .values({
        id,
        network_id: membership.networkId,
        provider_id: link.providerId,
        partner_id: link.partnerId,
        rules: JSON.stringify(link.rules),
        default_role: link.defaultRole,
        requires_approval: link.requiresApproval,
        created_at: clock.now(),
      })
      .execute();
    await recordAudit(tx, actor, {
      networkId: membership.networkId,
      action: 'sso_link.create',
      objectType: 'sso_link',
      objectId: id,
      details: { providerId: link.providerId, partnerId: link.partnerId, rules: link.rules, defaultRole: link.defaultRole, requiresApproval: link.requiresApproval },
    });
    return { id };
  });
}

export interface SsoLinkChange {
  rules: SsoRoleRule[];
  defaultRole: SsoRole | null;
  requiresApproval: boolean;
}

/**
 * Changes a link's claim → role mapping and whether sign-ins wait for approval (coordinator).
 * It applies to the next sign-in; roles given before stay, and so does whoever already waits.
 */
export async function updateSsoLink({ db }: AppDeps, { actor, membership, linkId, change }: NetworkCaller & { linkId: string; change: SsoLinkChange }) {
  permit(membership, 'sso.manage');
  await inTransaction(db, async (tx) => {
    const row = await tx
      .updateTable('sso_partner_links')
      .set({ rules: JSON.stringify(change.rules), default_role: change.defaultRole, requires_approval: change.requiresApproval })
      .where('id', '=', linkId)
      .where('network_id', '=', membership.networkId)
      .returning('id')
      .executeTakeFirst();
    if (!row) throw notFound('No such link');
    await recordAudit(tx, actor, { networkId: membership.networkId, action: 'sso_link.update', objectType: 'sso_link', objectId: linkId, details: { ...change } });
  });
}

/** Ends a link (coordinator): nobody new joins through it; memberships made through it stay. */
export async function unlinkSsoProvider({ db }: AppDeps, { actor, membership, linkId }: NetworkCaller & { linkId: string }) {
  permit(membership, 'sso.manage');
  await inTransaction(db, async (tx) => {
    const row = await tx.deleteFrom('sso_partner_links').where('id', '=', linkId).where('network_id', '=', membership.networkId).returning('id').executeTakeFirst();
    if (!row) throw notFound('No such link');
    await recordAudit(tx, actor, { networkId: membership.networkId, action: 'sso_link.remove', objectType: 'sso_link', objectId: linkId });
  });
}

/** Admits or turns away a person who signed in through a link that asks for approval (coordinator). */
export async function decideSsoMember({ db, clock }: AppDeps, { actor, membership, pendingId, approve }: NetworkCaller & { pendingId: string; approve: boolean }) {
  permit(membership, 'sso.manage');
  await inTransaction(db, async (tx) => {
    const pending = await tx
      .deleteFrom('sso_pending_members as m')
      .where('m.id', '=', pendingId)
      .where('m.network_id', '=', membership.networkId)
      .returning(['m.user_id', 'm.role', 'm.link_id'])
      .executeTakeFirst();
    if (!pending) throw notFound('Nobody waits for approval under this id');
    const link = await tx.selectFrom('sso_partner_links').select('partner_id').where('id', '=', pending.link_id).executeTakeFirstOrThrow();
    if (approve) {
      const existing = await tx.selectFrom('network_members').select('id').where('network_id', '=', membership.networkId).where('user_id', '=', pending.user_id).executeTakeFirst();
      if (existing) throw conflict('This person already has a role in this network');
      await tx
        .insertInto('network_members')
        .values({ id: randomUUID(), network_id: membership.networkId, user_id: pending.user_id, role: pending.role, partner_id: link.partner_id, created_at: clock.now() })
        .execute();
    }
    await recordAudit(tx, actor, {
      networkId: membership.networkId,
      action: approve ? 'sso_member.approve' : 'sso_member.refuse',
      objectType: 'user',
      objectId: pending.user_id,
      details: { role: pending.role, partnerId: link.partner_id },
    });
  });
}
