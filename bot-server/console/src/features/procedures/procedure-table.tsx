/**
 * Every procedure with its versions, newest first: one group of rows per procedure, headed by its
 * name and what residents can do with it. Admins get "Xuất bản" on a draft version.
 */
import type { ConsoleProcedure } from '../../../../../shared/api/console-procedure-schemas';
import { useSignedInStaff } from '../../hooks/use-signed-in-staff';
import { formatDateTime } from '../../lib/format-time';
import { mayOpen } from '../../lib/section-roles';
import { PublishVersionAction } from './publish-version-action';
import { effectiveDatesText, versionStateText } from './version-state-text';

type ProcedureVersion = ConsoleProcedure['versions'][number];

function traitsOf(procedure: ConsoleProcedure): string {
  if (procedure.kind === 'info') return 'Chỉ có thông tin hướng dẫn';
  const traits = [procedure.canFile ? 'Nộp hồ sơ qua Zalo được' : 'Chỉ hỏi điều kiện, không nộp qua Zalo'];
  if (procedure.inPersonVisit) traits.push('cần hẹn đến trực tiếp');
  return traits.join(', ');
}

function publishedText(version: ProcedureVersion): string {
  if (version.publishedAt) return `${version.publishedBy ?? 'Quản trị viên'}, ${formatDateTime(version.publishedAt)}`;
  return version.status === 'published' ? 'Đã xuất bản sẵn trong tệp thủ tục' : 'Chưa xuất bản';
}

interface ProcedureTableProps {
  procedures: ConsoleProcedure[];
  today: string;
  onPublished: (notice: string) => void;
}

export function ProcedureTable({ procedures, today, onPublished }: ProcedureTableProps) {
  const mayPublish = mayOpen('procedurePublishing', useSignedInStaff().role);
  return (
    <div className="table-scroll">
      <table className="data-table procedure-table">
        <caption className="visually-hidden">Các thủ tục và phiên bản của từng thủ tục, mới nhất trước</caption>
        <thead>
          <tr>
            <th scope="col">Thủ tục</th>
            <th scope="col">Phiên bản</th>
            <th scope="col">Tình trạng</th>
            <th scope="col">Hiệu lực</th>
            <th scope="col">Xuất bản bởi</th>
            {mayPublish ? <th scope="col">Thao tác</th> : null}
          </tr>
        </thead>
        {procedures.map((procedure) => (
          <tbody key={procedure.id}>
            {procedure.versions.map((version, index) => (
              <tr key={version.version} className={version.inForce ? 'row--in-force' : undefined}>
                {index === 0 ? (
                  <th scope="rowgroup" rowSpan={procedure.versions.length}>
                    {procedure.name}
                    <span className="procedure-traits">{traitsOf(procedure)}</span>
                  </th>
                ) : null}
                <td className="number">{version.version}</td>
                <td>{versionStateText(version, today)}</td>
                <td>{effectiveDatesText(version)}</td>
                <td>{publishedText(version)}</td>
                {mayPublish ? (
                  <td>{version.status === 'draft' ? <PublishVersionAction procedure={procedure} version={version} today={today} onPublished={onPublished} /> : null}</td>
                ) : null}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
