/** The small "live or not" note in the header: a dot for the eye, words for everyone. */
import type { LiveStatus as Status } from './use-live-updates';

const TEXT: Record<Status, string> = {
  connecting: 'Đang kết nối…',
  live: 'Đang cập nhật trực tiếp',
  retrying: 'Mất kết nối, đang thử lại',
};

export function LiveStatus({ status }: { status: Status }) {
  return (
    <p className={`live-status live-status--${status}`} role="status">
      <span className="live-status__dot" aria-hidden="true" />
      {TEXT[status]}
    </p>
  );
}
