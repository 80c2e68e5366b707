import type { DifferenceStatus } from '../../domain/development.ts';
import type { Language } from '../../domain/notification-preferences.ts';
import type { MailBody } from '../../mail/layout.ts';

// One language per mail: the recipient's (see notify.ts).

const statusNames: Record<DifferenceStatus, { nl: string; en: string }> = {
  named: { nl: 'benoemd', en: 'named' },
  explored: { nl: 'verkend', en: 'explored' },
  discussed: { nl: 'besproken', en: 'discussed' },
  resolved: { nl: 'opgelost', en: 'resolved' },
  accepted: { nl: 'aanvaard (we leven met dit verschil)', en: 'accepted (we live with this difference)' },
};

/** To the representatives of the partners a difference names. */
export function differenceNamedMail(input: { networkName: string; topic: string; byName: string }, language: Language): MailBody {
  return language === 'nl'
    ? {
        subject: `Verschil op de agenda: ${input.topic}`,
        lines: [`${input.byName} heeft in "${input.networkName}" een verschil benoemd waarbij uw organisatie betrokken is: "${input.topic}".`],
        action: 'Schrijf de kijk van uw organisatie erbij, zodat het verschil bespreekbaar wordt',
      }
    : {
        subject: `Difference on the agenda: ${input.topic}`,
        lines: [`${input.byName} named a difference in "${input.networkName}" that involves your organisation: "${input.topic}".`],
        action: "Add your organisation's own view so that the difference can be discussed",
      };
}

/** To the representatives of the partners involved when a difference moves on. */
export function differenceMovedMail(input: { networkName: string; topic: string; to: DifferenceStatus; note: string; byName: string }, language: Language): MailBody {
  const name = statusNames[input.to][language];
  return language === 'nl'
    ? {
        subject: `Verschil ${name}: ${input.topic}`,
        lines: [`${input.byName} heeft het verschil "${input.topic}" in "${input.networkName}" op ${name} gezet.`, ...(input.note ? [`Toelichting: ${input.note}`] : [])],
        action: 'Bekijk het verschil',
      }
    : {
        subject: `Difference ${name}: ${input.topic}`,
        lines: [`${input.byName} marked the difference "${input.topic}" in "${input.networkName}" as ${name}.`, ...(input.note ? [`Note: ${input.note}`] : [])],
        action: 'View the difference',
      };
}
