/**
 * One filing: the facts, the status change (not for volunteers, who only follow the filings they
 * assisted), the timeline, the rating, and what the resident declared, with papers and fee.
 * Refetched when the server signals a change to filings. Opening it is recorded in the audit log
 * (the answers are personal data), so it does not refetch on window focus.
 */
import { useQuery } from '@tanstack/react-query';
import { Link, useLocation, useParams } from 'react-router-dom';
import { consoleFilingParamsSchema, type FilingPageResponse } from '../../../../../shared/api/console-filing-schemas';
import { filingPageQuery } from '../../api/filing-api';
import { QueryState } from '../../components/query-state';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { useSignedInStaff } from '../../hooks/use-signed-in-staff';
import { FilingAnswers } from './filing-answers';
import { FilingFacts } from './filing-facts';
import { listPathFrom } from './list-search';
import { PapersAndFee } from './papers-and-fee';
import { ResidentRating } from './resident-rating';
import { StatusChangeForm } from './status-change-form';
import { StatusTimeline } from './status-timeline';
import './filings.css';

function FilingView({ page }: { page: FilingPageResponse }) {
  const { role } = useSignedInStaff();
  return (
    <div className="filing-columns">
      <div className="filing-columns__main">
        <FilingFacts filing={page.filing} />
        <FilingAnswers review={page.filing.review} />
        <PapersAndFee filing={page.filing} />
      </div>
      <div className="filing-columns__side">
        {role === 'volunteer' ? null : <StatusChangeForm page={page} />}
        <StatusTimeline timeline={page.timeline} />
        <ResidentRating rating={page.rating} />
      </div>
    </div>
  );
}

export function FilingPage() {
  const reference = (useParams().reference ?? '').toUpperCase();
  // A mistyped address is explained here rather than sent to the server, whose check is technical.
  const wellFormed = consoleFilingParamsSchema.safeParse({ reference }).success;
  const page = useQuery({ ...filingPageQuery(reference), enabled: wellFormed, refetchOnWindowFocus: false });
  const location = useLocation();
  useDocumentTitle(`Hồ sơ ${reference}`);
  if (!wellFormed) {
    return (
      <>
        <h1>Không tìm thấy hồ sơ</h1>
        <p>Mã hồ sơ trong đường dẫn không đúng dạng (ví dụ ABCD-EFGH-K). Hãy kiểm tra lại đường dẫn, hoặc tìm hồ sơ trong danh sách.</p>
        <p>
          <Link to="/filings">Về danh sách hồ sơ</Link>
        </p>
      </>
    );
  }
  return (
    <div className="filing-page">
      <p className="back-link">
        <Link to={listPathFrom(location.state)}>← Quay lại danh sách hồ sơ</Link>
      </p>
      <h1>
        Hồ sơ {reference}
        {page.data ? ` – ${page.data.filing.procedureName.vi}` : ''}
      </h1>
      {!page.data || page.isError ? <QueryState error={page.error} loadingText="Đang tải hồ sơ…" onRetry={() => void page.refetch()} /> : null}
      {page.data ? <FilingView page={page.data} /> : null}
    </div>
  );
}
