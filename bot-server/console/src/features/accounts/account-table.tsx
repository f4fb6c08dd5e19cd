/** Every console account: who, what role, which commune, since when, whether they can sign in. */
import type { StaffAccountListResponse } from '../../../../../shared/api/console-api-schemas';
import { useSignedInStaff } from '../../hooks/use-signed-in-staff';
import { formatDateTime } from '../../lib/format-time';
import { roleLabel } from '../../lib/role-label';
import { accountStateText } from './account-state-text';
import { DisableAccountAction } from './disable-account-action';

export function AccountTable({ accounts }: { accounts: StaffAccountListResponse['items'] }) {
  const me = useSignedInStaff();
  const now = Date.now();
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">Danh sách tài khoản</caption>
        <thead>
          <tr>
            <th scope="col">Tên đăng nhập</th>
            <th scope="col">Họ và tên</th>
            <th scope="col">Vai trò</th>
            <th scope="col">Xã/phường</th>
            <th scope="col">Ngày tạo</th>
            <th scope="col">Trạng thái</th>
            <th scope="col">Thao tác</th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((account) => (
            <tr key={account.id}>
              <th scope="row">{account.username}</th>
              <td>{account.displayName}</td>
              <td>{roleLabel(account.role)}</td>
              <td>{account.communeCode ?? 'Mọi xã/phường'}</td>
              <td>{formatDateTime(account.createdAt)}</td>
              <td>{accountStateText(account, now)}</td>
              <td>{account.id === me.id ? <span className="muted">Tài khoản của bạn</span> : account.disabledAt ? null : <DisableAccountAction account={account} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
