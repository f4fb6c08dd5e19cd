/**
 * A section for some roles only: anyone else reaching its address (an old link, a typed one) is
 * told plainly instead of meeting a failed request. The server refuses them as well.
 */
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useDocumentTitle } from '../hooks/use-document-title';
import { useSignedInStaff } from '../hooks/use-signed-in-staff';
import { mayOpen, type Section } from '../lib/section-roles';

function NoAccess() {
  useDocumentTitle('Không có quyền truy cập');
  return (
    <>
      <h1>Không có quyền truy cập</h1>
      <p>Tài khoản của bạn không dùng được trang này. Nếu bạn cần, hãy liên hệ quản trị viên của xã/phường.</p>
      <p>
        <Link to="/">Về trang chính</Link>
      </p>
    </>
  );
}

export function RequireRole({ section, children }: { section: Section; children: ReactNode }) {
  const { role } = useSignedInStaff();
  return mayOpen(section, role) ? children : <NoAccess />;
}
