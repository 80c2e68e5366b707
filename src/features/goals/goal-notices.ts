import type { Tx } from '../../db/transaction.ts';
import type { Language } from '../../domain/notification-preferences.ts';
import type { MailBody } from '../../mail/layout.ts';
import { coordinatorsOf, notify, representativesOf, type NotifyDeps } from '../notifications/notify.ts';

type Deps = NotifyDeps;

function goalToAcceptMail(input: { networkName: string; title: string; agreedResult: string }, language: Language): MailBody {
  return language === 'nl'
    ? {
        subject: `Gezamenlijk doel: stemt u in? ${input.title}`,
        lines: [`In "${input.networkName}" staat het gezamenlijk doel "${input.title}" klaar. Het afgesproken resultaat:`, input.agreedResult],
        action: 'Stem namens uw organisatie in met het afgesproken resultaat',
      }
    : {
        subject: `Shared goal: do you accept? ${input.title}`,
        lines: [`In "${input.networkName}" the shared goal "${input.title}" is ready. The agreed result:`, input.agreedResult],
        action: 'Accept the agreed result on behalf of your organisation',
      };
}

function goalSharedMail(input: { networkName: string; title: string }, language: Language): MailBody {
  return language === 'nl'
    ? {
        subject: `Doel gedeeld: ${input.title}`,
        lines: [`Alle betrokken partners in "${input.networkName}" hebben ingestemd met het afgesproken resultaat van "${input.title}". Het doel is nu gedeeld.`],
        action: 'Bekijk de doelen',
      }
    : {
        subject: `Goal shared: ${input.title}`,
        lines: [`Every involved partner in "${input.networkName}" accepted the agreed result of "${input.title}". The goal is now shared.`],
        action: 'View the goals',
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
  const mailInput = { networkName: await networkName(tx, networkId), title: goal.title, agreedResult: goal.agreedResult };
  const mail = (language: Language) => goalToAcceptMail(mailInput, language);
  await notify(tx, deps, networkId, await representativesOf(tx, networkId, partnerIds), { kind: 'goalToAccept', params: { title: goal.title }, link, mail }, actorId);
}

/** Tells the coordinators that every involved partner accepted: the goal is shared. */
export async function noticeGoalShared(tx: Tx, deps: Deps, { networkId, goal, actorId }: { networkId: string; goal: { title: string }; actorId: string }) {
  const link = `/networks/${networkId}/goals`;
  const mailInput = { networkName: await networkName(tx, networkId), title: goal.title };
  const mail = (language: Language) => goalSharedMail(mailInput, language);
  await notify(tx, deps, networkId, await coordinatorsOf(tx, networkId), { kind: 'goalShared', params: { title: goal.title }, link, mail }, actorId);
}
