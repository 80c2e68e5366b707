import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Loading } from '../../components/Loading.tsx';
import { queries } from '../../queries.ts';

/** The stage assessment (DESIGN §5.5): each criterion met or not, what is missing and where to act. */
export function StageChecklist({ networkId }: { networkId: string }) {
  const { t, i18n } = useTranslation();
  const stage = useQuery(queries.stage(networkId));
  return (
    <section aria-labelledby="stage-heading" className="stage">
      <h2 id="stage-heading">{t('stage.heading')}</h2>
      {stage.isPending ? (
        <Loading />
      ) : stage.isError ? (
        <ErrorNotice error={stage.error} onRetry={() => void stage.refetch()} />
      ) : (
        <>
          <p className="lead">{t(`stage.reached.${stage.data.stage}`)}</p>
          {stage.data.stages.map((s) => (
            <section key={s.stage} aria-labelledby={`stage-${s.stage}`}>
              <h3 id={`stage-${s.stage}`}>{t(`stage.stageName.${s.stage}`)}</h3>
              <ul className="checklist">
                {s.criteria.map((c) => (
                  <li key={c.key} className={c.met ? 'checklist-met' : 'checklist-open'}>
                    <span className="checklist-mark">{c.met ? '✓' : '○'}</span>{' '}
                    <span className="visually-hidden">{c.met ? t('stage.met') : t('stage.notMet')}: </span>
                    {t(`stage.criteria.${c.key}`)}
                    {c.missing.length > 0 ? <> — {t('stage.missing', { names: c.missing.map((m) => m.name).join(', ') })}</> : null}
                    {c.link ? (
                      <>
                        {' '}
                        <Link to={c.link}>{t('stage.act')}</Link>
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            </section>
          ))}
          <p className="hint">{t('stage.laterNote')}</p>
          <p className="no-print">{t('stage.report.intro')}</p>
          <p className="no-print">
            <a className="button button-secondary" href={`/api/networks/${networkId}/report.pdf?lang=${i18n.language === 'en' ? 'en' : 'nl'}`} download>
              {t('stage.report.button')}
            </a>
          </p>
        </>
      )}
    </section>
  );
}
