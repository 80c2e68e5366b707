import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { queries } from '../queries.ts';
import { useDateFormat } from './formatDate.ts';

/** On the network home: the open rounds the caller is invited to and has not answered yet. */
export function OpenRoundsNotice({ networkId }: { networkId: string }) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const rounds = useInfiniteQuery(queries.rounds(networkId));
  const waiting = (rounds.data?.pages.flatMap((p) => p.items) ?? []).filter((r) => r.status === 'open' && r.you.invited && !r.you.submittedAt);
  if (waiting.length === 0) return null;
  return (
    <section aria-labelledby="open-rounds-heading" className="notice notice-info open-rounds">
      <h2 id="open-rounds-heading">{t('rounds.notice.heading')}</h2>
      {waiting.map((round) => (
        <p key={round.id}>
          {t('rounds.notice.text', { title: round.title, closesAt: format.dateTime(round.closesAt) })}{' '}
          <Link to={`/networks/${networkId}/rounds/${round.id}/questionnaire`}>{t('rounds.notice.link', { title: round.title })}</Link>
        </p>
      ))}
    </section>
  );
}
