/**
 * Filler phrases residents wrap around what they want ("cho em hỏi thủ tục … như thế nào").
 * Syllables that are filler in one phrase but meaningful in another (the: "thế nào" vs "thẻ";
 * bao: "bao nhiêu" vs "bảo hiểm"; ho: "hồ sơ" vs "hộ khẩu"; mat: "mất bao lâu" vs "bố mất") are
 * only dropped as part of the phrase. Entries are folded.
 */
const FILLER_PHRASES = [
  'thu tuc hanh chinh', 'thu tuc', 'dich vu cong', 'uy ban nhan dan', 'huong dan', 'giay to', 'ho so',
  'lam the nao', 'nhu the nao', 'the nao', 'nhu nao',
  'o dau', 'bao nhieu', 'bao lau', 'mat bao lau', 'mat bao nhieu', 'mat phi', 'mat tien', 'mat thoi gian',
  'the nay', 'moi nguoi', 'bay gio', 'hien nay', 'how to', 'how do',
];

const PHRASE_PATTERN = new RegExp(`(?:^| )(?:${FILLER_PHRASES.join('|')})(?= |$)`, 'g');
// "sao" asks "how?" in "làm sao", "bị sao" and at the end of a question ("cắt khẩu sao ạ"), but
// means "copy" in "bản sao", "sao y", "sao lục".
const SAO_AFTER_VERB = /(?:^| )(?:lam|ra|the|bi|co) sao(?! y\b| luc\b)(?= |$)/g;
const SAO_AT_END = /(?<!(?:^| )ban)(?:^| )sao(?: (?:vay|khong|a|ha|nhi|day))?$/;

/** Removes filler phrases from folded text: "lam sao dang ky tam tru" → "dang ky tam tru". */
export function dropFillerPhrases(folded: string): string {
  // Applied twice so adjacent phrases ("o dau bao nhieu") that share a space are both removed.
  const dropped = folded.replace(PHRASE_PATTERN, ' ').replace(PHRASE_PATTERN, ' ').replace(SAO_AFTER_VERB, ' ');
  return dropped.replace(/ +/g, ' ').trim().replace(SAO_AT_END, '');
}
