import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap } from '../../api.ts';
import { ErrorNotice, SuccessNotice } from '../../components/ErrorNotice.tsx';
import { Loading } from '../../components/Loading.tsx';
import { TextInputField } from '../../components/TextInputField.tsx';
import { useFormErrors } from '../../components/useFormErrors.ts';
import { useValidators } from '../../components/useValidators.ts';
import { agreementQueries, invalidateAgreements, type Agreement, type AgreementVersion } from './agreementQueries.ts';
import { MarkdownBody } from './MarkdownBody.tsx';

const FIELDS = ['body', 'changeNote'] as const;

/** The version someone else saved in the meantime, from a 409 answer. */
function conflictingVersion(error: unknown): AgreementVersion | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  const current = (error.details as { current?: AgreementVersion } | undefined)?.current;
  return current && typeof current.version === 'number' && typeof current.body === 'string' ? current : null;
}

/**
 * Writes a new version of the text (the coordinator, or a representative of a party), based on
 * the latest version. When someone else saved a version in the meantime, the API answers 409:
 * the form then shows that version and lets the writer keep their own text on top of it, or take
 * the other text over.
 */
export function VersionEditor({ networkId, agreement }: { networkId: string; agreement: Agreement }) {
  const { t } = useTranslation();
  const latest = useQuery(agreementQueries.version(networkId, agreement.id, agreement.currentVersion));
  const [started, setStarted] = useState<{ base: number; body: string } | null>(null);
  return (
    <section aria-labelledby="agreement-editor-heading" className="panel">
      <h2 id="agreement-editor-heading">{t('agreement.editor.heading')}</h2>
      {started ? (
        <EditorForm networkId={networkId} agreementId={agreement.id} start={started} onDone={() => setStarted(null)} />
      ) : latest.isPending ? (
        <Loading />
      ) : latest.isError ? (
        <ErrorNotice error={latest.error} onRetry={() => void latest.refetch()} />
      ) : (
        <>
          <p>{t('agreement.editor.intro', { version: agreement.currentVersion })}</p>
          <Button className="button button-secondary" onPress={() => setStarted({ base: latest.data.version, body: latest.data.body })}>
            {t('agreement.editor.start')}
          </Button>
        </>
      )}
    </section>
  );
}

function EditorForm({ networkId, agreementId, start, onDone }: { networkId: string; agreementId: string; start: { base: number; body: string }; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const validators = useValidators();
  const [base, setBase] = useState(start.base);
  const [body, setBody] = useState(start.body);
  // The preview follows typing without holding it up on a long text.
  const preview = useDeferredValue(body);
  const [saved, setSaved] = useState<number | null>(null);
  const save = useMutation({
    mutationFn: (input: { baseVersion: number; body: string; changeNote: string }) =>
      unwrap(api.POST('/api/networks/{networkId}/agreements/{agreementId}/versions', { params: { path: { networkId, agreementId } }, body: input })),
    onSuccess: (version) => {
      setSaved(version.version);
      setBase(version.version);
    },
    onSettled: () => invalidateAgreements(queryClient, networkId),
  });
  const other = conflictingVersion(save.error);
  const { fieldErrors, generalError } = useFormErrors(other ? null : save.error, { fields: FIELDS });
  return (
    <Form
      className="form form-wide agreement-form"
      validationErrors={fieldErrors}
      onSubmit={(e) => {
        e.preventDefault();
        const changeNote = String(new FormData(e.currentTarget).get('changeNote') ?? '').trim();
        setSaved(null);
        save.mutate({ baseVersion: base, body, changeNote });
      }}
    >
      {saved !== null ? <SuccessNotice>{t('agreement.editor.saved', { version: saved })}</SuccessNotice> : null}
      {save.isError && !other && generalError ? <ErrorNotice>{generalError}</ErrorNotice> : null}
      {other && other.version !== base ? (
        <div role="alert" className="notice notice-error agreement-conflict">
          <p>
            <strong>{t('agreement.editor.conflictTitle', { version: other.version, name: other.author.name })}</strong> {t('agreement.editor.conflictText', { base })}
          </p>
          <details>
            <summary>{t('agreement.editor.conflictShow', { version: other.version })}</summary>
            <MarkdownBody>{other.body}</MarkdownBody>
          </details>
          <div className="agreement-buttons">
            <Button className="button" onPress={() => setBase(other.version)}>
              {t('agreement.editor.keepMine', { version: other.version })}
            </Button>
            <Button
              className="button button-secondary"
              onPress={() => {
                setBase(other.version);
                setBody(other.body);
              }}
            >
              {t('agreement.editor.takeTheirs')}
            </Button>
          </div>
        </div>
      ) : null}
      <p className="field-description">{t('agreement.editor.basedOn', { version: base })}</p>
      <TextInputField name="body" label={t('agreement.editor.body')} description={t('agreement.editor.bodyHint')} value={body} onChange={setBody} multiline isRequired validate={validators.required} />
      <section aria-labelledby="agreement-preview-heading" className="agreement-preview">
        <h3 id="agreement-preview-heading">{t('agreement.editor.preview')}</h3>
        <MarkdownBody>{preview}</MarkdownBody>
      </section>
      <TextInputField name="changeNote" label={t('agreement.editor.changeNote')} description={t('agreement.editor.changeNoteHint')} isRequired validate={validators.required} />
      <div className="agreement-buttons">
        <Button type="submit" className="button" isPending={save.isPending}>
          {t('agreement.editor.save')}
        </Button>
        <Button className="button button-secondary" onPress={onDone}>
          {t('agreement.editor.close')}
        </Button>
      </div>
    </Form>
  );
}
