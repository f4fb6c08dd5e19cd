import type { Question } from '../../shared/schema/question-schema';
import type { AnswerValue } from '../../shared/engine/engine-types';

/** What a resident would type for a canonical scenario answer: "có", "2", "05/03/2026". */
export function typedAnswer(question: Question, value: unknown): string {
  if (typeof value === 'boolean') return value ? 'có' : 'không';
  if (question.type === 'singleChoice') return String((question.options ?? []).findIndex((o) => o.value === value) + 1);
  if (question.type === 'multipleChoice' && Array.isArray(value)) return value.map((v) => (question.options ?? []).findIndex((o) => o.value === v) + 1).join(', ');
  if (question.type === 'date' && typeof value === 'string') return value.split('-').reverse().join('/');
  return String(value);
}

/** A believable typed value for a filing field, consistent with earlier answers (citizen ID vs birth date and sex). */
export function sampleFieldValue(question: Question, answers: Readonly<Record<string, AnswerValue>>): string {
  switch (question.type) {
    case 'text':
      if (question.validation?.format === 'personName') return 'Nguyễn Thị Hoà';
      if (question.validation?.format === 'householdBusinessName') return 'Hộ kinh doanh Phở Bình';
      if (question.validation?.format === 'taxCode') return '0100109106';
      return 'Bán tạp hoá';
    case 'number':
      return String(Math.max(question.validation?.min ?? 1, 1));
    case 'date':
      return question.validation?.notPast ? '01/01/2099' : '15/08/1990';
    case 'citizenId': {
      const birth = question.validation?.birthDateQuestion ? answers[question.validation.birthDateQuestion] : undefined;
      const sex = question.validation?.sexQuestion ? answers[question.validation.sexQuestion] : undefined;
      const year = typeof birth === 'string' ? Number(birth.slice(0, 4)) : 1990;
      const century = Math.floor((year - 1900) / 100) * 2 + (sex === 'female' ? 1 : 0);
      return `001${century}${String(year % 100).padStart(2, '0')}012345`;
    }
    case 'phone':
      return '0912 345 678';
    case 'email':
      return 'hoa@example.vn';
    case 'address':
      return '12 Lê Lợi, Phường Bến Thành, Thành phố Hồ Chí Minh';
    case 'file':
      return 'ban-chup-giay-to.pdf';
    case 'yesNo':
      return 'không';
    case 'singleChoice':
    case 'multipleChoice':
      return '1';
  }
}
