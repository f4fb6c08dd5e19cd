/**
 * Single words that carry no meaning for choosing a procedure: pronouns, particles, question
 * words. Kept out: anything that is also half of a real term once diacritics are gone
 * (sao, the, bao, ho, dau, mat, con, ban, tu). Entries are folded.
 */
const FILLER_WORDS = new Set([
  // pronouns and forms of address
  'toi', 'minh', 'em', 'e', 'anh', 'chi', 'c', 'bac', 'ad', 'admin', 'shop',
  // particles and politeness
  'a', 'ah', 'ak', 'oi', 'u', 'uh', 'ha', 'nhe', 'nha', 'nhi', 'vay', 'roi', 'ne', 'hen', 'day', 'ay', 'kia', 'gium', 'dum', 'giup', 'voi',
  // question and request words
  'xin', 'cho', 'hoi', 'muon', 'can', 'gi', 'nao', 'nhu', 'nhung', 'biet', 'phai', 'nen', 'duoc', 'khong', 'co',
  // generic verbs and function words
  'lam', 'di', 've', 'ra', 'len', 'vao', 'den', 'o', 'tai', 'khi', 'thi', 'ma', 'la', 'va', 'hay', 'hoac', 'neu',
  'cua', 'de', 'cac', 'mot', 'may', 'nay', 'do', 'trong', 'nhieu', 'lau', 'gap',
  // English filler, for the few who ask in English
  'i', 'my', 'me', 'how', 'an', 'of', 'what', 'want', 'need', 'please', 'is', 'in', 'and', 'for',
]);

/** True for a single folded word that carries no meaning for choosing a procedure. */
export function isFillerWord(folded: string): boolean {
  return FILLER_WORDS.has(folded);
}
