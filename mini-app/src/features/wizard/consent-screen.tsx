/**
 * Consent before any personal data is asked for (Decree 13/2023): what will be collected and
 * why, one box per purpose, none ticked in advance. Declining is as easy as agreeing.
 */
import { useState, type FormEvent } from 'react';
import { Button } from 'zmp-ui';
import type { EngineEvent, EngineOutput } from '../../../../shared/engine/engine-types';
import { useLanguage } from '../../i18n/language-context';
import type { MessageKey } from '../../i18n/messages';
import { dataCategoryLabel } from '../../i18n/data-category-labels';

type Consent = Extract<EngineOutput, { kind: 'consent' }>;

const PURPOSES: Record<string, MessageKey> = { filing: 'purposeFiling', handoff: 'purposeHandoff', analytics: 'purposeAnalytics' };

export function ConsentScreen({ consent, dispatch }: { consent: Consent; dispatch: (event: EngineEvent) => void }) {
  const { t, loc, lang } = useLanguage();
  const [ticked, setTicked] = useState<string[]>([]);
  const [missing, setMissing] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const all = consent.purposes.every((purpose) => ticked.includes(purpose));
    setMissing(!all);
    if (all) dispatch({ type: 'consent', accepted: true });
  };
  const toggle = (purpose: string, checked: boolean) => setTicked((now) => (checked ? [...now, purpose] : now.filter((p) => p !== purpose)));
  return (
    <form onSubmit={submit} noValidate>
      <h1 className="page-title">{t('consentHeading')}</h1>
      <p>{loc(consent.text)}</p>
      <section className="section" aria-labelledby="consent-data">
        <h2 id="consent-data" className="section-title">{t('consentWhat')}</h2>
        <ul>
          {consent.dataCategories.map((category) => (
            <li key={category}>{dataCategoryLabel(category, lang)}</li>
          ))}
        </ul>
      </section>
      <fieldset className={missing ? 'field field-has-error' : 'field'} aria-describedby={missing ? 'consent-error' : 'consent-hint'}>
        <legend className="section-title">{t('consentWhy')}</legend>
        <p id="consent-hint" className="field-hint">{t('consentTickHint')}</p>
        {missing ? (
          <p id="consent-error" className="field-error" role="alert">
            {t('consentMissing')}
          </p>
        ) : null}
        <div className="choices">
          {consent.purposes.map((purpose) => {
            const label = PURPOSES[purpose];
            return (
              <label key={purpose} className="choice">
                <input type="checkbox" checked={ticked.includes(purpose)} onChange={(event) => toggle(purpose, event.target.checked)} />
                <span>{label ? t(label) : purpose}</span>
              </label>
            );
          })}
        </div>
      </fieldset>
      <div className="actions">
        <Button htmlType="submit" fullWidth>
          {t('consentAccept')}
        </Button>
        <Button variant="secondary" fullWidth onClick={() => dispatch({ type: 'consent', accepted: false })}>
          {t('consentDecline')}
        </Button>
      </div>
    </form>
  );
}
