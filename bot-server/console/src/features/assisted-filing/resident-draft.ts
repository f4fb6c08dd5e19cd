/**
 * Who the filing is for, as the volunteer typed it: a phone number the resident gave the OA, or
 * their Zalo id with the OA. Checked here with the shared phone validator (its Vietnamese message);
 * whether the OA may write to them is only known to the server.
 */
import type { PrepareAssistedFilingRequest } from '../../../../../shared/api/console-assisted-filing-schemas';
import { validatePhone } from '../../../../../shared/validators/phone';

export interface ResidentDraft {
  by: 'phone' | 'zaloId';
  value: string;
}

const ZALO_ID = /^[0-9A-Za-z_-]{1,64}$/;

export function residentProblem(draft: ResidentDraft): string | null {
  const value = draft.value.trim();
  if (draft.by === 'zaloId') {
    if (value === '') return 'Hãy nhập Zalo id của người dân.';
    return ZALO_ID.test(value) ? null : 'Zalo id chỉ gồm chữ số, chữ cái không dấu, dấu gạch ngang hoặc gạch dưới, tối đa 64 ký tự. Hãy kiểm tra lại.';
  }
  if (value === '') return 'Hãy nhập số điện thoại của người dân.';
  const checked = validatePhone(value);
  return checked.ok ? null : checked.error.vi;
}

export const residentOf = (draft: ResidentDraft): PrepareAssistedFilingRequest['resident'] =>
  draft.by === 'phone' ? { phone: draft.value.trim() } : { zaloId: draft.value.trim() };

/** "số điện thoại 0912 345 678", "Zalo id 8409…". */
export const residentText = (draft: ResidentDraft): string => `${draft.by === 'phone' ? 'số điện thoại' : 'Zalo id'} ${draft.value.trim()}`;
