/**
 * The handoff inbox (hộp thư chuyển cán bộ): the list of residents waiting for a human beside the
 * one selected. The list refetches when the server signals a change (app/use-live-updates.ts) and
 * every 30 seconds as a fallback.
 */
import { useQuery } from '@tanstack/react-query';
import { Outlet, useLocation } from 'react-router-dom';
import { handoffListQuery } from '../../api/handoff-api';
import { QueryState } from '../../components/query-state';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { HandoffList } from './handoff-list';
import { noticeOf } from './inbox-notice';
import { StatusTabs } from './status-tabs';
import { useHandoffStatus } from './use-handoff-status';
import { useSelectedHandoffId } from './use-selected-handoff-id';
import './handoff-list.css';

export function HandoffInboxPage() {
  const status = useHandoffStatus();
  const list = useQuery(handoffListQuery(status));
  const selectedId = useSelectedHandoffId();
  const notice = noticeOf(useLocation().state);
  useDocumentTitle('Hộp thư chuyển cán bộ');
  return (
    <div className="inbox">
      <h1>Hộp thư chuyển cán bộ</h1>
      <StatusTabs current={status} count={list.data?.items.length} />
      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
      <div className="inbox__columns">
        <section className="inbox__list" aria-labelledby="inbox-list-title">
          <h2 id="inbox-list-title" className="visually-hidden">
            Danh sách yêu cầu
          </h2>
          {/* A failed refetch keeps the last list on screen, with the failure above it. */}
          {!list.data || list.isError ? <QueryState error={list.error} loadingText="Đang tải danh sách…" onRetry={() => void list.refetch()} /> : null}
          {list.data ? <HandoffList list={list.data} status={status} selectedId={selectedId} /> : null}
        </section>
        <Outlet />
      </div>
    </div>
  );
}
