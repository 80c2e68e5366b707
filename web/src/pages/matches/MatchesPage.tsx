import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ProfileMatches } from '../../api.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { queries } from '../../queries.ts';

const WORD = /([\p{L}\p{M}\p{N}]+)/u;

/** A line with the given words marked (<mark>), as the API found them in it. */
function Highlighted({ text, words }: { text: string; words: string[] }) {
  const marked = new Set(words);
  return (
    <>
      {text.split(WORD).map((part, i) => (marked.has(part) ? <mark key={i}>{part}</mark> : part))}
    </>
  );
}

/** Per partner: the other partners whose needs its offer answers ("wie helpt wie"). */
export function MatchesPage() {
  const { t } = useTranslation();
  const networkId = useParams().networkId ?? '';
  const matches = useQuery(queries.profileMatches(networkId));
  useDocumentTitle(t('matches.title'));
  return (
    <>
      <h1>{t('matches.title')}</h1>
      <p className="lead">{t('matches.intro')}</p>
      {matches.isPending ? (
        <Loading />
      ) : matches.isError ? (
        <ErrorNotice error={matches.error} onRetry={() => void matches.refetch()} />
      ) : matches.data.items.length === 0 ? (
        <p className="notice notice-info">{t('matches.empty')}</p>
      ) : (
        <>
          <p className="muted">{t('matches.hint')}</p>
          {matches.data.items.map((item) => (
            <PartnerMatches key={item.partner.id} networkId={networkId} item={item} />
          ))}
        </>
      )}
    </>
  );
}

function PartnerMatches({ networkId, item }: { networkId: string; item: ProfileMatches['items'][number] }) {
  const { t } = useTranslation();
  const headingId = `matches-${item.partner.id}`;
  return (
    <section aria-labelledby={headingId} className="match-group">
      <h2 id={headingId}>
        <Link to={`/networks/${networkId}/partners/${item.partner.id}`}>{item.partner.name}</Link>
      </h2>
      {item.matches.length === 0 ? (
        <p className="muted">{t('matches.none')}</p>
      ) : (
        <>
          <p className="muted">{t('matches.count', { count: item.matches.length })}</p>
          <ul className="match-list">
            {item.matches.map((match, i) => (
              <li key={i} className="match">
                <p>
                  <span className="match-label">{t('matches.need', { name: match.partner.name })}:</span> <Highlighted text={match.needLine} words={match.needWords} />
                </p>
                <p>
                  <span className="match-label">{t('matches.offer', { name: item.partner.name })}:</span> <Highlighted text={match.offerLine} words={match.offerWords} />
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
