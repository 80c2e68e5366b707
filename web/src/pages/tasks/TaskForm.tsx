import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form, Label, Radio, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type RaciLetter, type Task } from '../../api.ts';
import { ErrorNotice, SuccessNotice } from '../../components/ErrorNotice.tsx';
import { sortByName } from '../../components/sortByName.ts';
import { TextInputField } from '../../components/TextInputField.tsx';
import { useFormErrors } from '../../components/useFormErrors.ts';
import { useValidators } from '../../components/useValidators.ts';
import { queries } from '../../queries.ts';
import { LETTERS } from './RaciLegend.tsx';
import { invalidateTasks } from './taskQueries.ts';

const FIELDS = ['title', 'description', 'assignments'] as const;
const NONE = 'none';

/**
 * Adds a task, or changes the one being edited: a title, a description and per partner one of
 * R, A, C, I or nothing. The form says at once when no partner, or more than one, is accountable.
 */
export function TaskForm({ networkId, task, onDone }: { networkId: string; task: Task | null; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const validators = useValidators();
  const partners = useQuery(queries.partners(networkId));
  const [letters, setLetters] = useState<Record<string, string>>(() => Object.fromEntries((task?.assignments ?? []).map((a) => [a.partnerId, a.letter])));
  const [checked, setChecked] = useState(false);
  const save = useMutation({
    mutationFn: (body: { title: string; description: string; assignments: { partnerId: string; letter: RaciLetter }[] }) =>
      task
        ? unwrap(api.PATCH('/api/networks/{networkId}/tasks/{taskId}', { params: { path: { networkId, taskId: task.id } }, body: { ...body, baseVersion: task.version } }))
        : unwrap(api.POST('/api/networks/{networkId}/tasks', { params: { path: { networkId } }, body })),
    onSettled: () => invalidateTasks(queryClient, networkId),
  });
  const { fieldErrors, generalError } = useFormErrors(save.error, {
    fields: FIELDS,
    byField: { assignments: t('tasks.form.oneAccountable') },
    byCode: { conflict: t('tasks.form.conflict') },
  });
  const assignments = Object.entries(letters)
    .filter(([, letter]) => letter !== NONE)
    .map(([partnerId, letter]) => ({ partnerId, letter: letter as RaciLetter }));
  const accountable = assignments.filter((a) => a.letter === 'A').length;
  const raciError = accountable === 1 ? null : accountable === 0 ? t('tasks.form.noAccountable') : t('tasks.form.tooManyAccountable', { count: accountable });
  const heading = task ? t('tasks.form.editHeading', { title: task.title }) : t('tasks.form.heading');
  const options = partners.data ? sortByName(partners.data, i18n.language) : [];

  return (
    <section aria-labelledby="task-form-heading" className="panel no-print">
      <h2 id="task-form-heading">{heading}</h2>
      <Form
        className="form form-wide"
        validationErrors={fieldErrors}
        onSubmit={(e) => {
          e.preventDefault();
          setChecked(true);
          if (raciError) return;
          const form = e.currentTarget;
          const data = new FormData(form);
          const text = (name: string) => String(data.get(name) ?? '').trim();
          save.mutate(
            { title: text('title'), description: text('description'), assignments },
            {
              onSuccess: () => {
                if (task) onDone();
                else {
                  form.reset();
                  setLetters({});
                  setChecked(false);
                }
              },
            },
          );
        }}
      >
        {save.isSuccess && !task ? <SuccessNotice>{t('tasks.form.added', { title: save.data.title })}</SuccessNotice> : null}
        {save.isError && generalError ? <ErrorNotice>{generalError}</ErrorNotice> : null}
        <TextInputField name="title" label={t('tasks.form.title')} description={t('tasks.form.titleHint')} defaultValue={task?.title ?? ''} isRequired validate={validators.minLength(2)} />
        <TextInputField name="description" label={t('tasks.form.description')} defaultValue={task?.description ?? ''} multiline />
        <fieldset className="raci-fieldset">
          <legend>{t('tasks.form.letters')}</legend>
          <p className="field-description">{t('tasks.form.lettersHint')}</p>
          {options.map((partner) => (
            <RadioGroup
              key={partner.id}
              className="raci-choice"
              orientation="horizontal"
              value={letters[partner.id] ?? NONE}
              onChange={(value) => setLetters((current) => ({ ...current, [partner.id]: value }))}
            >
              <Label className="raci-choice-label">{partner.name}</Label>
              <div className="raci-choice-options">
                {[NONE, ...LETTERS].map((letter) => (
                  <Radio key={letter} value={letter} className="raci-radio" aria-label={letter === NONE ? t('tasks.form.noneFor', { partner: partner.name }) : t('tasks.form.letterFor', { letter: t(`tasks.letters.${letter as RaciLetter}`), partner: partner.name })}>
                    <span aria-hidden="true">{letter === NONE ? '–' : letter}</span>
                  </Radio>
                ))}
              </div>
            </RadioGroup>
          ))}
          {checked && raciError ? (
            <p className="field-error" role="alert">
              {raciError}
            </p>
          ) : null}
          {fieldErrors.assignments ? <p className="field-error">{fieldErrors.assignments}</p> : null}
        </fieldset>
        <div className="button-row">
          <Button type="submit" className="button" isPending={save.isPending}>
            {task ? t('tasks.form.save') : t('tasks.form.add')}
          </Button>
          {task ? (
            <Button className="button button-secondary" onPress={onDone}>
              {t('tasks.form.cancel')}
            </Button>
          ) : null}
        </div>
      </Form>
    </section>
  );
}
