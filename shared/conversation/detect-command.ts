/**
 * Commands that work anywhere in a chat, typed with or without diacritics
 * ("quay lại" = "quay lai" = "back"). Matching is on folded text so "Hủy" and "huy" agree.
 */
import { foldForMatch } from '../text/fold-vietnamese';
import { politeCore } from './polite-core';
import { checkReferenceCode } from '../filing/reference-code';

export type ChatCommand =
  | { command: 'menu' }
  | { command: 'back' }
  | { command: 'change'; number: number }
  | { command: 'skip' }
  | { command: 'resume' }
  | { command: 'cancel' }
  | { command: 'help' }
  | { command: 'official' }
  | { command: 'status'; code: string }
  | { command: 'deleteData' }
  | { command: 'language'; lang: 'vi' | 'en' }
  | { command: 'greeting' };

// A Map, not an object: "constructor" or "__proto__" typed by a resident must not find Object's own properties.
const EXACT = new Map<string, ChatCommand>();
const add = (command: ChatCommand, phrases: string[]): void => phrases.forEach((p) => EXACT.set(p, command));

add({ command: 'menu' }, ['menu', 'danh muc', 'danh sach', 'bat dau', 'bat dau lai', 'trang chu', 'start', 'main menu', 'thu tuc khac']);
add({ command: 'back' }, ['quay lai', 'tro lai', 'lui lai', 'back', 'quay lai cau truoc', 'cau truoc', 'go back']);
// Not "không có" (an answer to many questions) and not bare "dung": "đúng" (right) and "dừng"
// (stop) fold alike, and a resident confirming an answer must never lose it.
add({ command: 'skip' }, ['bo qua', 'skip', 'bo qua cau nay']);
add({ command: 'resume' }, ['tiep tuc', 'lam tiep', 'tiep tuc lam', 'lam tiep thu tuc', 'continue', 'resume']);
add({ command: 'cancel' }, ['huy', 'huy bo', 'dung lai', 'thoi', 'ket thuc', 'cancel', 'stop', 'quit', 'exit']);
add({ command: 'help' }, ['giup', 'giup do', 'tro giup', 'huong dan', 'help', '?', 'lenh']);
add({ command: 'official' }, ['gap can bo', 'can bo', 'noi chuyen voi can bo', 'gap nguoi', 'gap nhan vien', 'nhan vien', 'tu van vien', 'gap nguoi that', 'nguoi that', 'ho tro truc tiep', 'official', 'human', 'agent', 'talk to an official', 'talk to official', 'lien he can bo', 'cho gap can bo', 'toi muon gap can bo']);
add({ command: 'deleteData' }, ['xoa du lieu', 'xoa du lieu cua toi', 'xoa thong tin cua toi', 'xoa het du lieu', 'delete my data', 'delete data']);
add({ command: 'language', lang: 'en' }, ['english', 'tieng anh', 'en']);
add({ command: 'language', lang: 'vi' }, ['tieng viet', 'vietnamese', 'vi']);
add({ command: 'greeting' }, ['xin chao', 'chao', 'chao ban', 'chao ad', 'hello', 'hi', 'alo', 'a lo', 'hey', 'chao buoi sang', 'xin chao ad']);

// Distinctive phrases that mean the command wherever they appear ("dạ cho em gặp cán bộ với ạ").
const CONTAINS: [RegExp, ChatCommand][] = [
  [/\b(gap|noi chuyen voi|lien he|hoi) (can bo|nhan vien|nguoi that)\b/, { command: 'official' }],
  [/\bxoa (het )?(du lieu|thong tin) (ca nhan )?(cua )?(toi|minh|em)\b/, { command: 'deleteData' }],
];

const CHANGE = /^(?:sua|doi|thay doi|sua lai|change|edit)(?: cau(?: tra loi)?| thong tin| muc| so)? (\d{1,2})$/;
const STATUS = /^(?:tra cuu|status|(?:kiem tra|xem)(?: tinh trang| trang thai)? ho so)(?: (?:tinh trang|trang thai))?(?: ho so)?(?: (.+))?$/;

/**
 * The command a message means, if any. `unambiguousOnly` keeps to whole command phrases
 * ("dừng lại") and distinctive ones found anywhere ("không, cho tôi gặp cán bộ"), and leaves out
 * patterns such as "sửa 2" or "tra cứu …" that an answer to the question could also fit.
 */
export function detectCommand(text: string, { unambiguousOnly = false }: { unambiguousOnly?: boolean } = {}): ChatCommand | undefined {
  const folded = foldForMatch(text);
  const core = politeCore(text);
  const exact = EXACT.get(core) ?? EXACT.get(folded);
  if (exact) return exact;
  const contained = CONTAINS.find(([pattern]) => pattern.test(core));
  if (contained || unambiguousOnly) return contained?.[1];
  const change = CHANGE.exec(core);
  if (change) return { command: 'change', number: Number(change[1]) };
  const status = STATUS.exec(core);
  if (status) {
    // A code may end in "A", which folds like the polite "ạ": drop trailing words one at a time
    // and keep the first valid code, else the code without any polite ending.
    let words = codeOf(STATUS.exec(politeCore(text, { keepTrailing: true }))?.[1]);
    while (checkReferenceCode(words).status !== 'valid' && / (?:A|AH|NHE|NHA|OI|VOI|AD)$/.test(words)) words = words.replace(/ \S+$/, '');
    return { command: 'status', code: checkReferenceCode(words).status === 'valid' ? words : codeOf(status[1]) };
  }
  return undefined;
}

/** Codes are ASCII, so folding only lower-cased them; the checker ignores spaces and dashes. */
function codeOf(words: string | undefined): string {
  return (words ?? '').replace(/^(?:tinh trang |trang thai )?(?:ho so )?(?:ma )?(?:so )?/, '').toUpperCase();
}
