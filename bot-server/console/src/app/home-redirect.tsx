/** The console's front door: the first section this official may open (every role has at least "Hồ sơ"), or a plain note. */
import { Navigate } from 'react-router-dom';
import { useSignedInStaff } from '../hooks/use-signed-in-staff';
import { useDocumentTitle } from '../hooks/use-document-title';
import { navigationEntriesFor } from './navigation-entries';

export function HomeRedirect() {
  const [first] = navigationEntriesFor(useSignedInStaff().role);
  useDocumentTitle('Trang chính');
  if (first) return <Navigate to={first.to} replace />;
  return (
    <>
      <h1>Chào mừng bạn</h1>
      <p>Tài khoản của bạn chưa có màn hình làm việc nào. Nếu bạn cần, hãy liên hệ quản trị viên của xã/phường.</p>
    </>
  );
}
