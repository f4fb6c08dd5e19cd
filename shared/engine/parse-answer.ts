/**
 * Turns what a resident typed or tapped into a canonical answer, or a plain-Vietnamese error
 * saying how to fix it. The same function runs in the Mini App (instant feedback) and on the
 * server (never trust the client).
 */
import type { Question } from '../schema/question-schema';
import type { AddressDirectory } from '../address/address-directory';
import { invalid, valid, type ValidationResult } from '../validators/validation-result';
import { validateCitizenId } from '../validators/citizen-id';
import { validatePhone } from '../validators/phone';
import { parseDateInput } from '../validators/date-input';
import { validateEmail } from '../validators/email';
import { validateTaxCode } from '../validators/tax-code';
import { validateHouseholdBusinessName } from '../validators/household-business-name';
import { validatePersonName } from '../validators/person-name';
import { foldForMatch, normalizeText } from '../text/fold-vietnamese';
import type { AnswerValue } from './engine-types';
import { matchOption } from './match-option';
import { parseYesNo } from './parse-yes-no';
import { isUnsure } from './is-unsure';
import { parseNumberInput } from './parse-number-input';

export interface ParseContext {
  today: string;
  answers: Readonly<Record<string, AnswerValue>>;
  addresses?: AddressDirectory;
}

const CHOOSE_AGAIN = (count: number): ValidationResult<never> =>
  invalid(
    `Chưa rõ bạn chọn mục nào. Hãy trả lời bằng số thứ tự từ 1 đến ${count}, hoặc ghi rõ lựa chọn.`,
    `We could not tell which option you meant. Reply with a number from 1 to ${count}, or write the option.`,
  );

const WHICH_OF = (numbers: number[]): ValidationResult<never> =>
  invalid(
    `Câu trả lời có thể hiểu là mục ${numbers.join(' hoặc ')}. Hãy gõ số của mục bạn chọn.`,
    `Your reply could mean option ${numbers.join(' or ')}. Please type the number you mean.`,
  );

const UNSURE_CHOICE = (count: number): ValidationResult<never> =>
  invalid(
    `Không sao. Khi đã rõ, hãy chọn số từ 1 đến ${count}. Nếu cần hỏi thêm, gõ "gặp cán bộ" để được cán bộ hướng dẫn.`,
    `No problem. When you know, pick a number from 1 to ${count}. To ask someone, type "official" and an official will help.`,
  );

const UNSURE_YES_NO = invalid(
  'Không sao. Bạn hãy xem lại giấy tờ hoặc hỏi người nhà rồi trả lời "có" hoặc "không". Nếu cần hỏi thêm, gõ "gặp cán bộ" để được cán bộ hướng dẫn.',
  'No problem. Check your papers or ask your family, then answer "yes" or "no". To ask someone, type "official" and an official will help.',
);

function parseChoice(question: Question, input: string): ValidationResult<string> {
  const options = question.options ?? [];
  const matches = matchOption(options, input);
  if (matches.length === 1 && matches[0]) return valid(matches[0].value);
  if (isUnsure(foldForMatch(input))) return UNSURE_CHOICE(options.length);
  return matches.length > 1 ? WHICH_OF(matches.map((m) => options.indexOf(m) + 1)) : CHOOSE_AGAIN(options.length);
}

function parseMultiple(question: Question, input: unknown): ValidationResult<string[]> {
  const parts = Array.isArray(input) ? input.map(String) : String(input).split(/[,;+]| và | va /i);
  const values: string[] = [];
  for (const part of parts.map((p) => p.trim()).filter(Boolean)) {
    const numbers = /^[\d\s]+$/.test(part) ? part.split(/\s+/) : [part];
    for (const piece of numbers) {
      const result = parseChoice(question, piece);
      if (!result.ok) return result;
      if (!values.includes(result.value)) values.push(result.value);
    }
  }
  return values.length > 0 ? valid(values) : CHOOSE_AGAIN(question.options?.length ?? 0);
}

function parseText(question: Question, text: string): ValidationResult<string> {
  const rules = question.validation;
  if (rules?.format === 'taxCode') return validateTaxCode(text);
  if (rules?.format === 'householdBusinessName') return validateHouseholdBusinessName(text);
  if (rules?.format === 'personName') return validatePersonName(text);
  if (rules?.minLength !== undefined && text.length < rules.minLength) {
    return invalid(`Câu trả lời quá ngắn: cần ít nhất ${rules.minLength} ký tự.`, `Too short: at least ${rules.minLength} characters.`);
  }
  if (rules?.maxLength !== undefined && text.length > rules.maxLength) {
    return invalid(`Câu trả lời quá dài: tối đa ${rules.maxLength} ký tự. Hãy viết ngắn gọn hơn.`, `Too long: at most ${rules.maxLength} characters.`);
  }
  return valid(text);
}

function asText(input: unknown): string {
  return typeof input === 'string' ? normalizeText(input) : typeof input === 'number' || typeof input === 'boolean' ? String(input) : '';
}

export function parseAnswer(question: Question, input: unknown, context: ParseContext): ValidationResult<AnswerValue> {
  const text = asText(input);
  const empty = text === '' && !(Array.isArray(input) && input.length > 0) && !(typeof input === 'object' && input !== null && !Array.isArray(input));
  if (empty) {
    return invalid('Bạn chưa trả lời câu này. Hãy nhập câu trả lời rồi gửi lại.', 'This question needs an answer. Type it and send again.');
  }
  switch (question.type) {
    case 'yesNo': {
      const value = typeof input === 'boolean' ? input : parseYesNo(text);
      if (value === undefined && isUnsure(foldForMatch(text))) return UNSURE_YES_NO;
      return value === undefined ? invalid('Hãy trả lời "có" hoặc "không" (hoặc gõ 1 = có, 2 = không).', 'Please answer "yes" or "no" (or 1 = yes, 2 = no).') : valid(value);
    }
    case 'singleChoice':
      return parseChoice(question, text);
    case 'multipleChoice':
      return parseMultiple(question, input);
    case 'text':
      return parseText(question, text);
    case 'number':
      return parseNumberInput(typeof input === 'number' ? String(input) : text, question.validation);
    case 'date':
      return parseDateInput(text, { today: context.today, notFuture: question.validation?.notFuture, notPast: question.validation?.notPast });
    case 'citizenId': {
      const birth = question.validation?.birthDateQuestion;
      const sex = question.validation?.sexQuestion;
      const birthDate = birth ? context.answers[birth] : undefined;
      const sexValue = sex ? context.answers[sex] : undefined;
      return validateCitizenId(text, {
        birthDate: typeof birthDate === 'string' ? birthDate : undefined,
        sex: sexValue === 'male' || sexValue === 'female' ? sexValue : undefined,
      });
    }
    case 'phone':
      return validatePhone(text);
    case 'email':
      return validateEmail(text);
    case 'address':
      if (!context.addresses) return invalid('Hiện chưa kiểm tra được địa chỉ. Vui lòng thử lại sau ít phút.', 'Addresses cannot be checked right now. Please try again shortly.');
      return typeof input === 'object' && input !== null
        ? context.addresses.validateAddressValue(input as { provinceCode: string; communeCode: string; detail?: string })
        : context.addresses.parseAddress(text);
    case 'file':
      return valid(text);
  }
}
