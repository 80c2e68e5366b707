import type { Tx } from '../../db/transaction.ts';
import type { Language } from '../../domain/notification-preferences.ts';
import { notify, representativesOf, type NotifyDeps } from '../notifications/notify.ts';
import { requestMadeMail, requestMovedMail } from './request-mails.ts';
import type { RequestView } from './request-view.ts';

type Deps = NotifyDeps;

const linkTo = (networkId: string) => `/networks/${networkId}/requests`;

async function networkName(tx: Tx, networkId: string) {
  return (await tx.selectFrom('networks').select('name').where('id', '=', networkId).executeTakeFirstOrThrow()).name;
}

/** The partners who are asked: the one named, or every other partner for a request to the whole network. */
export async function askedPartners(tx: Tx, networkId: string, request: Pick<RequestView, 'from' | 'to'>): Promise<string[]> {
  if (request.to) return [request.to.id];
  let others = tx.selectFrom('partners').select('id').where('network_id', '=', networkId);
  if (request.from) others = others.where('id', '!=', request.from.id);
  const rows = await others.execute();
  return rows.map((r) => r.id);
}

/** Tells the representatives asked that a (published) request waits for their answer. */
export async function noticeRequestMade(tx: Tx, deps: Deps, { networkId, request, actorId }: { networkId: string; request: RequestView; actorId: string }) {
  const recipients = await representativesOf(tx, networkId, await askedPartners(tx, networkId, request));
  const link = linkTo(networkId);
  // Published requests always name who asks (a draft without one cannot be published).
  const fromName = request.from?.name ?? '';
  const mailInput = { networkName: await networkName(tx, networkId), fromName, toName: request.to?.name ?? null, title: request.title };
  const mail = (language: Language) => requestMadeMail(mailInput, language);
  await notify(tx, deps, networkId, recipients, { kind: 'requestMade', params: { title: request.title, from: fromName }, link, mail }, actorId);
}

/**
 * Tells the other party that a request moved: the requester hears of an acceptance or a decline;
 * the provider (or the partners asked, while nobody accepted) hears of fulfilment or withdrawal.
 */
export async function noticeRequestMoved(
  tx: Tx,
  deps: Deps,
  { networkId, request, actor, reason }: { networkId: string; request: RequestView; actor: { id: string; name: string; partnerName: string }; reason: string | null },
) {
  const to = request.status as 'accepted' | 'declined' | 'fulfilled' | 'withdrawn';
  const partners = to === 'accepted' || to === 'declined' ? (request.from ? [request.from.id] : []) : request.provider ? [request.provider.id] : await askedPartners(tx, networkId, request);
  const recipients = await representativesOf(tx, networkId, partners);
  const link = linkTo(networkId);
  const mailInput = { networkName: await networkName(tx, networkId), byName: actor.name, partnerName: actor.partnerName, title: request.title, to, reason };
  const mail = (language: Language) => requestMovedMail(mailInput, language);
  await notify(tx, deps, networkId, recipients, { kind: `request${to[0]!.toUpperCase()}${to.slice(1)}`, params: { title: request.title, by: actor.partnerName, reason }, link, mail }, actor.id);
}
