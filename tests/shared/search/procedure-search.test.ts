import { describe, expect, it } from 'vitest';
import { readCatalogFiles } from '../../../bot-server/catalog/read-catalog-files';
import { lintCatalog } from '../../../shared/catalog/lint-catalog';
import { createProcedureSearch, type SearchableProcedure } from '../../../shared/search/procedure-search';
import { tokenizeForSearch } from '../../../shared/search/tokenize-for-search';
import { expandShorthand } from '../../../shared/text/expand-shorthand';
import { phrasings } from './phrasings';

const procedure = (id: string, code: string | null, vi: string, en: string, aliases: string[] = [], keywords: string[] = []): SearchableProcedure => ({
  id,
  version: 1,
  code,
  name: { vi, en },
  aliases,
  keywords,
});

const FIXTURE: SearchableProcedure[] = [
  procedure('birth', '1.001193', 'Đăng ký khai sinh', 'Birth registration', ['làm giấy khai sinh cho con'], ['trẻ mới sinh']),
  procedure('death', '1.000656', 'Đăng ký khai tử', 'Death registration', ['làm giấy chứng tử'], ['người mất']),
  procedure('marriage', '1.000894', 'Đăng ký kết hôn', 'Marriage registration', ['làm giấy kết hôn'], ['cưới']),
  procedure('extract-copy', '2.000635', 'Cấp bản sao trích lục hộ tịch', 'Copy extract', ['xin bản sao giấy khai sinh'], ['trích lục']),
  procedure('permanent', '1.004222', 'Đăng ký thường trú', 'Permanent residence', ['nhập hộ khẩu'], ['hộ khẩu']),
  procedure('temporary', '1.004194', 'Đăng ký tạm trú', 'Temporary residence', ['khai báo tạm trú'], ['thuê trọ']),
  procedure('child-card', null, 'Cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi', 'Child health-insurance card', [], ['bhyt']),
  procedure('mediator', '2.000930', 'Công nhận hoà giải viên', 'Recognition of a mediator'),
];

const search = createProcedureSearch(FIXTURE);
const top = (query: string): string | undefined => search.search(query)[0]?.id;

describe('expandShorthand', () => {
  it('expands whole shorthand tokens', () => {
    expect(expandShorthand('dk ks cho be')).toBe('dang ky khai sinh cho be');
    expect(expandShorthand('ko dc')).toBe('khong duoc');
    expect(expandShorthand('gplx het han')).toBe('giay phep lai xe het han');
    expect(expandShorthand('bn tien j')).toBe('bao nhieu tien gi');
    expect(expandShorthand('xn tthn')).toBe('xac nhan tinh trang hon nhan');
    expect(expandShorthand('the bhyt cho tre')).toBe('the bao hiem y te cho tre');
  });

  it('leaves words that merely contain shorthand alone', () => {
    expect(expandShorthand('kss dkx kho')).toBe('kss dkx kho');
    expect(expandShorthand('')).toBe('');
  });

  it('reads "kh" as "không" or "kết hôn" from its neighbours', () => {
    expect(expandShorthand('kh biet lam')).toBe('khong biet lam');
    expect(expandShorthand('dk kh can gi')).toBe('dang ky ket hon can gi');
    expect(expandShorthand('giay kh')).toBe('giay ket hon');
  });
});

describe('tokenizeForSearch', () => {
  it('emits folded syllables, each followed by the pair it ends', () => {
    expect(tokenizeForSearch('Đăng kí khai sinh')).toEqual(['dang', 'ki', 'dangki', 'khai', 'kikhai', 'sinh', 'khaisinh']);
  });

  it('does not pair words across punctuation', () => {
    expect(tokenizeForSearch('khai sinh, thường trú')).toEqual(['khai', 'sinh', 'khaisinh', 'thuong', 'tru', 'thuongtru']);
  });

  it('drops filler but keeps syllables that mean something in another phrase', () => {
    expect(tokenizeForSearch('cho em hỏi làm sao xin bản sao ạ')).toEqual(['ban', 'sao', 'bansao']);
    expect(tokenizeForSearch('sao y thế nào')).toEqual(['sao', 'y', 'saoy']);
    expect(tokenizeForSearch('làm thẻ bảo hiểm ở đâu')).toEqual(['the', 'bao', 'thebao', 'hiem', 'baohiem']);
    expect(tokenizeForSearch('bố mất rồi, cắt khẩu sao ạ')).toEqual(['bo', 'mat', 'bomat', 'cat', 'khau', 'catkhau']);
  });
});

describe('createProcedureSearch', () => {
  it('matches with or without diacritics, any case, ký or kí', () => {
    const expected = search.search('Đăng ký khai sinh');
    expect(expected[0]?.id).toBe('birth');
    for (const variant of ['dang ky khai sinh', 'đăng kí khai sinh', 'ĐĂNG KÝ KHAI SINH', 'dang ki khai sinh']) {
      expect(search.search(variant)).toEqual(expected);
    }
  });

  it('matches decomposed (NFD) input pasted from phones', () => {
    const nfd = 'Đăng ký khai tử'.normalize('NFD');
    expect(nfd).not.toBe('Đăng ký khai tử');
    expect(search.search(nfd)).toEqual(search.search('Đăng ký khai tử'));
    expect(top(nfd)).toBe('death');
  });

  it('matches either tone placement (hoà / hòa)', () => {
    expect(top('hòa giải viên')).toBe('mediator');
    expect(top('hoà giải viên')).toBe('mediator');
  });

  it('understands chat shorthand', () => {
    expect(top('dk ks cho be')).toBe('birth');
    expect(top('dkkh')).toBe('marriage');
    expect(top('nhap hk cho vo')).toBe('permanent');
    expect(top('lam the bhyt cho con')).toBe('child-card');
  });

  it('forgives small typos', () => {
    expect(top('khai sin')).toBe('birth');
    expect(top('dk tam chu')).toBe('temporary');
    expect(top('dang ky thuong chu')).toBe('permanent');
    expect(top('khai tủ cho bố')).toBe('death');
  });

  it('finds unfinished last words', () => {
    expect(top('dang ky ket h')).toBe('marriage');
    expect(top('trich lu')).toBe('extract-copy');
  });

  it('ranks the words that tell procedures apart, not the filler around them', () => {
    expect(top('e oi cho chi hoi lam giay khai sinh cho con can nhung gi')).toBe('birth');
    expect(top('xin bản sao giấy khai sinh')).toBe('extract-copy');
    expect(top('làm thẻ bảo hiểm y tế cho bé thế nào')).toBe('child-card');
    expect(top('đăng ký kết hôn ở đâu, mất bao lâu vậy ạ')).toBe('marriage');
  });

  it('puts the procedure whose code is typed first', () => {
    expect(search.search('1.001193')[0]).toMatchObject({ id: 'birth' });
    expect(search.search(' 2.000635 ')[0]?.id).toBe('extract-copy');
    expect(top('thủ tục 1.004194')).toBe('temporary');
  });

  it('returns nothing for an empty or all-filler query', () => {
    expect(search.search('')).toEqual([]);
    expect(search.search('   ')).toEqual([]);
    expect(search.search('cho em hỏi với ạ')).toEqual([]);
    expect(search.search('thủ tục như thế nào, ở đâu?')).toEqual([]);
  });

  it('returns at most `limit` hits, best first, each procedure once', () => {
    const hits = search.search('đăng ký', 3);
    expect(hits).toHaveLength(3);
    expect(hits.map((hit) => hit.score)).toEqual([...hits.map((hit) => hit.score)].sort((a, b) => b - a));
    expect(new Set(hits.map((hit) => hit.id)).size).toBe(3);
    expect(search.search('đăng ký', 0)).toEqual([]);
    expect(search.search('đăng ký')).toHaveLength(5);
  });

  it('indexes only the newest version of a procedure', () => {
    const older = procedure('renamed', null, 'Nuôi con nuôi', 'Old');
    const newer = { ...procedure('renamed', null, 'Phiếu lý lịch tư pháp', 'New'), version: 2 };
    const versioned = createProcedureSearch([newer, older]);
    expect(versioned.search('lý lịch tư pháp')).toEqual([{ id: 'renamed', score: expect.any(Number) }]);
    expect(versioned.search('nuôi con nuôi')).toEqual([]);
  });
});

describe('search over the real catalog', () => {
  const { procedures } = lintCatalog(readCatalogFiles());
  const catalogSearch = createProcedureSearch(procedures);
  const known = new Set(procedures.map((p) => p.id));

  it('has at least 150 phrasings, at least 8 for each procedure', () => {
    expect(phrasings.length).toBeGreaterThanOrEqual(150);
    const perProcedure = new Map<string, number>();
    for (const { expected } of phrasings) perProcedure.set(expected, (perProcedure.get(expected) ?? 0) + 1);
    expect(perProcedure.size).toBe(13);
    for (const [id, count] of perProcedure) expect(count, id).toBeGreaterThanOrEqual(8);
  });

  it('puts the intended procedure in the top 3 for at least 95% of phrasings', () => {
    const applicable = phrasings.filter((phrasing) => known.has(phrasing.expected));
    expect(applicable.length).toBeGreaterThan(0);
    const misses = applicable.flatMap(({ query, expected }) => {
      const hits = catalogSearch.search(query, 3);
      return hits.some((hit) => hit.id === expected) ? [] : [`"${query}" → ${expected}, got [${hits.map((hit) => hit.id).join(', ')}]`];
    });
    const accuracy = 1 - misses.length / applicable.length;
    const report = `top-3 accuracy ${(accuracy * 100).toFixed(1)}% over ${applicable.length} phrasings; misses:\n${misses.join('\n')}`;
    expect(accuracy, report).toBeGreaterThanOrEqual(0.95);
  });
});
