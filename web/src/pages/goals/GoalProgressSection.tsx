import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Button, Form } from 'react-aria-components';
import { TableRegion } from '../../components/TableRegion.tsx';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Loading } from '../../components/Loading.tsx';
import { TextInputField } from '../../components/TextInputField.tsx';
import { useFormErrors } from '../../components/useFormErrors.ts';
import { useDayFormat } from '../history/formatDay.ts';
import { goalQueries, invalidateGoals, type Goal } from './goalQueries.ts';
import { ProgressChart } from './ProgressChart.tsx';
import { dateFormatter } from '../../components/formatDate.ts';

/** A goal's measured values: a line with the target, the same numbers in a table, and a form to add one. */
export function GoalProgressSection({ networkId, goal, mayRecord }: { networkId: string; goal: Goal; mayRecord: boolean }) {
  const { t, i18n } = useTranslation();
  const day = useDayFormat();
  const queryClient = useQueryClient();
  const progress = useQuery(goalQueries.progress(networkId, goal.id));
  const items = useMemo(() => progress.data?.items ?? [], [progress.data]);
  // Chart axes carry short days ("15 nov."); the table beside it the full ones.
  const days = useMemo(() => items.map((p) => dateFormatter(i18n.language).shortDay(p.measuredOn)), [items, i18n.language]);
  const values = useMemo(() => items.map((p) => p.value), [items]);
  const add = useMutation({
    mutationFn: (body: { measuredOn: string; value: number; note: string }) =>
      unwrap(api.POST('/api/networks/{networkId}/goals/{goalId}/progress', { params: { path: { networkId, goalId: goal.id } }, body })),
    onSuccess: () => invalidateGoals(queryClient, networkId),
  });
  const { fieldErrors, generalError } = useFormErrors(add.error, { fields: ['measuredOn', 'value', 'note'] });
  const unit = goal.unit ? ` ${goal.unit}` : '';
  return (
    <div className="goal-progress">
      <h4>{t('goals.progress.heading')}</h4>
      {progress.isPending ? (
        <Loading />
      ) : progress.isError ? (
        <ErrorNotice error={progress.error} onRetry={() => void progress.refetch()} />
      ) : items.length === 0 ? (
        <p className="muted">{t('goals.progress.empty')}</p>
      ) : (
        <>
          <ProgressChart days={days} values={values} target={goal.target} targetLabel={t('goals.progress.targetLine', { target: goal.target })} />
          <TableRegion label={t('goals.progress.caption', { title: goal.title })}>
            <table className="table">
              <caption>{t('goals.progress.caption', { title: goal.title })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('goals.progress.measuredOn')}</th>
                  <th scope="col">{t('goals.progress.value')}</th>
                  <th scope="col">{t('goals.progress.note')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((p) => (
                  <tr key={p.id}>
                    <th scope="row">{day(p.measuredOn)}</th>
                    <td>{`${p.value}${unit}`}</td>
                    <td>{p.note}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        </>
      )}
      {mayRecord ? (
        <Form
          className="form form-wide"
          validationErrors={fieldErrors}
          aria-label={t('goals.progress.formLabel', { title: goal.title })}
          onSubmit={(e) => {
            e.preventDefault();
            const form = e.currentTarget;
            const data = new FormData(form);
            add.mutate(
              { measuredOn: String(data.get('measuredOn') ?? ''), value: Number(String(data.get('value') ?? '').replace(',', '.')), note: String(data.get('note') ?? '').trim() },
              { onSuccess: () => form.reset() },
            );
          }}
        >
          {add.isError && generalError ? <ErrorNotice>{generalError}</ErrorNotice> : null}
          <div className="field-row">
            <TextInputField name="measuredOn" type="date" label={t('goals.progress.measuredOn')} isRequired />
            <TextInputField name="value" inputMode="decimal" label={t('goals.progress.valueWithUnit', { unit: goal.unit || '–' })} isRequired />
          </div>
          <TextInputField name="note" label={t('goals.progress.note')} />
          <Button type="submit" className="button button-secondary" isPending={add.isPending}>
            {t('goals.progress.add')}
          </Button>
        </Form>
      ) : null}
    </div>
  );
}
