import type { AppDeps } from '../../deps.ts';
import { groundRulesTemplate, groundRulesTitle } from '../../domain/ground-rules.ts';
import type { Membership } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';

export interface TemplateQuery {
  kind: 'ground_rules';
  lang: 'nl' | 'en';
}

/** The title and Markdown body a new ground-rules agreement starts from: one section per core question. */
export function getAgreementTemplate(_deps: AppDeps, { membership, query }: { membership: Membership; query: TemplateQuery }) {
  permit(membership, 'network.read');
  const { kind, lang } = query;
  return { kind, lang, title: groundRulesTitle(lang), body: groundRulesTemplate(lang) };
}
