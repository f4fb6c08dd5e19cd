/**
 * "Tải CSV": the filing figures of the period as a spreadsheet (UTF-8 with BOM, so Excel reads the
 * Vietnamese). A plain link: the session cookie goes along, and the server names the file.
 */
import { dashboardCsvUrl, type DashboardPeriod } from '../../api/dashboard-api';

export function DashboardCsvLink({ period }: { period: DashboardPeriod }) {
  return (
    <p className="csv-link">
      <a className="button button--secondary" href={dashboardCsvUrl(period)} download aria-describedby="csv-link-hint">
        Tải CSV
      </a>
      <span className="muted" id="csv-link-hint">
        Số liệu hồ sơ theo thủ tục của kỳ này, mở được bằng Excel.
      </span>
    </p>
  );
}
