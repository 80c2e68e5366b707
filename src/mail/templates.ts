import { mailDay } from './dates.ts';

// E-mail texts. Mails go to people whose language we do not know yet, so each mail carries the
// Dutch text first and the English text below it.

export interface MailContent {
  subject: string;
  text: string;
}

const roleNames = {
  coordinator: { nl: 'ketenregisseur', en: 'coordinator' },
  representative: { nl: 'vertegenwoordiger', en: 'representative' },
  member: { nl: 'deelnemer', en: 'member' },
  observer: { nl: 'toehoorder', en: 'observer' },
} as const;

export function invitationMail(input: {
  networkName: string;
  inviterName: string;
  role: keyof typeof roleNames;
  partnerName: string | null;
  url: string;
  expiresAt: Date;
}): MailContent {
  const role = roleNames[input.role];
  const forPartnerNl = input.partnerName ? ` namens ${input.partnerName}` : '';
  const forPartnerEn = input.partnerName ? ` for ${input.partnerName}` : '';
  return {
    subject: `Uitnodiging voor ${input.networkName} / Invitation to ${input.networkName}`,
    text: [
      `${input.inviterName} nodigt u uit om als ${role.nl}${forPartnerNl} mee te doen in het samenwerkingsverband "${input.networkName}" op Ketenregie.`,
      '',
      `Neem de uitnodiging aan via deze link (geldig tot en met ${mailDay(input.expiresAt, 'nl')}):`,
      input.url,
      '',
      '---',
      '',
      `${input.inviterName} invites you to join the network "${input.networkName}" on Ketenregie as ${role.en}${forPartnerEn}.`,
      '',
      `Accept the invitation with this link (valid until ${mailDay(input.expiresAt, 'en')}):`,
      input.url,
    ].join('\n'),
  };
}

export function passwordResetMail(input: { name: string; url: string }): MailContent {
  return {
    subject: 'Nieuw wachtwoord instellen / Reset your password',
    text: [
      `Beste ${input.name},`,
      '',
      'Er is gevraagd om een nieuw wachtwoord voor uw Ketenregie-account. Kies een nieuw wachtwoord via deze link (één uur geldig):',
      input.url,
      'Heeft u dit niet gevraagd? Dan kunt u deze e-mail negeren.',
      '',
      '---',
      '',
      `Dear ${input.name},`,
      '',
      'Someone asked to reset the password of your Ketenregie account. Choose a new password with this link (valid for one hour):',
      input.url,
      'If you did not ask for this, you can ignore this e-mail.',
    ].join('\n'),
  };
}
