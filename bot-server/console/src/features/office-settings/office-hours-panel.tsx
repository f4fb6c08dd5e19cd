/** The desk's hours as they stand (and whether it is open now), with the form to change them. */
import { useQuery } from '@tanstack/react-query';
import { officeHoursQuery } from '../../api/office-settings-api';
import { QueryState } from '../../components/query-state';
import { OfficeHoursForm } from './office-hours-form';
import { officeHoursStatus } from './office-hours-status';

export function OfficeHoursPanel() {
  const office = useQuery(officeHoursQuery);
  return (
    <section className="panel" aria-labelledby="office-hours-title">
      <h2 id="office-hours-title">Giờ làm việc</h2>
      {!office.data || office.isError ? <QueryState error={office.error} loadingText="Đang tải giờ làm việc…" onRetry={() => void office.refetch()} /> : null}
      {office.data ? (
        <>
          <p>
            Hiện tại: {office.data.hours.open}–{office.data.hours.close}, thứ Hai đến thứ Sáu (trừ ngày lễ). {officeHoursStatus(office.data)}
          </p>
          <p className="muted">Ngoài giờ này, bot báo cho người dân biết khi nào cán bộ sẽ trả lời.</p>
          <OfficeHoursForm hours={office.data.hours} />
        </>
      ) : null}
    </section>
  );
}
