/** "Giờ làm việc & câu trả lời mẫu" (admins): the desk's office hours and the officials' canned replies. */
import { useDocumentTitle } from '../../hooks/use-document-title';
import { CannedRepliesPanel } from './canned-replies-panel';
import { OfficeHoursPanel } from './office-hours-panel';
import './office-settings.css';

export function OfficeSettingsPage() {
  useDocumentTitle('Giờ làm việc & câu trả lời mẫu');
  return (
    <>
      <h1>Giờ làm việc & câu trả lời mẫu</h1>
      <div className="office-settings">
        <OfficeHoursPanel />
        <CannedRepliesPanel />
      </div>
    </>
  );
}
