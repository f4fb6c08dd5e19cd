/**
 * Public holidays that do not count as working days (Bộ luật Lao động Art 112). The lunar ones
 * move every year and the exact days off are set by a government notice, so this list is
 * UNCONFIRMED for 2026 and must be checked each year; HOLIDAYS (comma-separated ISO dates)
 * replaces it without a code change.
 */
const DEFAULT_2026 = [
  '2026-01-01',
  // Tết Bính Ngọ: announced as 14–22 Feb 2026 (weekdays 16–20 Feb); verify against the notice.
  '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20',
  // Giỗ Tổ Hùng Vương 10/3 âm lịch falls on Sunday 26 Apr 2026: taken on Monday 27 Apr.
  '2026-04-27',
  '2026-04-30', '2026-05-01',
  '2026-09-01', '2026-09-02',
];

export function vietnamHolidays(override: string | undefined): ReadonlySet<string> {
  const list = override ? override.split(',').map((d) => d.trim()).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)) : DEFAULT_2026;
  return new Set(list);
}
