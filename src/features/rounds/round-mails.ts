import type { MailContent } from '../../mail/templates.ts';

// Mails about reflection rounds: Dutch first, then English.

const day = (d: Date) => d.toISOString().slice(0, 10);
const time = (d: Date) => `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

export function roundOpenedMail(input: { networkName: string; title: string; closesAt: Date; url: string }): MailContent {
  return {
    subject: `Reflectieronde geopend: ${input.title} / Reflection round open: ${input.title}`,
    text: [
      `In het samenwerkingsverband "${input.networkName}" is de reflectieronde "${input.title}" geopend.`,
      `Hoe gaat de samenwerking volgens u? De vragenlijst kost ongeveer tien minuten. Uw antwoorden zijn anoniem: niemand ziet wat u persoonlijk hebt ingevuld, alleen de gezamenlijke uitkomsten worden besproken.`,
      `U kunt tot ${time(input.closesAt)} antwoorden en uw antwoorden tot dan aanpassen:`,
      input.url,
      '',
      '---',
      '',
      `The reflection round "${input.title}" has opened in the network "${input.networkName}".`,
      `How is the collaboration going in your view? The questionnaire takes about ten minutes. Your answers are anonymous: nobody sees what you personally answered; only the combined results are discussed.`,
      `You can respond, and change your answers, until ${time(input.closesAt)}:`,
      input.url,
    ].join('\n'),
  };
}

export function roundReminderMail(input: { networkName: string; title: string; closesAt: Date; url: string }): MailContent {
  return {
    subject: `Herinnering: reflectieronde ${input.title} sluit ${day(input.closesAt)} / Reminder: round ${input.title} closes ${day(input.closesAt)}`,
    text: [
      `U hebt de reflectieronde "${input.title}" van "${input.networkName}" nog niet ingevuld. De ronde sluit op ${time(input.closesAt)}.`,
      'Elk antwoord telt: uitkomsten worden pas zichtbaar als genoeg mensen hebben geantwoord.',
      input.url,
      '',
      '---',
      '',
      `You have not yet answered the reflection round "${input.title}" of "${input.networkName}". The round closes at ${time(input.closesAt)}.`,
      'Every answer counts: results only show once enough people have responded.',
      input.url,
    ].join('\n'),
  };
}

export function roundClosedMail(input: { networkName: string; title: string; submitted: number; invited: number; url: string }): MailContent {
  return {
    subject: `Reflectieronde gesloten: ${input.title} / Reflection round closed: ${input.title}`,
    text: [
      `De reflectieronde "${input.title}" van "${input.networkName}" is gesloten. ${input.submitted} van de ${input.invited} genodigden hebben geantwoord.`,
      input.url,
      '',
      '---',
      '',
      `The reflection round "${input.title}" of "${input.networkName}" has closed. ${input.submitted} of ${input.invited} invitees responded.`,
      input.url,
    ].join('\n'),
  };
}
