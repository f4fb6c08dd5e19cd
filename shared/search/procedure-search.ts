/**
 * Finds the procedure a resident means from what they type: "dk tam chu o dau", "làm giấy khai
 * sinh cho bé", "1.001193". Built once per catalog; searching is pure and fast (< 1 ms typical).
 */
import MiniSearch from 'minisearch';
import type { Procedure } from '../schema/procedure-schema';
import { normalizeText } from '../text/fold-vietnamese';
import { processSearchTerm } from './process-search-term';
import { tokenizeForSearch } from './tokenize-for-search';

/** The parts of a procedure that search reads. */
export type SearchableProcedure = Pick<Procedure, 'id' | 'version' | 'code' | 'name' | 'aliases' | 'keywords'>;

export interface ProcedureHit {
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

/** Indexes the newest version of each procedure. */
export function createProcedureSearch(procedures: readonly SearchableProcedure[]): ProcedureSearch {
  const newest = new Map<string, SearchableProcedure>();
  for (const procedure of procedures) {
    const seen = newest.get(procedure.id);
    if (!seen || seen.version <= procedure.version) newest.set(procedure.id, procedure);
  }
  const idByCode = new Map<string, string>();
  for (const { id, code } of newest.values()) if (code) idByCode.set(code, id);

  const index = new MiniSearch<IndexedProcedure>({
    fields: ['nameVi', 'nameEn', 'aliases', 'keywords', 'code'],
    tokenize: tokenizeForSearch,
    processTerm: processSearchTerm,
    searchOptions: {
      boost: BOOST,
      // Prefix helps unfinished words ("khai si"); on one or two letters it would match everything.
      prefix: (term) => term.length >= 3,
      // Short syllables are too close to each other ("tu"/"tru") for edits to be safe.
      fuzzy: (term) => (term.length > 4 ? 0.2 : false),
      maxFuzzy: 2,
    },
  });
  // Line breaks keep the syllable pairs of one alias from running into the next.
  index.addAll(
    [...newest.values()].map((p) => ({
      id: p.id,
      nameVi: p.name.vi,
      nameEn: p.name.en ?? '',
      aliases: p.aliases.join('\n'),
      keywords: p.keywords.join('\n'),
      code: p.code ? `${p.code}\n${p.code.slice(2)}` : '',
    })),
  );

  return {
    search(query, limit = 5) {
      if (limit <= 0) return [];
      const hits = index.search(query).map((r): ProcedureHit => ({ id: String(r.id), score: r.score }));
      // An exact code is unambiguous: put it first whatever the ranking says.
      const coded = idByCode.get(normalizeText(query));
      if (coded === undefined) return hits.slice(0, limit);
      const top = hits[0]?.score ?? 0;
      return [{ id: coded, score: top + 1 }, ...hits.filter((hit) => hit.id !== coded)].slice(0, limit);
    },
  };
}
