import type { Language } from '../../domain/notification-preferences.ts';
import { mailDay, mailTime } from '../../mail/dates.ts';
import type { MailBody } from '../../mail/layout.ts';

// Mails about reflection rounds, in the recipient's language.

export function roundOpenedMail(input: { networkName: string; title: string; closesAt: Date }, language: Language): MailBody {
  const until = mailTime(input.closesAt, language);
  return language === 'nl'
    ? {
        subject: `Reflectieronde geopend: ${input.title}`,
        lines: [
          `In het samenwerkingsverband "${input.networkName}" is de reflectieronde "${input.title}" geopend.`,
          'Hoe gaat de samenwerking volgens u? De vragenlijst kost ongeveer tien minuten. Uw antwoorden zijn anoniem: niemand ziet wat u persoonlijk hebt ingevuld, alleen de gezamenlijke uitkomsten worden besproken.',
          `U kunt tot ${until} antwoorden en uw antwoorden tot dan aanpassen.`,
        ],
        action: 'Vul de vragenlijst in',
      }
    : {
        subject: `Reflection round open: ${input.title}`,
        lines: [
          `The reflection round "${input.title}" has opened in the network "${input.networkName}".`,
          'How is the collaboration going in your view? The questionnaire takes about ten minutes. Your answers are anonymous: nobody sees what you personally answered; only the combined results are discussed.',
          `You can respond, and change your answers, until ${until}.`,
        ],
        action: 'Answer the questionnaire',
      };
}

export function roundReminderMail(input: { networkName: string; title: string; closesAt: Date }, language: Language): MailBody {
  const day = mailDay(input.closesAt, language);
  const until = mailTime(input.closesAt, language);
  return language === 'nl'
    ? {
        subject: `Herinnering: reflectieronde ${input.title} sluit ${day}`,
        lines: [
          `U hebt de reflectieronde "${input.title}" van "${input.networkName}" nog niet ingevuld. De ronde sluit op ${until}.`,
          'Elk antwoord telt: uitkomsten worden pas zichtbaar als genoeg mensen hebben geantwoord.',
        ],
        action: 'Vul de vragenlijst in',
      }
    : {
        subject: `Reminder: round ${input.title} closes ${day}`,
        lines: [`You have not yet answered the reflection round "${input.title}" of "${input.networkName}". The round closes on ${until}.`, 'Every answer counts: results only show once enough people have responded.'],
        action: 'Answer the questionnaire',
      };
}

export function roundClosedMail(input: { networkName: string; title: string; submitted: number; invited: number }, language: Language): MailBody {
  return language === 'nl'
    ? {
        subject: `Reflectieronde gesloten: ${input.title}`,
        lines: [`De reflectieronde "${input.title}" van "${input.networkName}" is gesloten. ${input.submitted} van de ${input.invited} genodigden hebben geantwoord.`],
        action: 'Bekijk de ronde',
      }
    : {
        subject: `Reflection round closed: ${input.title}`,
        lines: [`The reflection round "${input.title}" of "${input.networkName}" has closed. ${input.submitted} of ${input.invited} invitees responded.`],
        action: 'View the round',
      };
}
