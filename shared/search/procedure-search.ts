/**
 * Finds the procedure a resident means from what they type: "dk tam chu o dau", "làm giấy khai
 * sinh cho bé", "1.001193". Built once per catalog; searching is pure and fast (< 1 ms typical).
 */
import MiniSearch from 'minisearch';
import type { Procedure } from '../schema/procedure-schema';
import { normalizeText } from '../text/fold-vietnamese';
import { countTermDocuments } from './count-term-documents';
import { processSearchTerm } from './process-search-term';
import { tokenizeForSearch } from './tokenize-for-search';

/** The parts of a procedure that search reads. */
export type SearchableProcedure = Pick<Procedure, 'id' | 'version' | 'code' | 'name' | 'aliases' | 'keywords'>;

interface ProcedureHit {
  id: string;
  /** Relevance within one result list; not comparable across queries. */
  score: number;
}

export interface ProcedureSearch {
  /** Best first; [] when the query has no meaningful word. */
  search(query: string, limit?: number): ProcedureHit[];
}

interface IndexedProcedure {
  id: string;
  nameVi: string;
  nameEn: string;
  aliases: string;
  keywords: string;
  code: string;
}

// Names and aliases are what residents say; keywords are looser hints; English names serve the few
// who ask in English.
const BOOST = { nameVi: 3, aliases: 3, nameEn: 1.5, keywords: 1, code: 2 };
const FIELDS = ['nameVi', 'nameEn', 'aliases', 'keywords', 'code'] as const;
const COMMON_SHARE = 0.1;
const COMMON_FLOOR = 50;
// Queries are tokenized once by `search` and handed over as space-separated terms.
const splitTerms = (terms: string): string[] => terms.split(' ');

/** Indexes the newest version of each procedure. */
export function createProcedureSearch(procedures: readonly SearchableProcedure[]): ProcedureSearch {
  const newest = new Map<string, SearchableProcedure>();
  for (const procedure of procedures) {
    const seen = newest.get(procedure.id);
    if (!seen || seen.version <= procedure.version) newest.set(procedure.id, procedure);
  }
  const idByCode = new Map<string, string>();
  for (const { id, code } of newest.values()) if (code) idByCode.set(code, id);

  const documents = [...newest.values()].map(
    (p): IndexedProcedure => ({
      id: p.id,
      nameVi: p.name.vi,
      nameEn: p.name.en ?? '',
      // Line breaks keep the syllable pairs of one alias from running into the next.
      aliases: p.aliases.join('\n'),
      keywords: p.keywords.join('\n'),
      code: p.code ? `${p.code}\n${p.code.slice(2)}` : '',
    }),
  );
  // Each field is tokenized once, for the counts and then for the index.
  const tokensOf = new Map<string, string[]>();
  const tokenizeField = (text: string): string[] => {
    const tokens = tokensOf.get(text) ?? tokenizeForSearch(text);
    tokensOf.set(text, tokens);
    return tokens;
  };
  const termCounts = countTermDocuments(documents.map((doc) => FIELDS.flatMap((field) => tokenizeField(doc[field]))));
  // In a province's 2,000 procedures, "dang", "ki", "giay" barely change the ranking but make every
  // query walk most of the index, so they are skipped when a query has rarer terms. Small catalogs
  // (under COMMON_FLOOR procedures) rank on every word.
  const commonLimit = Math.max(COMMON_FLOOR, COMMON_SHARE * documents.length);
  const isCommon = (term: string): boolean => (termCounts.get(term) ?? 0) > commonLimit;

  const index = new MiniSearch<IndexedProcedure>({
    fields: [...FIELDS],
    tokenize: tokenizeField,
    processTerm: processSearchTerm,
    searchOptions: {
      boost: BOOST,
      // Only the last word and pair may be unfinished ("dang ky ket h"); one or two letters would
      // match everything.
      prefix: (term, i, terms) => i >= terms.length - 2 && term.length >= 3,
      // Only terms the index lacks need correcting, which also keeps search fast. Short syllables
      // are too close to each other ("tu"/"tru") for edits to be safe.
      fuzzy: (term) => (term.length > 4 && !termCounts.has(term) ? 0.2 : false),
      maxFuzzy: 2,
    },
  });
  index.addAll(documents);
  tokensOf.clear();

  return {
    search(query, limit = 5) {
      const terms = tokenizeForSearch(query);
      const rare = terms.filter((term) => !isCommon(term));
      if (limit <= 0 || terms.length === 0) return [];
      const found = index.search((rare.length > 0 ? rare : terms).join(' '), { tokenize: splitTerms });
      const hits = found.slice(0, limit + 1).map((r): ProcedureHit => ({ id: String(r.id), score: r.score }));
      // An exact code is unambiguous: put it first whatever the ranking says.
      const coded = idByCode.get(normalizeText(query));
      if (coded === undefined) return hits.slice(0, limit);
      const top = hits[0]?.score ?? 0;
      return [{ id: coded, score: top + 1 }, ...hits.filter((hit) => hit.id !== coded)].slice(0, limit);
    },
  };
}
