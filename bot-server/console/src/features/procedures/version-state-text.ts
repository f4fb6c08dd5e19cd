/** Where a procedure version stands for residents, in words: a draft they do not see, in force, coming, or over. */
import type { ConsoleProcedure } from '../../../../../shared/api/console-procedure-schemas';
import { formatDate } from '../../../../../shared/validators/date-input';

type ProcedureVersion = ConsoleProcedure['versions'][number];

export function versionStateText(version: ProcedureVersion, today: string): string {
  if (version.status === 'draft') return 'Bản nháp: người dân chưa thấy';
  if (version.inForce) return 'Đang áp dụng cho người dân';
  if (version.effectiveFrom > today) return `Đã xuất bản, áp dụng từ ${formatDate(version.effectiveFrom)}`;
  return 'Đã xuất bản, không còn áp dụng';
}

/** "Từ 14/01/2026", or "Từ 14/01/2026 đến 01/03/2026". */
export function effectiveDatesText(version: ProcedureVersion): string {
  return `Từ ${formatDate(version.effectiveFrom)}${version.effectiveTo ? ` đến ${formatDate(version.effectiveTo)}` : ''}`;
}
