import type { Language } from '../../domain/notification-preferences.ts';
import type { MailBody } from '../../mail/layout.ts';

type Move = 'accepted' | 'declined' | 'fulfilled' | 'withdrawn';

const MOVE: Record<Language, Record<Move, string>> = {
  nl: { accepted: 'aangenomen', declined: 'afgewezen', fulfilled: 'als uitgevoerd bevestigd', withdrawn: 'ingetrokken' },
  en: { accepted: 'accepted', declined: 'declined', fulfilled: 'confirmed as fulfilled', withdrawn: 'withdrawn' },
};

/** To the representatives asked: a partner asks something of them (or of the whole network). */
export function requestMadeMail(input: { networkName: string; fromName: string; toName: string | null; title: string }, language: Language): MailBody {
  return language === 'nl'
    ? {
        subject: `Verzoek van ${input.fromName}: ${input.title}`,
        lines: [`${input.fromName} vraagt ${input.toName ?? 'het hele samenwerkingsverband'} in "${input.networkName}": ${input.title}`],
        action: 'Neem het verzoek aan of wijs het af (met een reden)',
      }
    : {
        subject: `Request from ${input.fromName}: ${input.title}`,
        lines: [`${input.fromName} asks ${input.toName ?? 'the whole network'} in "${input.networkName}": ${input.title}`],
        action: 'Accept the request or decline it (with a reason)',
      };
}

/** To the other party: the request moved on. */
export function requestMovedMail(input: { networkName: string; byName: string; partnerName: string; title: string; to: Move; reason: string | null }, language: Language): MailBody {
  const move = MOVE[language][input.to];
  return language === 'nl'
    ? {
        subject: `Verzoek ${move}: ${input.title}`,
        lines: [`${input.byName} (${input.partnerName}) heeft het verzoek "${input.title}" in "${input.networkName}" ${move}.`, ...(input.reason ? [`Reden: ${input.reason}`] : [])],
        action: 'Bekijk de verzoeken',
      }
    : {
        subject: `Request ${move}: ${input.title}`,
        lines: [`${input.byName} (${input.partnerName}) ${move} the request "${input.title}" in "${input.networkName}".`, ...(input.reason ? [`Reason: ${input.reason}`] : [])],
        action: 'View the requests',
      };
}
