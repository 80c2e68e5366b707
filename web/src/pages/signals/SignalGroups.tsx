import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Signal } from './signalQueries.ts';
import { useDecimal, useSubjectLabel } from './useSubjectLabel.ts';

const CODES = ['downward_spiral', 'upward_spiral', 'too_good_to_be_true', 'asymmetry', 'perception_gap', 'agreement_gap'] as const;
type Code = (typeof CODES)[number];

/** The numbers behind one signal, in words. */
function useSignalDetail() {
  const { t } = useTranslation();
  const n = useDecimal();
  const level = useDecimal(1);
  return (s: Signal): string => {
    const f = s.figures;
    const num = (key: string) => n(f[key] ?? 0);
    const pair = { from: s.from?.name ?? '', to: s.to?.name ?? '' };
    switch (s.code) {
      case 'downward_spiral':
      case 'upward_spiral':
        return t('signals.detail.spiral', { previous: num('previousChange'), last: num('lastChange'), total: num('totalChange'), value: num('lastValue') });
      case 'too_good_to_be_true':
        return t('signals.detail.tooGood', { trust: num('networkTrust'), dispersion: num('dispersion'), respondents: num('respondents') });
      case 'asymmetry':
        return t('signals.detail.asymmetry', { ...pair, fromTo: num('fromTo'), toFrom: num('toFrom') });
      case 'perception_gap':
        return t('signals.detail.perceptionGap', { ...pair, fromTo: level(f.fromTo ?? 0), toFrom: level(f.toFrom ?? 0) });
      case 'agreement_gap':
        return t('signals.detail.agreementGap', { importance: num('importance'), adherence: num('adherence'), gap: num('gap') });
    }
  };
}

function SignalGroup({ code, signals }: { code: Code; signals: Signal[] }) {
  const { t } = useTranslation();
  const label = useSubjectLabel();
  const detail = useSignalDetail();
  const headingId = `signal-${code}`;
  return (
    <section aria-labelledby={headingId} className={`signal-group signal-${code}`}>
      <h2 id={headingId}>
        {t(`signals.codes.${code}.title`)} <span className="muted">({t('signals.count', { count: signals.length })})</span>
      </h2>
      <ul className="signal-list">
        {signals.map((s, i) => (
          <li key={i}>
            {s.agreement ? <strong>{s.agreement.title}</strong> : label(s) ? <strong>{label(s)}</strong> : null} {detail(s)}
            {s.uncertain ? (
              <>
                {' '}
                <span className="badge badge-uncertain">{t('results.uncertain')}</span>
              </>
            ) : null}
            {s.link ? (
              <>
                {' '}
                <Link to={s.link}>{t('signals.look')}</Link>
              </>
            ) : null}
          </li>
        ))}
      </ul>
      {signals.some((s) => s.uncertain) ? <p className="muted">{t('signals.uncertainMeaning')}</p> : null}
      <h3>{t('signals.meaning')}</h3>
      <p>{t(`signals.codes.${code}.meaning`)}</p>
      <h3>{code === 'too_good_to_be_true' ? t('signals.askCoordinator') : t('signals.ask')}</h3>
      <ul className="signal-questions">
        <li>{t(`signals.codes.${code}.q1`)}</li>
        <li>{t(`signals.codes.${code}.q2`)}</li>
        <li>{t(`signals.codes.${code}.q3`)}</li>
      </ul>
    </section>
  );
}

/** The signals grouped by kind, each kind with what it means and which questions to ask. */
export function SignalGroups({ signals }: { signals: Signal[] }) {
  const { t } = useTranslation();
  if (signals.length === 0) return <p>{t('signals.none')}</p>;
  return (
    <>
      {CODES.filter((code) => signals.some((s) => s.code === code)).map((code) => (
        <SignalGroup key={code} code={code} signals={signals.filter((s) => s.code === code)} />
      ))}
    </>
  );
}
