/**
 * The resident's language (Vietnamese by default, English on request), kept across visits.
 * `t` reads the UI dictionary; `loc` picks from the API's LocalizedText `{ vi, en? }`.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { pick, type Language } from '../../../shared/i18n/language';
import type { LocalizedText } from '../../../shared/schema/localized-text-schema';
import { MESSAGES, type MessageKey } from './messages';
import { readStored, writeStored } from '../lib/stored-value';

type Params = Record<string, string | number>;

interface LanguageValue {
  lang: Language;
  setLang: (lang: Language) => void;
  t: (key: MessageKey, params?: Params) => string;
  loc: (text: LocalizedText | undefined) => string;
}

const LANGUAGE_KEY = 'dvc.lang';

function fillParams(text: string, params: Params = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

function initialLanguage(): Language {
  return readStored(LANGUAGE_KEY) === 'en' ? 'en' : 'vi';
}

const LanguageContext = createContext<LanguageValue | null>(null);

export function LanguageProvider({ children, initial }: { children: ReactNode; initial?: Language }) {
  const [lang, setLangState] = useState<Language>(initial ?? initialLanguage);
  const setLang = useCallback((next: Language) => {
    setLangState(next);
    writeStored(LANGUAGE_KEY, next);
    document.documentElement.lang = next;
  }, []);
  const value = useMemo<LanguageValue>(
    () => ({
      lang,
      setLang,
      t: (key, params) => fillParams(MESSAGES[key][lang], params),
      loc: (text) => pick(text, lang),
    }),
    [lang, setLang],
  );
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export function useLanguage(): LanguageValue {
  const value = useContext(LanguageContext);
  if (!value) throw new Error('useLanguage needs <LanguageProvider>');
  return value;
}
