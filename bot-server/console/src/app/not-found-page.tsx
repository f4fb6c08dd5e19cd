/** An address inside /console/ that names no screen. */
import { Link } from 'react-router-dom';
import { useDocumentTitle } from '../hooks/use-document-title';

export function NotFoundPage() {
  useDocumentTitle('Không tìm thấy trang');
  return (
    <>
      <h1>Không tìm thấy trang</h1>
      <p>Địa chỉ này không có trong bàn làm việc. Hãy kiểm tra lại đường dẫn, hoặc quay về trang chính.</p>
      <p>
        <Link to="/">Về trang chính</Link>
      </p>
    </>
  );
}
