import type { LocalizedText } from '../schema/localized-text-schema';

export type Language = 'vi' | 'en';

/** Picks the resident's language, falling back to Vietnamese where no English was written. */
export function pick(text: LocalizedText | undefined, lang: Language): string {
  if (!text) return '';
  return lang === 'en' ? (text.en ?? text.vi) : text.vi;
}

/** "20.000 đ" / "20,000 VND": VND has no minor unit. */
export function formatVnd(amount: number, lang: Language): string {
  const grouped = Math.round(amount).toString().replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'vi' ? '.' : ',');
  return lang === 'vi' ? `${grouped} đ` : `${grouped} VND`;
}
