import type { MailContent } from '../../mail/templates.ts';

type Move = 'accepted' | 'declined' | 'fulfilled' | 'withdrawn';

const MOVE_NL: Record<Move, string> = { accepted: 'aangenomen', declined: 'afgewezen', fulfilled: 'als uitgevoerd bevestigd', withdrawn: 'ingetrokken' };
const MOVE_EN: Record<Move, string> = { accepted: 'accepted', declined: 'declined', fulfilled: 'confirmed as fulfilled', withdrawn: 'withdrawn' };

/** To the representatives asked: a partner asks something of them (or of the whole network). */
export function requestMadeMail(input: { networkName: string; fromName: string; toName: string | null; title: string; url: string }): MailContent {
  const toNl = input.toName ? input.toName : 'het hele samenwerkingsverband';
  const toEn = input.toName ? input.toName : 'the whole network';
  return {
    subject: `Verzoek van ${input.fromName}: ${input.title} / Request from ${input.fromName}`,
    text: [
      `${input.fromName} vraagt ${toNl} in "${input.networkName}": ${input.title}`,
      '',
      'Neem het verzoek aan of wijs het af (met een reden):',
      input.url,
      '',
      '---',
      '',
      `${input.fromName} asks ${toEn} in "${input.networkName}": ${input.title}`,
      '',
      'Accept the request or decline it (with a reason):',
      input.url,
    ].join('\n'),
  };
}

/** To the other party: the request moved on. */
export function requestMovedMail(input: { networkName: string; byName: string; partnerName: string; title: string; to: Move; reason: string | null; url: string }): MailContent {
  return {
    subject: `Verzoek ${MOVE_NL[input.to]}: ${input.title} / Request ${MOVE_EN[input.to]}`,
    text: [
      `${input.byName} (${input.partnerName}) heeft het verzoek "${input.title}" in "${input.networkName}" ${MOVE_NL[input.to]}.`,
      ...(input.reason ? ['', `Reden: ${input.reason}`] : []),
      '',
      input.url,
      '',
      '---',
      '',
      `${input.byName} (${input.partnerName}) ${MOVE_EN[input.to]} the request "${input.title}" in "${input.networkName}".`,
      ...(input.reason ? ['', `Reason: ${input.reason}`] : []),
      '',
      input.url,
    ].join('\n'),
  };
}
