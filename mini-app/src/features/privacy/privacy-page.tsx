/** What is stored and why, the consents given (with withdraw), and deleting my data. */
import { PageShell } from '../../components/page-shell';
import { useLanguage } from '../../i18n/language-context';
import { ConsentList } from './consent-list';
import { DeleteMyData } from './delete-my-data';

export default function PrivacyPage() {
  const { t } = useLanguage();
  return (
    <PageShell title={t('privacy')}>
      <p>{t('privacyIntro')}</p>
      <section className="section" aria-labelledby="stored-heading">
        <h2 id="stored-heading" className="section-title">{t('privacyStoredHeading')}</h2>
        <ul>
          <li>{t('privacyStoredDrafts')}</li>
          <li>{t('privacyStoredFilings')}</li>
          <li>{t('privacyStoredChats')}</li>
          <li>{t('privacyStoredSecurity')}</li>
        </ul>
      </section>
      <ConsentList />
      <DeleteMyData />
    </PageShell>
  );
}
