import type { components } from '../../api.gen.ts';

export type Questionnaire = components['schemas']['RoundQuestionnaire'];
export type ResponseAnswers = components['schemas']['ResponseAnswers'];

/** One answer while filling in: a value, 'dk' for "don't know", or absent when not answered yet. */
export type DraftAnswer = number | 'dk';
export type AspectKey = 'ambition' | 'interests' | 'relationship' | 'organisation' | 'process';
export const PARTNER_ITEMS = ['level', 'reliability', 'openness', 'mission', 'influence', 'resources', 'involvement'] as const;
export type PartnerItem = (typeof PARTNER_ITEMS)[number];

/** The respondent's work in progress, kept in localStorage per round and user (also after sending, to change it later). */
export interface Draft {
  /** Keyed `${aspect}.${index}`, `${agreementId}.importance`, `${partnerId}.level` … */
  answers: Record<string, DraftAnswer>;
  chosen: string[];
  wentWell: string;
  toDiscuss: string;
  askOfPartner: string;
  step: number;
  submittedAt: string | null;
}

export const emptyDraft = (): Draft => ({ answers: {}, chosen: [], wentWell: '', toDiscuss: '', askOfPartner: '', step: 0, submittedAt: null });

export const storageKey = (roundId: string, userId: string) => `ketenregie.round.${roundId}.${userId}`;

export function loadDraft(key: string): Draft {
  try {
    const raw = window.localStorage.getItem(key);
    if (!raw) return emptyDraft();
    return { ...emptyDraft(), ...(JSON.parse(raw) as Partial<Draft>) };
  } catch {
    return emptyDraft();
  }
}

export function saveDraft(key: string, draft: Draft): void {
  try {
    window.localStorage.setItem(key, JSON.stringify(draft));
  } catch {
    // Storage full or blocked (private mode): answering still works, only without keeping progress.
  }
}

/** The sections, in order: aspects, agreements (if any), choosing partners, one per chosen partner, open questions, sending. */
export type Step = { kind: 'aspects' } | { kind: 'agreements' } | { kind: 'choose' } | { kind: 'partner'; partnerId: string; index: number } | { kind: 'open' } | { kind: 'review' };

export function stepsOf(q: Questionnaire, draft: Draft): Step[] {
  const chosen = q.partners.filter((p) => draft.chosen.includes(p.id));
  return [
    { kind: 'aspects' },
    ...(q.agreements.length > 0 ? [{ kind: 'agreements' } as const] : []),
    ...(q.partners.length > 0 ? [{ kind: 'choose' } as const] : []),
    ...chosen.map((p, index) => ({ kind: 'partner', partnerId: p.id, index }) as const),
    { kind: 'open' },
    { kind: 'review' },
  ];
}

/** The keys of every closed question the respondent is asked, given the partners they chose. */
export function questionKeys(q: Questionnaire, draft: Draft): string[] {
  const chosen = q.partners.filter((p) => draft.chosen.includes(p.id));
  return [
    ...q.aspects.flatMap((a) => [`${a.key}.0`, `${a.key}.1`]),
    ...q.agreements.flatMap((a) => [`${a.id}.importance`, `${a.id}.adherence`]),
    ...chosen.flatMap((p) => PARTNER_ITEMS.map((item) => `${p.id}.${item}`)),
  ];
}

/** The body of DESIGN §7.1: "don't know" and unanswered both become null; only chosen partners are sent. */
export function toResponseBody(q: Questionnaire, draft: Draft): ResponseAnswers {
  const value = (key: string): number | null => {
    const a = draft.answers[key];
    return typeof a === 'number' ? a : null;
  };
  const aspects = Object.fromEntries(q.aspects.map((a) => [a.key, [value(`${a.key}.0`), value(`${a.key}.1`)]])) as ResponseAnswers['aspects'];
  const agreements = Object.fromEntries(q.agreements.map((a) => [a.id, { importance: value(`${a.id}.importance`), adherence: value(`${a.id}.adherence`) }]));
  const partners = Object.fromEntries(
    q.partners.filter((p) => draft.chosen.includes(p.id)).map((p) => [p.id, Object.fromEntries(PARTNER_ITEMS.map((item) => [item, value(`${p.id}.${item}`)]))]),
  ) as ResponseAnswers['partners'];
  const text = (s: string) => (s.trim() === '' ? undefined : s.trim());
  return { aspects, agreements, partners, wentWell: text(draft.wentWell), toDiscuss: text(draft.toDiscuss), askOfPartner: text(draft.askOfPartner) };
}
