import { describe, expect, it } from 'vitest';
import { DECIDED_FILING_STATUSES, nextFilingStatuses, REASON_REQUIRED_STATUSES } from '../../../shared/filing/filing-status-rules';
import { filingStatusNotice } from '../../../shared/filing/filing-status-notice';
import type { FilingStatus } from '../../../shared/filing/filing-status-text';

const ALL: FilingStatus[] = ['received', 'processing', 'moreInfoNeeded', 'approved', 'rejected', 'resultReady'];

describe('filing status rules', () => {
  it('lets a filing reach a decision and go back and forth only between processing and more information', () => {
    expect(nextFilingStatuses('received')).toEqual(['processing', 'moreInfoNeeded']);
    expect(nextFilingStatuses('moreInfoNeeded')).toContain('processing');
    expect(nextFilingStatuses('processing')).toContain('moreInfoNeeded');
    expect(nextFilingStatuses('approved')).toEqual(['resultReady']);
    expect(nextFilingStatuses('rejected')).toEqual([]);
    expect(nextFilingStatuses('resultReady')).toEqual([]);
    // Nothing leads back to "received", nor stays where it is.
    for (const status of ALL) expect(nextFilingStatuses(status)).not.toContain('received');
    for (const status of ALL) expect(nextFilingStatuses(status)).not.toContain(status);
  });

  it('asks for a reason exactly where the resident must be told why, and counts only decisions as decided', () => {
    expect([...REASON_REQUIRED_STATUSES].sort()).toEqual(['moreInfoNeeded', 'rejected']);
    expect([...DECIDED_FILING_STATUSES].sort()).toEqual(['approved', 'rejected', 'resultReady']);
  });
});

describe('the status notice sent to the resident', () => {
  const procedureName = { vi: 'Đăng ký tạm trú', en: 'Temporary residence' };

  it('names the filing, the new status, the reason and the next step', () => {
    const text = filingStatusNotice({ reference: 'ABCD-EFGH-K', procedureName, status: 'rejected', reason: 'Nơi ở không đủ điều kiện.' });
    expect(text.split('\n')).toEqual([
      'Dạ, hồ sơ ABCD-EFGH-K (Đăng ký tạm trú) của bạn vừa được cán bộ cập nhật.',
      'Tình trạng mới: Không được giải quyết.',
      'Lý do: Nơi ở không đủ điều kiện.',
      'Gõ "gặp cán bộ" để biết lý do và cách làm lại.',
      'Bạn có thể gõ "tra cứu ABCD-EFGH-K" để xem lại tình trạng hồ sơ bất cứ lúc nào.',
    ]);
  });

  it('leaves out the reason line when there is none', () => {
    const text = filingStatusNotice({ reference: 'ABCD-EFGH-K', procedureName, status: 'resultReady', reason: null });
    expect(text).not.toContain('Lý do');
    expect(text).toContain('Tình trạng mới: Đã có kết quả.');
    expect(text).toContain('Bộ phận Một cửa');
  });
});
