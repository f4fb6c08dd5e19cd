import type { LocalizedText } from '../schema/localized-text-schema';
import type { Procedure } from '../schema/procedure-schema';

export interface DocumentView {
  id: string;
  name: LocalizedText;
  copies: number;
  form: Procedure['documents'][number]['form'];
  note?: LocalizedText;
  unconfirmed: boolean;
}

export interface FeeLine {
  id: string;
  label: LocalizedText;
  /** VND; null when the province sets it. */
  amount: number | null;
  onlineAmount: number | null;
  setByProvince: boolean;
  note?: LocalizedText;
  unconfirmed: boolean;
}

export interface FeeAssessment {
  items: FeeLine[];
  /** Total in VND; null when part of it is set by the province (and not exempt). */
  total: number | null;
  totalOnline: number | null;
  setByProvince: boolean;
  exemption?: { id: string; reason: LocalizedText };
  note?: LocalizedText;
}

export interface TimeAssessment {
  kind: 'workingDays' | 'sameDay';
  days: number;
  daysIfVerification?: number;
  cutoff: string;
  /** If filed now: when the result is due (ISO date). */
  dueDate: string;
  note?: LocalizedText;
  unconfirmed: boolean;
}

export interface ProcedureOverview {
  id: string;
  version: number;
  code: string | null;
  codeStatus: Procedure['codeStatus'];
  kind: Procedure['kind'];
  name: LocalizedText;
  summary: LocalizedText;
  category: Procedure['category'];
  agency: Procedure['agency'];
  onlineLevel: Procedure['onlineLevel'];
  result: LocalizedText;
  legalBasis: Procedure['legalBasis'];
  /** Fee lines that apply to everyone (no condition), to quote before any question. */
  baseFee: FeeAssessment;
  time: TimeAssessment;
  filingAvailable: boolean;
  questionCount: number;
  confidenceNote?: LocalizedText;
  /** True when any fact shown rests on unconfirmed data. */
  hasUnconfirmed: boolean;
}
