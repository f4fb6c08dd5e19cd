// "không biết", "chưa rõ", "ko bik", "k nhớ", "không chắc": the resident does not know (yet).
const UNSURE = /^(?:(?:da|toi|em|minh|con|chau) )*(?:(?:khong|ko|k|kg|khg|hok|hong|chua|chang) (?:biet|bik|bit|bjk|bt|ro|chac|nho|hieu)|not sure|unsure|dont know|don t know|do not know|no idea|idk)\b/;

/**
 * True when a reply (already folded with `foldForMatch`) says "I don't know" rather than
 * answering; such replies are asked again, never read as "no".
 */
export function isUnsure(folded: string): boolean {
  return UNSURE.test(folded);
}
