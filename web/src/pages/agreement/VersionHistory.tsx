import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { TableRegion } from '../../components/TableRegion.tsx';
import { useDateFormat } from '../../components/formatDate.ts';
import type { Agreement, AgreementVersion } from './agreementQueries.ts';

type Summary = Omit<AgreementVersion, 'body'>;

/** Every version, newest first: who wrote it, when, why; a button shows its text above. */
export function VersionHistory({ agreement, versions, shown, onShow }: { agreement: Agreement; versions: Summary[]; shown: number; onShow: (version: number) => void }) {
  const { t } = useTranslation();
  const when = useDateFormat();
  const mark = (v: number) =>
    [v === agreement.versionInForce ? t('agreement.text.inForce') : null, v === agreement.proposedVersion ? t('agreement.text.proposed') : null].filter(Boolean).join(', ');
  return (
    <section aria-labelledby="agreement-versions-heading" className="panel">
      <h2 id="agreement-versions-heading">{t('agreement.versions.heading')}</h2>
      <TableRegion labelledBy="agreement-versions-caption">
        <table className="table">
          <caption id="agreement-versions-caption">{t('agreement.versions.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('agreement.versions.version')}</th>
              <th scope="col">{t('agreement.versions.author')}</th>
              <th scope="col">{t('agreement.versions.date')}</th>
              <th scope="col">{t('agreement.versions.note')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('agreement.versions.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr key={v.version}>
                <th scope="row">
                  {t('agreement.versions.label', { version: v.version })}
                  {mark(v.version) ? <span className="muted"> ({mark(v.version)})</span> : null}
                </th>
                <td>{v.author.name}</td>
                <td>{when.dateTime(v.createdAt)}</td>
                <td>{v.changeNote || '–'}</td>
                <td>
                  {v.version === shown ? (
                    <span className="muted">{t('agreement.versions.shown')}</span>
                  ) : (
                    <Button className="button button-small button-secondary" onPress={() => onShow(v.version)} aria-label={t('agreement.versions.showLabel', { version: v.version })}>
                      {t('agreement.versions.show')}
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </section>
  );
}
