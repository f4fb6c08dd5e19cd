/**
 * The dashboard's arithmetic on its own: CSV quoting, the statistics as rounded for display,
 * timeliness and working days around public holidays, and how unplaced phrasings are grouped.
 */
import { describe, expect, it } from 'vitest';
import { csvText } from '../../../bot-server/console-api/dashboard/csv-text';
import { median, nearestRankPercentile, percent } from '../../../bot-server/console-api/dashboard/summary-statistics';
import { processingDays, timelinessOf } from '../../../bot-server/console-api/dashboard/filing-facts';
import { topUnplacedPhrasings } from '../../../bot-server/console-api/dashboard/unplaced-phrasings';
import { ratingSummary } from '../../../bot-server/console-api/dashboard/satisfaction-figures';

describe('the CSV export (RFC 4180, for Excel)', () => {
  it('quotes only what needs it, doubles quotes, keeps Excel from running formulas, and starts with a BOM', () => {
    const line = (value: string | number | null) => csvText([[value]]).slice(1, -2);
    expect(line('Đăng ký tạm trú')).toBe('Đăng ký tạm trú');
    expect(line('Liên thông: khai sinh, thường trú')).toBe('"Liên thông: khai sinh, thường trú"');
    expect(line('Giấy "xác nhận"')).toBe('"Giấy ""xác nhận"""');
    expect(line('dòng 1\ndòng 2')).toBe('"dòng 1\ndòng 2"');
    expect(line('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(line(83.3)).toBe('83.3');
    expect(csvText([['a', 1], ['b', null]])).toBe('\uFEFFa,1\r\nb,\r\n');
  });
});

describe('statistics as the dashboard shows them', () => {
  it('rounds to one decimal and has nothing to say about nothing', () => {
    expect(percent(2, 3)).toBe(66.7);
    expect(percent(1, 0)).toBeNull();
    expect(nearestRankPercentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
    expect(nearestRankPercentile([5, 0, 2, 3, 2, 4, 3], 90)).toBe(5);
    expect(nearestRankPercentile([4], 90)).toBe(4);
    expect(nearestRankPercentile([], 90)).toBeNull();
    expect(median([10, 4])).toBe(7);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([])).toBeNull();
  });

  it('sums ratings into five scores', () => {
    expect(ratingSummary([{ score: 5, count: 2 }, { score: 2, count: 1 }])).toEqual({
      count: 3,
      average: 4,
      distribution: [1, 2, 3, 4, 5].map((score) => ({ score, count: score === 5 ? 2 : score === 2 ? 1 : 0 })),
    });
    expect(ratingSummary([]).average).toBeNull();
  });
});

describe('timeliness and working days', () => {
  // Giỗ Tổ (Mon 27/4), 30/4 and 1/5 2026 are holidays: a 3-day filing received Thu 23/4 is due Wed 29/4.
  const holidays = new Set(['2026-04-27', '2026-04-30', '2026-05-01']);

  it('calls a decision early, on time or late by its day in Vietnam', () => {
    expect(timelinessOf('2026-04-24', '2026-04-29')).toBe('early');
    expect(timelinessOf('2026-04-29', '2026-04-29')).toBe('onTime');
    expect(timelinessOf('2026-05-04', '2026-04-29')).toBe('late');
  });

  it('counts working days taken as the due date counts them, skipping holidays and weekends', () => {
    expect(processingDays(3, '2026-04-24', '2026-04-29', holidays)).toBe(1); // Tue 28 and Wed 29 were still left
    expect(processingDays(3, '2026-04-29', '2026-04-29', holidays)).toBe(3);
    expect(processingDays(3, '2026-05-04', '2026-04-29', holidays)).toBe(4); // the next working day after the due date
    expect(processingDays(0, '2026-04-23', '2026-04-23', holidays)).toBe(0);
    expect(processingDays(null, '2026-04-23', '2026-04-23', holidays)).toBeNull();
  });
});

describe('unplaced phrasings', () => {
  it('counts the same words with or without accents together, shows the commonest form, and masks numbers', () => {
    const top = topUnplacedPhrasings(
      [
        { text: 'Xe buyt may gio chay', count: 3 },
        { text: 'xe buýt mấy giờ chạy ', count: 1 },
        { text: 'mèo đi lạc', count: 1 },
        { text: 'meo di lac', count: 1 },
        { text: 'gọi tôi 0912345678', count: 2 },
      ],
      2,
    );
    expect(top).toEqual([
      { text: 'Xe buyt may gio chay', count: 4 },
      { text: 'gọi tôi [phone]', count: 2 },
    ]);
    expect(topUnplacedPhrasings([{ text: 'meo di lac', count: 1 }, { text: 'mèo đi lạc', count: 1 }], 5)).toEqual([{ text: 'mèo đi lạc', count: 2 }]);
  });
});
