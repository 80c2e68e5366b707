import { useTranslation } from 'react-i18next';
import { TableRegion } from '../../components/TableRegion.tsx';
import type { ImportRow, RowIssue } from './partnerFile.ts';

/** The check of every row of a partner file: its number in the sheet, the name, ok or what must change. */
export function ImportPreviewTable({ rows, labelledBy }: { rows: ImportRow[]; labelledBy: string }) {
  const { t } = useTranslation();
  const issueText = useIssueText();
  return (
    <TableRegion labelledBy={labelledBy}>
      <table className="table" aria-labelledby={labelledBy}>
        <thead>
          <tr>
            <th scope="col">{t('partnerImport.row')}</th>
            <th scope="col">{t('partnerImport.name')}</th>
            <th scope="col">{t('partnerImport.status')}</th>
            <th scope="col">{t('partnerImport.problems')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.row}>
              <td>{row.row}</td>
              <th scope="row">{row.name || <span className="muted">{t('partnerImport.noName')}</span>}</th>
              <td>
                <span className={`status ${row.status === 'ok' ? 'status-accepted' : 'status-failed'}`}>
                  {row.status === 'ok' ? t('partnerImport.ok') : t('partnerImport.error')}
                </span>
              </td>
              <td>
                {row.errors.length === 0 ? null : row.errors.length === 1 ? (
                  issueText(row.errors[0]!)
                ) : (
                  <ul className="plain-list">
                    {row.errors.map((issue, index) => (
                      <li key={index}>{issueText(issue)}</li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

/** One problem of a row in a sentence, in the reader's language (the API's own messages are English). */
function useIssueText() {
  const { t } = useTranslation();
  return (issue: RowIssue) =>
    t(`partnerImport.issues.${issue.code}` as 'partnerImport.issues.invalid', {
      field: t(`partnerImport.fields.${issue.field}` as 'partnerImport.fields.name'),
      value: issue.value ?? '',
      row: issue.otherRow ?? '',
    });
}
