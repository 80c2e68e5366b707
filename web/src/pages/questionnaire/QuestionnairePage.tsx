import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, ApiError, unwrap } from '../../api.ts';
import { ErrorNotice, SuccessNotice } from '../../components/ErrorNotice.tsx';
import { useDateFormat } from '../../components/formatDate.ts';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useErrorMessage } from '../../components/useErrorMessage.ts';
import { queries } from '../../queries.ts';
import { loadDraft, questionKeys, saveDraft, stepsOf, storageKey, toResponseBody, type Draft, type Questionnaire } from './draft.ts';
import { AgreementsSection, AspectsSection, ChoosePartnersSection, OpenQuestionsSection, PartnerSection } from './Sections.tsx';

/**
 * Answering a reflection round, made for a phone: one section at a time with a progress bar,
 * large answer targets, "don't know" everywhere, partners chosen first and only those rated.
 * Progress is kept in localStorage per round and user, and so are the last sent answers, so a
 * respondent can change them later on the same device (the API never gives answers back).
 */
export function QuestionnairePage() {
  const { t } = useTranslation();
  const { networkId = '', roundId = '' } = useParams();
  const me = useQuery(queries.me());
  const questionnaire = useQuery(queries.questionnaire(networkId, roundId));
  useDocumentTitle(questionnaire.data ? t('rounds.questionnaire.heading', { title: questionnaire.data.round.title }) : t('rounds.heading'));
  if (questionnaire.isPending || me.isPending) return <Loading />;
  if (questionnaire.isError) return <ErrorNotice error={questionnaire.error} onRetry={() => void questionnaire.refetch()} />;
  const userId = me.data?.user.id ?? '';
  return <QuestionnaireForm key={`${roundId}.${userId}`} networkId={networkId} q={questionnaire.data} draftKey={storageKey(roundId, userId)} />;
}

function QuestionnaireForm({ networkId, q, draftKey }: { networkId: string; q: Questionnaire; draftKey: string }) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const message = useErrorMessage();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Draft>(() => loadDraft(draftKey));
  const heading = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);
  const update = (change: (d: Draft) => Draft) =>
    setDraft((d) => {
      const next = change(d);
      saveDraft(draftKey, next);
      return next;
    });
  const steps = stepsOf(q, draft);
  const index = Math.min(draft.step, steps.length - 1);
  const step = steps[index]!;
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    heading.current?.focus();
    window.scrollTo({ top: 0 });
  }, [index]);
  const send = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/networks/{networkId}/rounds/{roundId}/responses', { params: { path: { networkId, roundId: q.round.id } }, body: toResponseBody(q, draft) })),
    onSuccess: async (res) => {
      update((d) => ({ ...d, submittedAt: res.submittedAt }));
      await queryClient.invalidateQueries({ queryKey: ['network', networkId, 'rounds'] });
    },
  });

  const back = (
    <p>
      <Link to={`/networks/${networkId}/rounds/${q.round.id}`}>{t('rounds.questionnaire.toRound')}</Link>
    </p>
  );
  const title = <h1>{t('rounds.questionnaire.heading', { title: q.round.title })}</h1>;
  if (!q.respondent.canRespond) {
    return (
      <>
        {title}
        <p className="notice notice-info">{t(`rounds.questionnaire.cannot.${q.respondent.reason ?? 'not_invited'}`)}</p>
        {back}
      </>
    );
  }
  const go = (to: number) => update((d) => ({ ...d, step: Math.max(0, Math.min(to, steps.length - 1)) }));
  const setAnswer = (key: string, value: Draft['answers'][string]) => update((d) => ({ ...d, answers: { ...d.answers, [key]: value } }));
  const keys = questionKeys(q, draft);
  const answered = keys.filter((k) => draft.answers[k] !== undefined).length;
  const partnerName = step.kind === 'partner' ? (q.partners.find((p) => p.id === step.partnerId)?.name ?? '') : '';
  const sectionHeading = {
    aspects: t('rounds.questionnaire.aspectsHeading'),
    agreements: t('rounds.questionnaire.agreementsHeading'),
    choose: t('rounds.questionnaire.chooseHeading'),
    partner: t('rounds.questionnaire.partnerHeading', { name: partnerName }),
    open: t('rounds.questionnaire.openHeading'),
    review: t('rounds.questionnaire.reviewHeading'),
  }[step.kind];
  const sentHere = draft.submittedAt !== null;
  const sentElsewhere = !sentHere && q.respondent.submittedAt !== null;
  const closed = send.error instanceof ApiError && send.error.status === 409;
  const rejected = send.error instanceof ApiError && send.error.status === 400;

  return (
    <div className="questionnaire">
      {title}
      <p className="muted">{t('rounds.questionnaire.anonymous')}</p>
      {sentElsewhere ? <p className="notice notice-info">{t('rounds.questionnaire.alreadySubmittedElsewhere', { at: format.dateTime(q.respondent.submittedAt!) })}</p> : null}
      <div className="questionnaire-progress">
        <p id="questionnaire-progress-text">{t('rounds.questionnaire.progress', { step: index + 1, total: steps.length })}</p>
        <progress max={steps.length} value={index + 1} aria-labelledby="questionnaire-progress-text" />
      </div>
      <section aria-labelledby="questionnaire-section-heading" className="questionnaire-section">
        <h2 id="questionnaire-section-heading" ref={heading} tabIndex={-1}>
          {sectionHeading}
        </h2>
        {step.kind === 'partner' ? <p className="muted">{t('rounds.questionnaire.partnerProgress', { index: step.index + 1, count: draft.chosen.length })}</p> : null}
        {step.kind === 'aspects' ? <AspectsSection q={q} draft={draft} setAnswer={setAnswer} /> : null}
        {step.kind === 'agreements' ? <AgreementsSection q={q} draft={draft} setAnswer={setAnswer} /> : null}
        {step.kind === 'choose' ? <ChoosePartnersSection q={q} draft={draft} setChosen={(chosen) => update((d) => ({ ...d, chosen }))} /> : null}
        {step.kind === 'partner' ? <PartnerSection q={q} draft={draft} setAnswer={setAnswer} partnerId={step.partnerId} /> : null}
        {step.kind === 'open' ? <OpenQuestionsSection q={q} draft={draft} setText={(key, value) => update((d) => ({ ...d, [key]: value }))} /> : null}
        {step.kind === 'review' ? (
          <>
            <p>{t('rounds.questionnaire.reviewText', { answered, total: keys.length })}</p>
            <p>{t('rounds.questionnaire.reviewChange')}</p>
            {send.isSuccess ? <SuccessNotice>{t('rounds.questionnaire.submitted', { at: format.dateTime(send.data.submittedAt ?? '') })}</SuccessNotice> : null}
            {!send.isSuccess && sentHere ? <p className="notice notice-info">{t('rounds.questionnaire.alreadySubmitted', { at: format.dateTime(draft.submittedAt!) })}</p> : null}
            {send.isError ? <ErrorNotice>{closed ? t('rounds.questionnaire.closedNow') : rejected ? t('rounds.questionnaire.invalid') : message(send.error)}</ErrorNotice> : null}
            <Button className="button button-large" isPending={send.isPending} onPress={() => send.mutate()}>
              {sentHere || sentElsewhere ? t('rounds.questionnaire.resubmit') : t('rounds.questionnaire.submit')}
            </Button>
          </>
        ) : null}
      </section>
      <div className="questionnaire-nav">
        {index > 0 ? (
          <Button className="button button-secondary button-large" onPress={() => go(index - 1)}>
            {t('rounds.questionnaire.previous')}
          </Button>
        ) : (
          <span />
        )}
        {index < steps.length - 1 ? (
          <Button className="button button-large" onPress={() => go(index + 1)}>
            {t('rounds.questionnaire.next')}
          </Button>
        ) : null}
      </div>
      <p className="muted">{t('rounds.questionnaire.savedLocally')}</p>
      {back}
    </div>
  );
}
