import { useState } from 'react';
import { Button } from 'zmp-ui';
import { ResourceView } from '../../components/resource-view';
import { useNotify } from '../../hooks/use-notify';
import { useResource } from '../../hooks/use-resource';
import { dataCategoryLabel } from '../../i18n/data-category-labels';
import { useLanguage } from '../../i18n/language-context';
import type { MessageKey } from '../../i18n/messages';
import { formatInstantDate } from '../../lib/format-date';
import { listConsents, withdrawConsent, type ConsentRecord } from './privacy-api';

const PURPOSES: Record<string, MessageKey> = { filing: 'purposeFiling', handoff: 'purposeHandoff', analytics: 'purposeAnalytics' };

/** Every consent given, oldest first; those still in force can be withdrawn. */
export function ConsentList() {
  const { t, lang } = useLanguage();
  const notify = useNotify();
  const consents = useResource('consents', (signal) => listConsents(signal));
  const [withdrawing, setWithdrawing] = useState<number | null>(null);
  const withdraw = async (items: ConsentRecord[], consent: ConsentRecord) => {
    setWithdrawing(consent.id);
    try {
      await withdrawConsent(consent.id);
      consents.set(items.map((item) => (item.id === consent.id ? { ...item, withdrawnAt: new Date().toISOString() } : item)));
      notify(t('consentWithdrawDone'));
    } catch {
      notify(t('actionFailed'));
    } finally {
      setWithdrawing(null);
    }
  };
  return (
    <section className="section" aria-labelledby="consents-heading">
      <h2 id="consents-heading" className="section-title">{t('consentsHeading')}</h2>
      <ResourceView resource={consents} lines={2}>
        {(items) =>
          items.length === 0 ? (
            <p>{t('consentsEmpty')}</p>
          ) : (
            <ul className="item-list">
              {items.map((consent) => {
                const given = formatInstantDate(consent.givenAt);
                return (
                  <li key={consent.id} className="item">
                    <p className="item-title">{t('consentGiven', { date: given })}</p>
                    <p className="item-meta">{t('consentPurposes', { list: consent.purposes.map((p) => (PURPOSES[p] ? t(PURPOSES[p]) : p)).join('; ') })}</p>
                    <p className="item-meta">{t('consentData', { list: consent.dataCategories.map((category) => dataCategoryLabel(category, lang)).join(', ') })}</p>
                    {consent.withdrawnAt ? (
                      <p className="item-note">{t('consentWithdrawn', { date: formatInstantDate(consent.withdrawnAt) })}</p>
                    ) : (
                      <Button variant="secondary" size="medium" disabled={withdrawing !== null} aria-label={t('consentWithdrawLabel', { date: given })} onClick={() => void withdraw(items, consent)}>
                        {t('consentWithdraw')}
                      </Button>
                    )}
                  </li>
                );
              })}
            </ul>
          )
        }
      </ResourceView>
    </section>
  );
}
