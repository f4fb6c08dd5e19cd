/**
 * Filler phrases residents wrap around what they want ("cho em hỏi thủ tục … như thế nào").
 * Syllables that are filler in one phrase but meaningful in another (sao: "làm sao" vs "bản sao";
 * the: "thế nào" vs "thẻ"; bao: "bao nhiêu" vs "bảo hiểm"; ho: "hồ sơ" vs "hộ khẩu"; mat: "mất bao
 * lâu" vs "bố mất") are only dropped as part of the phrase. Entries are folded.
 */
const FILLER_PHRASES = [
  'thu tuc hanh chinh', 'thu tuc', 'dich vu cong', 'uy ban nhan dan', 'huong dan', 'giay to', 'ho so',
  'lam sao', 'ra sao', 'the sao', 'sao vay', 'lam the nao', 'nhu the nao', 'the nao', 'nhu nao',
  'o dau', 'bao nhieu', 'bao lau', 'mat bao lau', 'mat bao nhieu', 'mat phi', 'mat tien', 'mat thoi gian',
  'bi sao', 'co sao', 'sao khong', 'sao a', 'sao ha', 'sao nhi', 'sao day', 'the nay', 'moi nguoi', 'bay gio', 'hien nay', 'how to', 'how do',
];

const PHRASE_PATTERN = new RegExp(`(?:^| )(?:${FILLER_PHRASES.join('|')})(?= |$)`, 'g');
// A question ending in "sao" asks "how?" ("cat khau sao"), unless it is "bản sao".
const FINAL_SAO = /(?<!(?:^| )ban) sao$/;

/** Removes filler phrases from folded text: "lam sao dang ky tam tru" → "dang ky tam tru". */
export function dropFillerPhrases(folded: string): string {
  // Applied twice so adjacent phrases ("o dau bao nhieu") that share a space are both removed.
  const dropped = folded.replace(PHRASE_PATTERN, ' ').replace(PHRASE_PATTERN, ' ').replace(/ +/g, ' ').trim();
  return dropped.replace(FINAL_SAO, '');
}
