import type { LocalizedText } from '../schema/localized-text-schema';

/**
 * Expected failures are values: a validator never throws on bad input, it returns a message in
 * plain Vietnamese (and English) that says how to fix the answer.
 */
export type ValidationResult<T> = { ok: true; value: T } | { ok: false; error: LocalizedText };

export function valid<T>(value: T): ValidationResult<T> {
  return { ok: true, value };
}

export function invalid<T = never>(vi: string, en: string): ValidationResult<T> {
  return { ok: false, error: { vi, en } };
}
