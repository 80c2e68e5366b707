import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap } from '../../api.ts';
import type { components } from '../../api.gen.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useDateFormat } from '../../components/formatDate.ts';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { queries } from '../../queries.ts';

type Retention = components['schemas']['Retention'];
type Periods = components['schemas']['RetentionUpdate']['periods'];
type Kind = keyof Periods;
type ProblemCode = 'not_whole_months' | 'below_minimum' | 'above_maximum' | 'forever_not_allowed' | 'longer_than_round_answers';

/** The periods as the form edits them: months as typed, or "keep forever". */
type Draft = Record<string, { months: string; forever: boolean }>;

/** What the months field must hold when the kind is not kept forever: a whole number, nothing else. */
const WHOLE_MONTHS = /^\d+$/;

const toDraft = (r: Retention): Draft => Object.fromEntries(r.kinds.map((k) => [k.kind, { months: k.months === null ? String(k.defaultMonths) : String(k.months), forever: k.months === null }]));

/**
 * Retention per kind of record (administrator, issue 14): the period in force with its minimum,
 * how many records are due now, and when the daily job last ran and what it removed. Saving sends
 * every period at once; the API refuses periods outside the bounds and names the field. The form
 * does not let the browser block it (its bubble is neither in the page's words nor next to the field
 * for long): an empty or broken months field is named before sending, the rest comes from the API.
 */
export function RetentionPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('retention.title'));
  const me = useQuery(queries.me());
  const isAdmin = me.data?.isAdmin === true;
  const retention = useQuery({ ...queries.retention(), enabled: isAdmin });
  if (!isAdmin || retention.isError) {
    return (
      <>
        <h1>{t('retention.title')}</h1>
        {retention.isError && !(retention.error instanceof ApiError && retention.error.status === 403) ? (
          <ErrorNotice error={retention.error} onRetry={() => void retention.refetch()} />
        ) : (
          <ErrorNotice>{t('retention.adminsOnly')}</ErrorNotice>
        )}
      </>
    );
  }
  if (!retention.data) return <Loading />;
  return <RetentionForm retention={retention.data} />;
}

function RetentionForm({ retention }: { retention: Retention }) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const queryClient = useQueryClient();
  // The draft starts from the periods in force and is replaced only by a save's answer, so a
  // background refetch (with new counts of records due) never wipes what is being typed.
  const [draft, setDraft] = useState<Draft>(() => toDraft(retention));
  /** The kinds whose months field holds no whole number at the last attempt to save. */
  const [notWhole, setNotWhole] = useState<Kind[]>([]);
  const save = useMutation({
    mutationFn: () => {
      const periods = Object.fromEntries(retention.kinds.map((k) => [k.kind, draft[k.kind]!.forever ? null : Number(draft[k.kind]!.months.trim())])) as Periods;
      return unwrap(api.PUT('/api/admin/retention', { body: { periods } }));
    },
    onSuccess: (data) => {
      queryClient.setQueryData(queries.retention().queryKey, data);
      setDraft(toDraft(data));
    },
  });
  const problems = save.error instanceof ApiError ? ((save.error.details as { kind?: Kind; code?: ProblemCode }[] | undefined) ?? []) : [];
  const problemOf = (kind: Kind): { code?: ProblemCode } | undefined => (notWhole.includes(kind) ? { code: 'not_whole_months' } : problems.find((p) => p.kind === kind));
  const update = (kind: Kind, change: Partial<Draft[string]>) => setDraft((d) => ({ ...d, [kind]: { ...d[kind]!, ...change } }));
  return (
    <>
      <h1>{t('retention.title')}</h1>
      <p className="lead">{t('retention.intro')}</p>
      <p>
        {retention.lastRun
          ? t('retention.lastRun', { at: format.dateTime(retention.lastRun.at), count: Object.values(retention.lastRun.removed).reduce((a, b) => a + b, 0) })
          : t('retention.neverRun')}
      </p>
      <Form
        className="form"
        validationBehavior="aria"
        onSubmit={(e) => {
          e.preventDefault();
          const broken = retention.kinds.filter((k) => !draft[k.kind]!.forever && !WHOLE_MONTHS.test(draft[k.kind]!.months.trim())).map((k) => k.kind);
          setNotWhole(broken);
          if (broken.length > 0) save.reset();
          else save.mutate();
        }}
      >
        {save.isError && problems.length === 0 ? <ErrorNotice error={save.error} /> : null}
        {save.isSuccess ? <p role="status">{t('retention.saved')}</p> : null}
        <div className="table-scroll">
          <table>
            <caption>{t('retention.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('retention.kind')}</th>
                <th scope="col">{t('retention.period')}</th>
                <th scope="col">{t('retention.dueNow')}</th>
                <th scope="col">{t('retention.removedLastRun')}</th>
              </tr>
            </thead>
            <tbody>
              {retention.kinds.map((k) => {
                const value = draft[k.kind]!;
                const problem = problemOf(k.kind);
                const id = `retention-${k.kind}`;
                return (
                  <tr key={k.kind}>
                    <th scope="row">
                      {t(`retention.kinds.${k.kind}`)}
                      <br />
                      <span className="muted">{t(`retention.from.${k.countedFrom}`)}</span>
                    </th>
                    <td>
                      <label htmlFor={id}>{t('retention.months')}</label>{' '}
                      <input
                        id={id}
                        type="number"
                        min={k.minMonths}
                        max={retention.maxMonths}
                        step={1}
                        value={value.months}
                        disabled={value.forever}
                        aria-invalid={problem ? true : undefined}
                        aria-describedby={`${id}-hint`}
                        onChange={(e) => update(k.kind, { months: e.target.value })}
                      />
                      <br />
                      <span id={`${id}-hint`} className={problem ? 'field-error' : 'muted'}>
                        {problem?.code ? t(`retention.problems.${problem.code}`, { min: k.minMonths }) : t('retention.bounds', { min: k.minMonths, default: k.defaultMonths })}
                      </span>
                      {k.foreverAllowed ? (
                        <>
                          <br />
                          <label>
                            <input type="checkbox" checked={value.forever} onChange={(e) => update(k.kind, { forever: e.target.checked })} /> {t('retention.forever')}
                          </label>
                        </>
                      ) : null}
                    </td>
                    <td>{k.due}</td>
                    <td>{retention.lastRun ? retention.lastRun.removed[k.kind] : '–'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <Button type="submit" className="button" isPending={save.isPending}>
          {t('retention.save')}
        </Button>
      </Form>
    </>
  );
}
