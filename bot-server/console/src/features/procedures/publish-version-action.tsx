/**
 * "Xuất bản" on a draft version (admins): a dialog says when residents get it (its effectiveFrom
 * date, at once when that has come) before the version is published. The server's refusal (already
 * published by someone else) is shown in its own words, and the list reloaded once it is read.
 */
import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ConsoleProcedure } from '../../../../../shared/api/console-procedure-schemas';
import { publishProcedureVersion } from '../../api/procedures-api';
import { queryKeys } from '../../api/query-keys';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { formatDate } from '../../../../../shared/validators/date-input';

interface PublishVersionActionProps {
  procedure: ConsoleProcedure;
  version: ConsoleProcedure['versions'][number];
  today: string;
  onPublished: (notice: string) => void;
}

function whenResidentsGetIt(effectiveFrom: string, today: string): string {
  if (effectiveFrom <= today) return `Ngày hiệu lực của phiên bản này (${formatDate(effectiveFrom)}) đã đến: người dân nhận phiên bản này ngay sau khi xuất bản, thay cho phiên bản đang áp dụng.`;
  return `Người dân nhận phiên bản này từ ngày ${formatDate(effectiveFrom)}; đến hôm đó họ vẫn dùng phiên bản đang áp dụng.`;
}

export function PublishVersionAction({ procedure, version, today, onPublished }: PublishVersionActionProps) {
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState(false);
  const publish = useMutation({
    mutationFn: () => publishProcedureVersion(procedure.id, version.version),
    onSuccess: () => {
      setAsking(false);
      void queryClient.invalidateQueries({ queryKey: queryKeys.procedures });
      const from = version.effectiveFrom <= today ? 'ngay từ bây giờ' : `từ ngày ${formatDate(version.effectiveFrom)}`;
      onPublished(`Đã xuất bản phiên bản ${version.version} của “${procedure.name}”. Người dân dùng phiên bản này ${from}.`);
    },
  });
  const close = () => {
    // After a refusal the list is reloaded only now: reloaded earlier, this row (and the message) could vanish.
    if (publish.isError) void queryClient.invalidateQueries({ queryKey: queryKeys.procedures });
    setAsking(false);
    publish.reset();
  };
  return (
    <>
      <button type="button" className="button button--small" onClick={() => setAsking(true)} aria-label={`Xuất bản phiên bản ${version.version} của ${procedure.name}`}>
        Xuất bản
      </button>
      {asking ? (
        <ConfirmDialog
          title={`Xuất bản phiên bản ${version.version} của “${procedure.name}”?`}
          description={
            <>
              <p>{whenResidentsGetIt(version.effectiveFrom, today)}</p>
              <p>Người dân đang khai dở hồ sơ vẫn giữ phiên bản họ đã bắt đầu. Bàn làm việc không có thao tác hủy xuất bản.</p>
            </>
          }
          confirmLabel="Có, xuất bản"
          pendingLabel="Đang xuất bản…"
          cancelLabel="Không, quay lại"
          pending={publish.isPending}
          error={publish.error}
          onConfirm={() => publish.mutate()}
          onClose={close}
        />
      ) : null}
    </>
  );
}
