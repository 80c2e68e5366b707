import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AgendaItem } from '../signals/signalQueries.ts';
import { useSubjectLabel } from '../signals/useSubjectLabel.ts';
import { useAgendaReason } from './useAgendaReason.ts';

const MEASURES = ['networkTrust', 'openness', 'aspect', 'receivedTrust', 'dyadTrust'] as const;
const ASPECTS = ['ambition', 'interests', 'relationship', 'organisation', 'process'] as const;

const oneOf = <T extends string>(list: readonly T[], value: unknown): T | null => (list.includes(value as T) ? (value as T) : null);

/** One agenda item: what it is, why it is on the agenda and where to act. */
export function AgendaItemView({ item }: { item: AgendaItem }) {
  const { t } = useTranslation();
  const reason = useAgendaReason();
  const label = useSubjectLabel();
  const p = item.reason.params;
  const name = (key: string) => ({ id: '', name: String(p[key] ?? '') });
  // Series on the network level carry their name in the UI's language; pairs and partners are named as they are.
  const measure = oneOf(MEASURES, p.measure);
  const title =
    item.kind === 'too_good_to_be_true'
      ? t('signals.codes.too_good_to_be_true.title')
      : measure
        ? label({ measure, aspect: oneOf(ASPECTS, p.aspect), partner: name('partner'), from: name('from'), to: name('to') })
        : item.title;
  return (
    <li className="next-agenda-item">
      <strong className="next-agenda-title">{title}</strong>
      <span className="next-agenda-reason">{reason(item.reason)}</span>
      {item.link ? (
        <Link to={item.link} className="next-agenda-link no-print">
          {t('agenda.act')}
          <span className="visually-hidden">: {title}</span>
        </Link>
      ) : null}
    </li>
  );
}
