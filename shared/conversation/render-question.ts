import type { EngineOutput } from '../engine/engine-types';
import { pick, type Language } from '../i18n/language';

type QuestionOutput = Extract<EngineOutput, { kind: 'question' }>;

const TYPE_HINTS: Partial<Record<QuestionOutput['question']['type'], { vi: string; en: string }>> = {
  yesNo: { vi: 'Trả lời: có hoặc không', en: 'Answer: yes or no' },
  date: { vi: 'Nhập ngày/tháng/năm, ví dụ 05/03/2026', en: 'Type day/month/year, e.g. 05/03/2026' },
  citizenId: { vi: 'Gồm 12 chữ số, in trên thẻ căn cước', en: '12 digits, printed on the ID card' },
  phone: { vi: 'Ví dụ 0912 345 678', en: 'For example 0912 345 678' },
  multipleChoice: { vi: 'Có thể chọn nhiều, ví dụ: 1, 3', en: 'You may pick several, e.g. 1, 3' },
};

/** "Câu 2/5: …" with the error first when the last answer was refused, then numbered options. */
export function renderQuestion(output: QuestionOutput, lang: Language): string {
  const { question, position, error } = output;
  const vi = lang === 'vi';
  const label = output.stage === 'filing' ? (vi ? 'Thông tin' : 'Detail') : vi ? 'Câu' : 'Question';
  const parts: string[] = [];
  if (error) parts.push(`⚠️ ${pick(error, lang)}`);
  parts.push(`${label} ${position.index}/${position.total}: ${pick(question.prompt, lang)}`);
  if (question.options) parts.push(question.options.map((option, i) => `${i + 1}. ${pick(option.label, lang)}`).join('\n'));
  const hint = question.hint ? pick(question.hint, lang) : TYPE_HINTS[question.type]?.[lang];
  if (hint) parts.push(`(${hint})`);
  if (!question.required) parts.push(vi ? '(Không bắt buộc: gõ "bỏ qua" nếu không có)' : '(Optional: type "skip" if you have none)');
  return parts.join('\n');
}
