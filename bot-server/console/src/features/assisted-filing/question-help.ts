/** The hint under a question: the procedure's own, or a format example for types that need one. */
import type { QuestionView } from '../../../../../shared/engine/engine-types';

const TYPE_HINTS: Partial<Record<QuestionView['type'], string>> = {
  date: 'Ghi theo dạng ngày/tháng/năm, ví dụ 05/03/2026.',
  citizenId: 'Số định danh cá nhân gồm 12 chữ số, in trên căn cước công dân.',
  phone: 'Ví dụ 0912 345 678.',
  address: 'Ghi số nhà, đường, xã/phường, tỉnh/thành phố, cách nhau bằng dấu phẩy.',
  multipleChoice: 'Chọn tất cả các mục đúng.',
};

export function questionHint(question: QuestionView): string | undefined {
  return question.hint?.vi ?? TYPE_HINTS[question.type];
}
