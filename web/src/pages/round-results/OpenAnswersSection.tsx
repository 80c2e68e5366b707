import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../../api.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { invalidateOpenAnswers, resultQueries, type OpenAnswer } from './resultQueries.ts';

const QUESTIONS = ['wentWell', 'toDiscuss', 'askOfPartner'] as const;
const DIFFERENCE_KINDS = ['practice', 'values', 'interests', 'work_logic'] as const;
type DifferenceKind = (typeof DIFFERENCE_KINDS)[number];
const DRAFT_PATHS = { story: 'stories', difference: 'differences', request: 'requests' } as const;

function AnswerItem({ networkId, roundId, answer }: { networkId: string; roundId: string; answer: OpenAnswer }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<DifferenceKind>('practice');
  const draft = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/networks/{networkId}/rounds/{roundId}/open-answers/{answerId}/draft', {
          params: { path: { networkId, roundId, answerId: answer.id } },
          body: answer.question === 'toDiscuss' ? { differenceKind: kind } : {},
        }),
      ),
    onSettled: () => invalidateOpenAnswers(queryClient, networkId, roundId),
  });
  return (
    <li className="open-answer">
      <blockquote>{answer.text}</blockquote>
      {answer.draft ? (
        <p>
          {t(`results.openAnswers.madeDraft.${answer.draft.kind}`)}{' '}
          <Link to={`/networks/${networkId}/${DRAFT_PATHS[answer.draft.kind]}/${answer.draft.id}`}>{answer.draft.title}</Link>
        </p>
      ) : (
        <div className="open-answer-actions no-print">
          {answer.question === 'toDiscuss' ? (
            <SelectField
              label={t('results.openAnswers.differenceKind')}
              placeholder={t('results.openAnswers.differenceKind')}
              options={DIFFERENCE_KINDS.map((k) => ({ id: k, label: t(`results.openAnswers.differenceKinds.${k}`) }))}
              value={kind}
              onChange={(value) => setKind((value ?? 'practice') as DifferenceKind)}
            />
          ) : null}
          <Button className="button button-secondary" onPress={() => draft.mutate()} isDisabled={draft.isPending}>
            {t(`results.openAnswers.make.${answer.question}`)}
          </Button>
          {draft.isError ? <ErrorNotice error={draft.error} /> : null}
        </div>
      )}
    </li>
  );
}

/**
 * The open answers of the round, for the coordinator only: grouped by question, never with who
 * wrote them, each with the button that turns it into a draft story, difference or request.
 */
export function OpenAnswersSection({ networkId, roundId }: { networkId: string; roundId: string }) {
  const { t } = useTranslation();
  const answers = useQuery(resultQueries.openAnswers(networkId, roundId));
  return (
    <section aria-labelledby="results-open-heading">
      <h2 id="results-open-heading">{t('results.openAnswers.heading')}</h2>
      <p>{t('results.openAnswers.intro')}</p>
      {answers.isPending ? (
        <Loading />
      ) : answers.isError ? (
        <ErrorNotice error={answers.error} onRetry={() => void answers.refetch()} />
      ) : (
        QUESTIONS.map((question) => {
          const items = answers.data.filter((a) => a.question === question);
          return (
            <div key={question}>
              <h3>{t(`results.openAnswers.questions.${question}`)}</h3>
              {items.length === 0 ? (
                <p className="muted">{t('results.openAnswers.none')}</p>
              ) : (
                <ul className="open-answers">
                  {items.map((answer) => (
                    <AnswerItem key={answer.id} networkId={networkId} roundId={roundId} answer={answer} />
                  ))}
                </ul>
              )}
            </div>
          );
        })
      )}
    </section>
  );
}
