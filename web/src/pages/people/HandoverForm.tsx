import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form, Label, Radio, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Member } from '../../api.ts';
import { ErrorNotice, SuccessNotice } from '../../components/ErrorNotice.tsx';
import { useDateFormat } from '../../components/formatDate.ts';
import { SelectField } from '../../components/SelectField.tsx';
import { TextInputField } from '../../components/TextInputField.tsx';
import { useFormErrors } from '../../components/useFormErrors.ts';
import { useValidators } from '../../components/useValidators.ts';
import { queries } from '../../queries.ts';

const FIELDS = ['successorEmail', 'leaverBecomes', 'validDays'] as const;
const VALID_DAYS = [7, 14, 30, 60] as const;
type LeaverBecomes = 'member' | 'leaves';

/**
 * Hands a representative's role to a successor: their e-mail, what the leaver becomes once the
 * successor accepts, and how long the link stays valid. Shows the invitation's status once sent.
 */
export function HandoverForm({ networkId, leaver, own }: { networkId: string; leaver: Member; own: boolean }) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const validators = useValidators();
  const queryClient = useQueryClient();
  const [leaverBecomes, setLeaverBecomes] = useState<LeaverBecomes>('member');
  const [validDays, setValidDays] = useState<string>('14');
  const partner = leaver.partner?.name ?? '';
  const handOver = useMutation({
    mutationFn: (body: { successorEmail: string; leaverBecomes: LeaverBecomes; validDays: number }) =>
      unwrap(api.POST('/api/networks/{networkId}/members/{userId}/handover', { params: { path: { networkId, userId: leaver.userId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queries.invitations(networkId).queryKey }),
  });
  const { fieldErrors, generalError } = useFormErrors(handOver.error, {
    fields: FIELDS,
    byField: { successorEmail: t('validation.email') },
    byCode: { conflict: t('handover.successorHasRole') },
  });
  const sent = handOver.data;
  return (
    <Form
      className="form"
      validationErrors={fieldErrors}
      onSubmit={(e) => {
        e.preventDefault();
        const successorEmail = String(new FormData(e.currentTarget).get('successorEmail')).trim();
        handOver.mutate({ successorEmail, leaverBecomes, validDays: Number(validDays) });
      }}
    >
      <TextInputField
        name="successorEmail"
        type="email"
        label={t('handover.successorEmail')}
        description={t('handover.successorHint', { partner })}
        autoComplete="off"
        isRequired
        validate={validators.email}
      />
      <RadioGroup className="field" name="leaverBecomes" value={leaverBecomes} onChange={(v) => setLeaverBecomes(v === 'leaves' ? 'leaves' : 'member')}>
        <Label className="field-label">{own ? t('handover.leaverBecomesOwn') : t('handover.leaverBecomes', { name: leaver.name })}</Label>
        <div className="radio-list">
          <Radio value="member" className="radio">
            {t('handover.becomesMember', { partner })}
          </Radio>
          <Radio value="leaves" className="radio">
            {t('handover.leaves')}
          </Radio>
        </div>
      </RadioGroup>
      <SelectField
        name="validDays"
        label={t('handover.validDays')}
        placeholder=""
        options={VALID_DAYS.map((d) => ({ id: String(d), label: t('handover.days', { count: d }) }))}
        value={validDays}
        onChange={(v) => v && setValidDays(v)}
      />
      <p className="field-description">{t('handover.whatHappens')}</p>
      {handOver.isError && generalError ? <ErrorNotice>{generalError}</ErrorNotice> : null}
      {sent ? (
        <SuccessNotice>
          {t('handover.sent', { email: sent.email, until: format.date(sent.expiresAt), status: t(`invitationStatus.${sent.status}`), name: sent.handover.leaver.name })}
        </SuccessNotice>
      ) : null}
      <Button type="submit" className="button" isPending={handOver.isPending}>
        {t('handover.submit')}
      </Button>
    </Form>
  );
}
