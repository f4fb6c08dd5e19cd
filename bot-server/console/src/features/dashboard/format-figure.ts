/** Figures as Vietnamese readers write them: a decimal comma, "—" where there is nothing to count. */
const oneDecimal = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

export const NO_DATA = 'Chưa có số liệu';

export const formatNumber = (value: number | null): string => (value === null ? NO_DATA : oneDecimal.format(value));

export const formatPercent = (value: number | null): string => (value === null ? NO_DATA : `${oneDecimal.format(value)}%`);

export const formatDays = (value: number | null): string => (value === null ? NO_DATA : `${oneDecimal.format(value)} ngày`);
