/** Home: search, unfinished drafts ("Tiếp tục"), common procedures by category, my filings, an official. */
import { useState } from 'react';
import { useNavigate } from 'zmp-ui';
import { PageShell } from '../../components/page-shell';
import { TalkToOfficialButton } from '../../components/talk-to-official-button';
import { useLanguage } from '../../i18n/language-context';
import { SearchBox } from './search-box';
import { SearchResults } from './search-results';
import { PopularProcedures } from './popular-procedures';
import { DraftList } from './draft-list';
import { LanguageSwitch } from './language-switch';

export default function HomePage() {
  const { t } = useLanguage();
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const searching = query.trim().length >= 2;
  return (
    <PageShell showBack={false} aside={<LanguageSwitch />}>
      <h1 className="page-title">{t('appTitle')}</h1>
      <SearchBox value={query} onChange={setQuery} />
      {searching ? <SearchResults query={query.trim()} /> : null}
      <DraftList />
      <nav className="link-list" aria-label={t('myFilings')}>
        <button type="button" className="link-card" onClick={() => navigate('/filings')}>
          <span className="item-title">{t('myFilings')}</span>
          <span className="item-meta">{t('myFilingsHint')}</span>
        </button>
        <button type="button" className="link-card" onClick={() => navigate('/appointments')}>
          <span className="item-title">{t('myAppointments')}</span>
          <span className="item-meta">{t('myAppointmentsHint')}</span>
        </button>
      </nav>
      {searching ? null : <PopularProcedures />}
      <section className="section" aria-labelledby="help-heading">
        <h2 id="help-heading" className="section-title">{t('talkToOfficial')}</h2>
        <p className="item-meta">{t('talkToOfficialHint')}</p>
        <TalkToOfficialButton topic={{ procedureId: null, questionId: null }} variant="secondary" />
      </section>
      <button type="button" className="text-link" onClick={() => navigate('/privacy')}>
        {t('privacy')}
      </button>
    </PageShell>
  );
}
