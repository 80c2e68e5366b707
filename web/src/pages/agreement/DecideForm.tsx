import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form, Label, Radio, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api.ts';
import { ErrorNotice, SuccessNotice } from '../../components/ErrorNotice.tsx';
import { TextInputField } from '../../components/TextInputField.tsx';
import { useFormErrors } from '../../components/useFormErrors.ts';
import { invalidateAgreements, type Agreement } from './agreementQueries.ts';

const FIELDS = ['decision', 'reason'] as const;

/**
 * A representative's decision on the proposed version, for their own partner: consent, or an
 * objection with a reason. After the last consent the version is no longer "proposed": the form
 * then only says that the agreement is now in force.
 */
export function DecideForm({ networkId, agreement, version, partnerName, onDecided }: { networkId: string; agreement: Agreement; version: number; partnerName: string; onDecided: (version: number) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [decision, setDecision] = useState<'consent' | 'objection'>('consent');
  const decide = useMutation({
    mutationFn: (body: { version: number; decision: 'consent' | 'objection'; reason?: string }) =>
      unwrap(api.POST('/api/networks/{networkId}/agreements/{agreementId}/ratifications', { params: { path: { networkId, agreementId: agreement.id } }, body })),
    onSuccess: () => onDecided(version),
    onSettled: () => invalidateAgreements(queryClient, networkId),
  });
  const stillProposed = agreement.proposedVersion === version;
  const { fieldErrors, generalError } = useFormErrors(decide.error, { fields: FIELDS, byCode: { conflict: t('agreement.decide.conflict') } });
  return (
    <section aria-labelledby="agreement-decide-heading" className="panel">
      <h2 id="agreement-decide-heading">{t('agreement.decide.heading', { version })}</h2>
      {stillProposed ? <p>{t('agreement.decide.intro', { partner: partnerName })}</p> : null}
      {!stillProposed && agreement.versionInForce === version ? <SuccessNotice>{t('agreement.decide.inForce')}</SuccessNotice> : null}
      {stillProposed ? (
        <Form
          className="form"
          validationErrors={fieldErrors}
          onSubmit={(e) => {
            e.preventDefault();
            const reason = String(new FormData(e.currentTarget).get('reason') ?? '').trim();
            decide.mutate(decision === 'objection' ? { version, decision, reason } : { version, decision });
          }}
        >
          {decide.isSuccess ? <SuccessNotice>{t('agreement.decide.done')}</SuccessNotice> : null}
          {decide.isError && generalError ? <ErrorNotice>{generalError}</ErrorNotice> : null}
          <RadioGroup name="decision" className="field" value={decision} onChange={(v) => setDecision(v === 'objection' ? 'objection' : 'consent')}>
            <Label className="field-label">{t('agreement.decide.decision')}</Label>
            <div className="radio-list">
              <Radio value="consent" className="radio">
                {t('agreement.decide.consent')}
              </Radio>
              <Radio value="objection" className="radio">
                {t('agreement.decide.object')}
              </Radio>
            </div>
          </RadioGroup>
          {decision === 'objection' ? (
            <TextInputField
              name="reason"
              label={t('agreement.decide.reason')}
              description={t('agreement.decide.reasonHint')}
              multiline
              isRequired
              validate={(v) => (v.trim() ? null : t('agreement.decide.reasonRequired'))}
            />
          ) : null}
          <Button type="submit" className="button" isPending={decide.isPending}>
            {decision === 'objection' ? t('agreement.decide.submitObjection') : t('agreement.decide.submitConsent')}
          </Button>
        </Form>
      ) : null}
    </section>
  );
}
