/** Choice and yes/no answers typed in words: negations and "I don't know" are never misread. */
import { describe, expect, it } from 'vitest';
import { matchOption } from '../../../shared/engine/match-option';
import { parseYesNo } from '../../../shared/engine/parse-yes-no';
import { parseAnswer } from '../../../shared/engine/parse-answer';
import { procedureById } from '../../support/engine-fixtures';
import type { Question } from '../../../shared/schema/question-schema';

function question(procedureId: string, id: string): Question {
  const procedure = procedureById(procedureId);
  const found = [...procedure.questions, ...(procedure.filing?.fields ?? [])].find((q) => q.id === id);
  if (!found) throw new Error(`no question ${id}`);
  return found;
}

const values = (procedureId: string, id: string, reply: string): string[] => matchOption(question(procedureId, id).options ?? [], reply).map((o) => o.value);

describe('matchOption', () => {
  it('refuses a keyword match that the reply negates', () => {
    expect(values('birth-registration', 'birth_proof', 'có giấy chứng sinh')).toEqual(['birth_certificate']);
    expect(values('birth-registration', 'birth_proof', 'không có giấy chứng sinh')).not.toContain('birth_certificate');
    expect(values('birth-registration', 'birth_proof', 'ko có giấy chứng sinh')).not.toContain('birth_certificate');
    expect(values('birth-registration', 'birth_proof', 'chưa có giấy chứng sinh')).not.toContain('birth_certificate');
  });

  it('accepts a negation the option itself carries', () => {
    expect(values('permanent-residence', 'meets_min_area', 'không')).toEqual(['too_small']);
    expect(values('permanent-residence', 'meets_min_area', 'không biết')).toEqual(['not_sure']);
    expect(values('certified-copy', 'original_problems', 'không có')).toEqual(['none']);
    expect(values('birth-registration', 'birth_proof', 'không có giấy chứng sinh nhưng có người làm chứng')).toEqual(['witness']);
  });

  it('lets a longer phrase win over a word inside it, and leaves true ties ambiguous', () => {
    expect(values('birth-registration', 'registrant_relationship', 'bà ngoại')).toEqual(['relative']);
    expect(values('birth-registration', 'registrant_relationship', 'ông bà')).toEqual(['relative']);
    expect(values('birth-registration', 'registrant_relationship', 'tôi là ba của bé')).toEqual(['parent']);
    expect(values('marital-status-certificate', 'purpose', 'lấy chồng nước ngoài')).toEqual(['marry_foreign_or_abroad']);
    // "ba" is "dad" in the south and "grandma" without diacritics: ask again.
    expect(values('birth-registration', 'registrant_relationship', 'ba')).toHaveLength(2);
    expect(values('marital-status-certificate', 'purpose', 'lấy chồng người Hàn Quốc')).toHaveLength(2);
  });

  it('still takes numbers, values and exact labels', () => {
    expect(values('birth-registration', 'birth_proof', '2')).toEqual(['witness']);
    expect(values('birth-registration', 'birth_proof', '9')).toEqual([]);
    expect(values('birth-registration', 'child_sex', 'Nữ')).toEqual(['female']);
  });
});

describe('parseYesNo', () => {
  it('reads the ways residents say yes and no', () => {
    for (const yes of ['có', 'Có ạ', 'dạ có', 'đúng', 'Đúng rồi', 'ok', '1', 'co roi']) expect(parseYesNo(yes), yes).toBe(true);
    for (const no of ['không', 'ko', 'Dạ không có ạ', 'chưa', 'không có', 'sai', '2']) expect(parseYesNo(no), no).toBe(false);
  });

  it('never reads "I don\'t know" as no', () => {
    for (const unsure of ['không biết', 'Không rõ', 'chưa biết', 'ko bik', 'k nhớ', 'em không chắc', 'not sure']) expect(parseYesNo(unsure), unsure).toBeUndefined();
  });
});

describe('parseAnswer for an unsure resident', () => {
  const context = { today: '2026-03-11', answers: {} };

  it('asks again at a yes/no question and mentions "gặp cán bộ"', () => {
    const result = parseAnswer(question('birth-registration', 'registered_before'), 'không biết', context);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.vi).toContain('gặp cán bộ');
  });

  it('asks again at a choice question with no "not sure" option, and names the numbers of an ambiguous reply', () => {
    const unsure = parseAnswer(question('birth-registration', 'birth_proof'), 'chưa rõ', context);
    expect(!unsure.ok && unsure.error.vi).toContain('gặp cán bộ');
    const ambiguous = parseAnswer(question('birth-registration', 'registrant_relationship'), 'ba', context);
    expect(!ambiguous.ok && ambiguous.error.vi).toContain('mục 1 hoặc 2');
  });
});
