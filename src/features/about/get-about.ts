import type { AppDeps } from '../../deps.ts';
import { securityTxt } from '../../domain/security-txt.ts';

/** How people reach whoever runs the installation about accessibility: by e-mail or through a web page. */
export type AccessibilityContact = { kind: 'email'; address: string } | { kind: 'url'; address: string };

export interface About {
  /** The organisation that runs this installation (OPERATOR_NAME), when set. */
  operatorName: string | null;
  accessibilityContact: AccessibilityContact | null;
  publicUrl: string;
  version: string;
}

/** What the public statements of the installation need: who runs it and how to reach them. Open to everyone. */
export function getAbout({ config, version }: AppDeps): About {
  const contact = config.accessibilityContact;
  let accessibilityContact: AccessibilityContact | null = null;
  if (contact) accessibilityContact = /^https?:\/\//i.test(contact) ? { kind: 'url', address: contact } : { kind: 'email', address: contact.replace(/^mailto:/i, '') };
  return { operatorName: config.operatorName ?? null, accessibilityContact, publicUrl: config.publicUrl, version };
}

/** The installation's /.well-known/security.txt, as of the clock's now. */
export function getSecurityTxt({ config, clock }: AppDeps): string {
  return securityTxt({ contact: config.securityContact, canonical: `${config.publicUrl}/.well-known/security.txt`, now: clock.now() });
}
