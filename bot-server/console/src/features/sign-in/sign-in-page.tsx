/**
 * The sign-in page: the only screen for someone not signed in. Once signed in (now, or already),
 * the official goes where they were heading when the gate stopped them.
 */
import { useQuery } from '@tanstack/react-query';
import { Navigate, useLocation } from 'react-router-dom';
import { sessionQuery } from '../../api/session-api';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { returnPath } from './return-path';
import { SignInForm } from './sign-in-form';
import './sign-in.css';

export function SignInPage() {
  useDocumentTitle('Đăng nhập');
  const session = useQuery(sessionQuery);
  const location = useLocation();
  if (session.data) return <Navigate to={returnPath(location.state)} replace />;
  return (
    <main id="main" className="sign-in-page">
      <div className="sign-in-card">
        <p className="sign-in-card__brand">Dịch vụ công trên Zalo</p>
        <h1>Đăng nhập bàn làm việc cán bộ</h1>
        <p className="muted">Dành cho cán bộ, giám sát viên, tình nguyện viên và quản trị viên của xã/phường.</p>
        <SignInForm />
        <p className="muted sign-in-card__help">Quên mật khẩu hoặc tài khoản bị khóa? Hãy liên hệ quản trị viên của xã/phường.</p>
      </div>
    </main>
  );
}
