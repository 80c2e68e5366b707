import { mailDay, mailTime } from '../../mail/dates.ts';
import type { MailContent } from '../../mail/templates.ts';

// Mails about reflection rounds: Dutch first, then English.


export function roundOpenedMail(input: { networkName: string; title: string; closesAt: Date; url: string }): MailContent {
  return {
    subject: `Reflectieronde geopend: ${input.title} / Reflection round open: ${input.title}`,
    text: [
      `In het samenwerkingsverband "${input.networkName}" is de reflectieronde "${input.title}" geopend.`,
      `Hoe gaat de samenwerking volgens u? De vragenlijst kost ongeveer tien minuten. Uw antwoorden zijn anoniem: niemand ziet wat u persoonlijk hebt ingevuld, alleen de gezamenlijke uitkomsten worden besproken.`,
      `U kunt tot ${mailTime(input.closesAt, 'nl')} antwoorden en uw antwoorden tot dan aanpassen:`,
      input.url,
      '',
      '---',
      '',
      `The reflection round "${input.title}" has opened in the network "${input.networkName}".`,
      `How is the collaboration going in your view? The questionnaire takes about ten minutes. Your answers are anonymous: nobody sees what you personally answered; only the combined results are discussed.`,
      `You can respond, and change your answers, until ${mailTime(input.closesAt, 'en')}:`,
      input.url,
    ].join('\n'),
  };
}

export function roundReminderMail(input: { networkName: string; title: string; closesAt: Date; url: string }): MailContent {
  return {
    subject: `Herinnering: reflectieronde ${input.title} sluit ${mailDay(input.closesAt, 'nl')} / Reminder: round ${input.title} closes ${mailDay(input.closesAt, 'en')}`,
    text: [
      `U hebt de reflectieronde "${input.title}" van "${input.networkName}" nog niet ingevuld. De ronde sluit op ${mailTime(input.closesAt, 'nl')}.`,
      'Elk antwoord telt: uitkomsten worden pas zichtbaar als genoeg mensen hebben geantwoord.',
      input.url,
      '',
      '---',
      '',
      `You have not yet answered the reflection round "${input.title}" of "${input.networkName}". The round closes on ${mailTime(input.closesAt, 'en')}.`,
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
