import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorNotice, SuccessNotice } from '../../components/ErrorNotice.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useErrorMessage } from '../../components/useErrorMessage.ts';
import { ImportPreviewTable } from './ImportPreviewTable.tsx';
import { fileProblemCode, readChosenFile, refusedRows, sendPartnerFile, type ImportReport, type PartnerFile } from './partnerFile.ts';

const MAX_BYTES = 1024 * 1024;

/**
 * Choose a file, see the check of every row, and import only when no row has an error. The file
 * is read once, so the import sends exactly what the preview showed.
 */
export function ImportPartnersForm({ networkId }: { networkId: string }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const queryClient = useQueryClient();
  const inputId = useId();
  const [file, setFile] = useState<PartnerFile | null>(null);
  const [tooLarge, setTooLarge] = useState(false);
  const check = useMutation({ mutationFn: (chosen: PartnerFile) => sendPartnerFile(networkId, chosen, true) });
  const runImport = useMutation({
    mutationFn: (chosen: PartnerFile) => sendPartnerFile(networkId, chosen, false),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['network', networkId] }),
  });

  async function choose(chosen: File | undefined) {
    check.reset();
    runImport.reset();
    setFile(null);
    setTooLarge(false);
    if (!chosen) return;
    if (chosen.size > MAX_BYTES) {
      setTooLarge(true);
      return;
    }
    const read = await readChosenFile(chosen);
    setFile(read);
    check.mutate(read);
  }

  // After a refused import (someone changed the network meanwhile), its row report replaces the preview.
  const refused = refusedRows(runImport.error);
  const report: Pick<ImportReport, 'rows' | 'created' | 'invited' | 'ignoredColumns'> | undefined = refused
    ? { rows: refused, created: 0, invited: 0, ignoredColumns: check.data?.ignoredColumns ?? [] }
    : check.data;
  const failing = report?.rows.filter((row) => row.status === 'error').length ?? 0;
  const problem = fileProblemCode(check.error);

  return (
    <section aria-labelledby="import-file-heading">
      <h2 id="import-file-heading">{t('partnerImport.chooseHeading')}</h2>
      <div className="field">
        <label className="field-label" htmlFor={inputId}>
          {t('partnerImport.fileLabel')}
        </label>
        <span className="field-description" id={`${inputId}-hint`}>
          {t('partnerImport.fileHint')}
        </span>
        <input
          id={inputId}
          className="input"
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby={`${inputId}-hint`}
          onChange={(event) => {
            const input = event.currentTarget;
            void choose(input.files?.[0]).finally(() => {
              // Lets the same file, fixed and saved again, be chosen once more.
              input.value = '';
            });
          }}
        />
      </div>

      {tooLarge ? <ErrorNotice>{t('partnerImport.fileProblems.payload_too_large')}</ErrorNotice> : null}
      {check.isPending ? <Loading label={t('partnerImport.checking')} /> : null}
      {check.isError ? (
        <ErrorNotice>
          {problem ? t(`partnerImport.fileProblems.${problem}` as 'partnerImport.fileProblems.empty_file', { defaultValue: errorMessage(check.error) }) : errorMessage(check.error, { payload_too_large: t('partnerImport.fileProblems.payload_too_large') })}
        </ErrorNotice>
      ) : null}

      {file && report ? (
        <section aria-labelledby="import-preview-heading">
          <h2 id="import-preview-heading">{t('partnerImport.previewHeading', { file: file.name })}</h2>
          {refused ? <ErrorNotice>{t('partnerImport.refused')}</ErrorNotice> : null}
          {failing > 0 ? (
            <ErrorNotice>{t('partnerImport.hasErrors', { errors: failing, rows: report.rows.length })}</ErrorNotice>
          ) : runImport.isSuccess ? null : (
            <>
              <p className="notice notice-info">{t('partnerImport.allOk')}</p>
              <dl className="facts facts-inline">
                <div>
                  <dt>{t('partnerImport.toCreate')}</dt>
                  <dd>{report.created}</dd>
                </div>
                <div>
                  <dt>{t('partnerImport.toInvite')}</dt>
                  <dd>{report.invited}</dd>
                </div>
              </dl>
            </>
          )}
          {report.ignoredColumns.length ? <p className="muted">{t('partnerImport.ignoredColumns', { columns: report.ignoredColumns.join(', ') })}</p> : null}
          <ImportPreviewTable rows={report.rows} labelledBy="import-preview-heading" />

          {runImport.isSuccess ? (
            <SuccessNotice>
              {t('partnerImport.imported', { created: runImport.data.created, invited: runImport.data.invited })}{' '}
              <Link to={`/networks/${networkId}/partners`}>{t('partnerImport.toPartners')}</Link>
            </SuccessNotice>
          ) : (
            <>
              {runImport.isError && !refused ? <ErrorNotice error={runImport.error} /> : null}
              <Button className="button" isDisabled={failing > 0 || runImport.isPending} isPending={runImport.isPending} onPress={() => runImport.mutate(file)}>
                {t('partnerImport.import')}
              </Button>
            </>
          )}
        </section>
      ) : null}
    </section>
  );
}
