import type { Language } from '../domain/notification-preferences.ts';
import { mailDay } from './dates.ts';
import { composeMail, type MailContent } from './layout.ts';

// Mails that do not depend on notification preferences: they always go out, in one language (the
// person's, or the network's for someone who has no account yet).

export type { MailContent } from './layout.ts';

const roleNames = {
  coordinator: { nl: 'ketenregisseur', en: 'coordinator' },
  representative: { nl: 'vertegenwoordiger', en: 'representative' },
  member: { nl: 'deelnemer', en: 'member' },
  observer: { nl: 'toehoorder', en: 'observer' },
} as const;

export function invitationMail(
  input: { networkName: string; inviterName: string; role: keyof typeof roleNames; partnerName: string | null; url: string; expiresAt: Date },
  language: Language,
): MailContent {
  const role = roleNames[input.role][language];
  const until = mailDay(input.expiresAt, language);
  if (language === 'nl') {
    const forPartner = input.partnerName ? ` namens ${input.partnerName}` : '';
    return composeMail(language, {
      subject: `Uitnodiging voor ${input.networkName}`,
      sections: [
        {
          lines: [`${input.inviterName} nodigt u uit om als ${role}${forPartner} mee te doen in het samenwerkingsverband "${input.networkName}" op Ketenregie.`],
          link: { label: `Neem de uitnodiging aan via deze link (geldig tot en met ${until})`, url: input.url },
        },
      ],
    });
  }
  const forPartner = input.partnerName ? ` for ${input.partnerName}` : '';
  return composeMail(language, {
    subject: `Invitation to ${input.networkName}`,
    sections: [
      {
        lines: [`${input.inviterName} invites you to join the network "${input.networkName}" on Ketenregie as ${role}${forPartner}.`],
        link: { label: `Accept the invitation with this link (valid until ${until})`, url: input.url },
      },
    ],
  });
}

export function passwordResetMail(input: { name: string; url: string }, language: Language): MailContent {
  return language === 'nl'
    ? composeMail(language, {
        subject: 'Nieuw wachtwoord instellen',
        sections: [
          {
            lines: [`Beste ${input.name},`, 'Er is gevraagd om een nieuw wachtwoord voor uw Ketenregie-account. Heeft u dit niet gevraagd? Dan kunt u deze e-mail negeren.'],
            link: { label: 'Kies een nieuw wachtwoord via deze link (één uur geldig)', url: input.url },
          },
        ],
      })
    : composeMail(language, {
        subject: 'Reset your password',
        sections: [
          {
            lines: [`Dear ${input.name},`, 'Someone asked to reset the password of your Ketenregie account. If you did not ask for this, you can ignore this e-mail.'],
            link: { label: 'Choose a new password with this link (valid for one hour)', url: input.url },
          },
        ],
      });
}
