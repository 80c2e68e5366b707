import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AttentionItem } from '../../api.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useDateFormat } from '../../components/formatDate.ts';
import { Loading } from '../../components/Loading.tsx';
import { queries } from '../../queries.ts';

/**
 * "Wat vraagt nu uw aandacht": what waits for this person (or the partner they speak for), most
 * urgent first as the API orders it, each with the one link to act on it.
 */
export function AttentionList({ networkId }: { networkId: string }) {
  const { t } = useTranslation();
  const attention = useQuery(queries.attention(networkId));
  return (
    <section aria-labelledby="attention-heading" className="attention">
      <h2 id="attention-heading">{t('attention.heading')}</h2>
      {attention.isPending ? (
        <Loading />
      ) : attention.isError ? (
        <ErrorNotice error={attention.error} onRetry={() => void attention.refetch()} />
      ) : attention.data.items.length === 0 ? (
        <p className="muted">{t('attention.nothing')}</p>
      ) : (
        <ul className="attention-list">
          {attention.data.items.map((item) => (
            <AttentionEntry key={`${item.kind}-${item.id}`} item={item} />
          ))}
        </ul>
      )}
    </section>
  );
}

function AttentionEntry({ item }: { item: AttentionItem }) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const when =
    item.due === null
      ? null
      : item.kind === 'questionnaire'
        ? t('attention.closesAt', { when: format.dateTime(item.due) })
        : item.kind === 'session'
          ? t('attention.heldOn', { day: format.day(item.due) })
          : item.overdue
            ? t('attention.overdueSince', { day: format.day(item.due) })
            : t('attention.dueOn', { day: format.day(item.due) });
  return (
    <li className={`attention-item attention-${item.kind}${item.overdue ? ' attention-overdue' : ''}`}>
      <span className="attention-kind">{t(`attention.kind.${item.kind}`)}</span>
      <Link to={item.link} className={item.kind === 'questionnaire' ? 'button' : undefined}>
        {t(`attention.action.${item.kind}`, { title: item.title })}
      </Link>
      {when ? <span className="attention-when">{when}</span> : null}
    </li>
  );
}
