import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api.ts';
import { ConfirmActionButton } from '../../components/ConfirmActionButton.tsx';
import { Disclosure } from '../../components/Disclosure.tsx';
import { ErrorNotice, SuccessNotice } from '../../components/ErrorNotice.tsx';
import { TextInputField } from '../../components/TextInputField.tsx';
import { useErrorMessage } from '../../components/useErrorMessage.ts';
import { useFormErrors } from '../../components/useFormErrors.ts';
import { invalidateAgreements, type Agreement } from './agreementQueries.ts';
import { PartiesForm } from './PartiesForm.tsx';

/**
 * What the coordinator does with an agreement: put the latest version up for ratification, set a
 * new review date, change its title or parties, and end it with a reason (after confirming). Only
 * proposing is in view; the other forms open behind their own button.
 */
export function CoordinatorActions({ networkId, agreement }: { networkId: string; agreement: Agreement }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const message = useErrorMessage();
  const path = { params: { path: { networkId, agreementId: agreement.id } } };
  const invalidate = () => invalidateAgreements(queryClient, networkId);
  const propose = useMutation({
    mutationFn: () => unwrap(api.POST('/api/networks/{networkId}/agreements/{agreementId}/propose', { ...path, body: { version: agreement.currentVersion } })),
    onSettled: invalidate,
  });
  const review = useMutation({
    mutationFn: (reviewOn: string | null) => unwrap(api.PATCH('/api/networks/{networkId}/agreements/{agreementId}', { ...path, body: { reviewOn } })),
    onSettled: invalidate,
  });
  const end = useMutation({
    mutationFn: (reason: string) => unwrap(api.POST('/api/networks/{networkId}/agreements/{agreementId}/end', { ...path, body: { reason } })),
    onSettled: invalidate,
  });
  const [endReason, setEndReason] = useState('');
  const reviewErrors = useFormErrors(review.error, { fields: ['reviewOn'] });
  const latestInForce = agreement.versionInForce === agreement.currentVersion && agreement.proposedVersion === null;
  const canPropose = agreement.proposedVersion !== agreement.currentVersion && !latestInForce;

  return (
    <section aria-labelledby="agreement-actions-heading" className="panel">
      <h2 id="agreement-actions-heading">{t('agreement.actions.heading')}</h2>
      <h3>{t('agreement.actions.proposeHeading')}</h3>
      {propose.isSuccess ? <SuccessNotice>{t('agreement.actions.proposed', { version: propose.data.proposedVersion ?? agreement.currentVersion })}</SuccessNotice> : null}
      {propose.isError ? <ErrorNotice error={propose.error} /> : null}
      {canPropose ? (
        <>
          <p>{agreement.versionInForce !== null ? t('agreement.actions.proposeHintInForce', { inForce: agreement.versionInForce }) : t('agreement.actions.proposeHint')}</p>
          <Button className="button" isPending={propose.isPending} onPress={() => propose.mutate()}>
            {t('agreement.actions.propose', { version: agreement.currentVersion })}
          </Button>
        </>
      ) : (
        <p className="muted">{latestInForce ? t('agreement.actions.latestInForce') : t('agreement.actions.alreadyProposed', { version: agreement.currentVersion })}</p>
      )}

      <Disclosure label={t('agreement.actions.openReview')}>
        <h3>{t('agreement.actions.reviewHeading')}</h3>
        <Form
          className="form agreement-review-form"
          validationErrors={reviewErrors.fieldErrors}
          onSubmit={(e) => {
            e.preventDefault();
            const value = String(new FormData(e.currentTarget).get('reviewOn') ?? '');
            review.mutate(value || null);
          }}
        >
          {review.isSuccess ? <SuccessNotice>{t('agreement.actions.reviewSaved')}</SuccessNotice> : null}
          {review.isError && reviewErrors.generalError ? <ErrorNotice>{reviewErrors.generalError}</ErrorNotice> : null}
          <TextInputField key={agreement.reviewOn ?? ''} name="reviewOn" type="date" label={t('agreement.actions.reviewOn')} description={t('agreement.actions.reviewOnHint')} defaultValue={agreement.reviewOn ?? ''} />
          <Button type="submit" className="button button-secondary" isPending={review.isPending}>
            {t('agreement.actions.saveReview')}
          </Button>
        </Form>
      </Disclosure>
      <Disclosure label={t('agreement.actions.openParties')}>
        <PartiesForm networkId={networkId} agreement={agreement} />
      </Disclosure>
      <Disclosure label={t('agreement.actions.openEnd')}>
        <h3>{t('agreement.actions.endHeading')}</h3>
        <TextInputField label={t('agreement.actions.endReason')} description={t('agreement.actions.endReasonHint')} value={endReason} onChange={setEndReason} multiline />
        <ConfirmActionButton
          label={t('agreement.actions.end')}
          ariaLabel={t('agreement.actions.endLabel', { title: agreement.title })}
          title={t('agreement.actions.endTitle', { title: agreement.title })}
          text={endReason.trim().length >= 3 ? t('agreement.actions.endText', { reason: endReason.trim() }) : t('agreement.actions.endNeedsReason')}
          confirmLabel={t('agreement.actions.endConfirm')}
          error={end.isError ? message(end.error) : null}
          isPending={end.isPending}
          onConfirm={(close) => {
            if (endReason.trim().length < 3) return;
            end.mutate(endReason.trim(), { onSuccess: close });
          }}
        />
      </Disclosure>
    </section>
  );
}
