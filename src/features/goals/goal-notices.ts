import type { Tx } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import type { MailContent } from '../../mail/templates.ts';
import { appUrl, coordinatorsOf, notify, representativesOf } from '../notifications/notify.ts';

type Deps = Pick<AppDeps, 'mailer' | 'config'>;

function goalToAcceptMail(input: { networkName: string; title: string; agreedResult: string; url: string }): MailContent {
  return {
    subject: `Gezamenlijk doel: stemt u in? / Shared goal: do you accept? ${input.title}`,
    text: [
      `In "${input.networkName}" staat het gezamenlijk doel "${input.title}" klaar. Het afgesproken resultaat:`,
      input.agreedResult,
      '',
      'Stem namens uw organisatie in met het afgesproken resultaat:',
      input.url,
      '',
      '---',
      '',
      `In "${input.networkName}" the shared goal "${input.title}" is ready. The agreed result:`,
      input.agreedResult,
      '',
      'Accept the agreed result on behalf of your organisation:',
      input.url,
    ].join('\n'),
  };
}

function goalSharedMail(input: { networkName: string; title: string; url: string }): MailContent {
  return {
    subject: `Doel gedeeld: ${input.title} / Goal shared`,
    text: [
      `Alle betrokken partners in "${input.networkName}" hebben ingestemd met het afgesproken resultaat van "${input.title}". Het doel is nu gedeeld.`,
      input.url,
      '',
      '---',
      '',
      `Every involved partner in "${input.networkName}" accepted the agreed result of "${input.title}". The goal is now shared.`,
      input.url,
    ].join('\n'),
  };
}

async function networkName(tx: Tx, networkId: string) {
  return (await tx.selectFrom('networks').select('name').where('id', '=', networkId).executeTakeFirstOrThrow()).name;
}

/** Asks the representatives of the involved partners to accept the (new) agreed result. */
export async function noticeGoalToAccept(
  tx: Tx,
  deps: Deps,
  { networkId, goal, partnerIds, actorId }: { networkId: string; goal: { id: string; title: string; agreedResult: string }; partnerIds: string[]; actorId: string },
) {
  const link = `/networks/${networkId}/goals`;
  const mail = goalToAcceptMail({ networkName: await networkName(tx, networkId), title: goal.title, agreedResult: goal.agreedResult, url: appUrl(deps.config.publicUrl, link) });
  await notify(tx, deps.mailer, networkId, await representativesOf(tx, networkId, partnerIds), { kind: 'goalToAccept', params: { title: goal.title }, link, mail }, actorId);
}

/** Tells the coordinators that every involved partner accepted: the goal is shared. */
export async function noticeGoalShared(tx: Tx, deps: Deps, { networkId, goal, actorId }: { networkId: string; goal: { title: string }; actorId: string }) {
  const link = `/networks/${networkId}/goals`;
  const mail = goalSharedMail({ networkName: await networkName(tx, networkId), title: goal.title, url: appUrl(deps.config.publicUrl, link) });
  await notify(tx, deps.mailer, networkId, await coordinatorsOf(tx, networkId), { kind: 'goalShared', params: { title: goal.title }, link, mail }, actorId);
}
