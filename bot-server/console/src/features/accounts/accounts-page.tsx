/** "Tài khoản" (admins): every console account, creating one, disabling one. */
import { useQuery } from '@tanstack/react-query';
import { staffAccountsQuery } from '../../api/staff-users-api';
import { QueryState } from '../../components/query-state';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { AccountTable } from './account-table';
import { CreateAccountForm } from './create-account-form';
import './accounts.css';

export function AccountsPage() {
  useDocumentTitle('Tài khoản');
  const accounts = useQuery(staffAccountsQuery);
  return (
    <>
      <h1>Tài khoản</h1>
      <div className="accounts">
        <section className="panel" aria-labelledby="accounts-list-title">
          <h2 id="accounts-list-title">Danh sách tài khoản</h2>
          {!accounts.data || accounts.isError ? <QueryState error={accounts.error} loadingText="Đang tải danh sách tài khoản…" onRetry={() => void accounts.refetch()} /> : null}
          {accounts.data ? <AccountTable accounts={accounts.data.items} /> : null}
        </section>
        <section className="panel" aria-labelledby="new-account-title">
          <h2 id="new-account-title">Tạo tài khoản mới</h2>
          <CreateAccountForm />
        </section>
      </div>
    </>
  );
}
