import type { DifferenceStatus } from '../../domain/development.ts';
import type { MailContent } from '../../mail/templates.ts';

// Bilingual like every mail (src/mail/templates.ts): Dutch first, English below.

const statusNames: Record<DifferenceStatus, { nl: string; en: string }> = {
  named: { nl: 'benoemd', en: 'named' },
  explored: { nl: 'verkend', en: 'explored' },
  discussed: { nl: 'besproken', en: 'discussed' },
  resolved: { nl: 'opgelost', en: 'resolved' },
  accepted: { nl: 'aanvaard (we leven met dit verschil)', en: 'accepted (we live with this difference)' },
};

/** To the representatives of the partners a difference names. */
export function differenceNamedMail(input: { networkName: string; topic: string; byName: string; url: string }): MailContent {
  return {
    subject: `Verschil op de agenda: ${input.topic} / Difference on the agenda: ${input.topic}`,
    text: [
      `${input.byName} heeft in "${input.networkName}" een verschil benoemd waarbij uw organisatie betrokken is: "${input.topic}".`,
      'Schrijf de kijk van uw organisatie erbij, zodat het verschil bespreekbaar wordt:',
      input.url,
      '',
      '---',
      '',
      `${input.byName} named a difference in "${input.networkName}" that involves your organisation: "${input.topic}".`,
      "Add your organisation's own view so that the difference can be discussed:",
      input.url,
    ].join('\n'),
  };
}

/** To the representatives of the partners involved when a difference moves on. */
export function differenceMovedMail(input: { networkName: string; topic: string; to: DifferenceStatus; note: string; byName: string; url: string }): MailContent {
  const name = statusNames[input.to];
  return {
    subject: `Verschil ${name.nl}: ${input.topic} / Difference ${name.en}: ${input.topic}`,
    text: [
      `${input.byName} heeft het verschil "${input.topic}" in "${input.networkName}" op ${name.nl} gezet.`,
      ...(input.note ? [`Toelichting: ${input.note}`] : []),
      input.url,
      '',
      '---',
      '',
      `${input.byName} marked the difference "${input.topic}" in "${input.networkName}" as ${name.en}.`,
      ...(input.note ? [`Note: ${input.note}`] : []),
      input.url,
    ].join('\n'),
  };
}
