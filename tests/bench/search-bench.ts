/**
 * Procedure search latency on a province-sized catalog: the real procedures plus generated ones up
 * to 2,000, queried with every resident phrasing. Compared with a naive baseline measured in the
 * same run (a linear `includes` scan over the folded names), so machine speed cancels out.
 */
import { readCatalogFiles } from '../../bot-server/catalog/read-catalog-files';
import { lintCatalog } from '../../shared/catalog/lint-catalog';
import { createProcedureSearch, type SearchableProcedure } from '../../shared/search/procedure-search';
import { foldForMatch } from '../../shared/text/fold-vietnamese';
import { phrasings } from '../shared/search/phrasings';
import { percentile } from './measure';

const CATALOG_SIZE = 2_000;
const ROUNDS = 15;
const TARGET_MEDIAN_MS = 1;
const TARGET_P99_MS = 5;

const VERBS = ['Cấp', 'Cấp lại', 'Cấp đổi', 'Đăng ký', 'Đăng ký lại', 'Gia hạn', 'Điều chỉnh', 'Thu hồi', 'Xác nhận', 'Chứng thực', 'Công nhận', 'Thẩm định', 'Phê duyệt', 'Thay đổi nội dung', 'Hủy bỏ'];
const OBJECTS = [
  'giấy phép xây dựng nhà ở riêng lẻ', 'giấy chứng nhận quyền sử dụng đất', 'giấy phép lái xe', 'giấy phép kinh doanh karaoke',
  'chứng chỉ hành nghề dược', 'giấy chứng nhận an toàn thực phẩm', 'thẻ bảo hiểm y tế hộ gia đình', 'giấy phép khai thác nước ngầm',
  'phiếu lý lịch tư pháp', 'giấy chứng nhận hộ nghèo', 'trợ cấp xã hội hằng tháng', 'hợp đồng lao động', 'biển số xe máy',
  'giấy phép quảng cáo', 'giấy chứng nhận đủ điều kiện kinh doanh xăng dầu', 'việc nuôi con nuôi', 'việc giám hộ',
  'việc thay đổi họ tên', 'giấy phép đào đường', 'giấy phép sử dụng vỉa hè', 'chứng nhận quyền sở hữu nhà', 'hồ sơ địa chính',
  'giấy phép hoạt động cơ sở giáo dục mầm non', 'học bổng chính sách', 'trợ cấp người có công', 'giấy chứng nhận nghỉ hưu',
  'thẻ hướng dẫn viên du lịch', 'giấy phép nuôi trồng thủy sản', 'giấy phép tổ chức lễ hội', 'chứng nhận tàu cá',
];
const QUALIFIERS = ['', 'cho cá nhân', 'cho hộ gia đình', 'cho doanh nghiệp', 'có yếu tố nước ngoài', 'tại cấp xã', 'tại cấp tỉnh', 'trực tuyến', 'cho người khuyết tật', 'lần đầu'];

/** A fixed-seed generator, so every run benchmarks the same catalog. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

function generatedCatalog(real: readonly SearchableProcedure[]): SearchableProcedure[] {
  const random = seeded(42);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const generated: SearchableProcedure[] = [];
  for (let i = real.length; i < CATALOG_SIZE; i++) {
    const [verb, object, qualifier] = [pick(VERBS), pick(OBJECTS), pick(QUALIFIERS)];
    const name = `${verb} ${object} ${qualifier}`.trim();
    generated.push({
      id: `generated-${i}`,
      version: 1,
      code: `2.${String(100_000 + i).padStart(6, '0')}`,
      name: { vi: name, en: `Generated procedure ${i}` },
      aliases: [`làm ${object}`, foldForMatch(`${verb} ${object}`)],
      keywords: object.split(' ').slice(-2),
    });
  }
  return [...real, ...generated];
}

/** The naive way: count query words contained in each folded name, keep the best five. */
function linearScan(names: readonly { id: string; folded: string }[], query: string): string[] {
  const words = foldForMatch(query).split(' ').filter((word) => word.length > 0);
  return names
    .map(({ id, folded }) => ({ id, score: words.filter((word) => folded.includes(word)).length }))
    .filter((hit) => hit.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, 5)
    .map((hit) => hit.id);
}

function timeEach(queries: readonly string[], run: (query: string) => unknown): number[] {
  queries.forEach(run); // warm-up: JIT and caches
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const query of queries) {
      const start = performance.now();
      run(query);
      times.push(performance.now() - start);
    }
  }
  return times.sort((a, b) => a - b);
}

const ms = (value: number): string => `${value.toFixed(3)} ms`;

export async function searchBenchmark(): Promise<{ name: string; lines: string[] }> {
  const { procedures } = lintCatalog(readCatalogFiles());
  const catalog = generatedCatalog(procedures);
  const queries = phrasings.map((phrasing) => phrasing.query);

  const buildStart = performance.now();
  const search = createProcedureSearch(catalog);
  const buildMs = performance.now() - buildStart;
  const names = catalog.map((p) => ({ id: p.id, folded: foldForMatch(`${p.name.vi} ${p.aliases.join(' ')}`) }));

  const searchTimes = timeEach(queries, (query) => search.search(query));
  const baselineTimes = timeEach(queries, (query) => linearScan(names, query));
  const [median, p99] = [percentile(searchTimes, 50), percentile(searchTimes, 99)];
  const [baseMedian, baseP99] = [percentile(baselineTimes, 50), percentile(baselineTimes, 99)];

  const known = new Set(procedures.map((p) => p.id));
  const applicable = phrasings.filter((phrasing) => known.has(phrasing.expected));
  const found = applicable.filter(({ query, expected }) => search.search(query, 3).some((hit) => hit.id === expected)).length;
  const met = median < TARGET_MEDIAN_MS && p99 < TARGET_P99_MS;

  return {
    name: 'procedure search',
    lines: [
      `catalog: ${catalog.length} procedures (${procedures.length} real), index built in ${ms(buildMs)}`,
      `queries: ${queries.length} phrasings × ${ROUNDS} rounds = ${searchTimes.length} searches`,
      `minisearch:    median ${ms(median)}, p99 ${ms(p99)}`,
      `baseline scan: median ${ms(baseMedian)}, p99 ${ms(baseP99)} (String.includes over ${names.length} folded names)`,
      `ratio search/baseline: median ${(median / baseMedian).toFixed(2)}×, p99 ${(p99 / baseP99).toFixed(2)}×`,
      `targets median < ${TARGET_MEDIAN_MS} ms, p99 < ${TARGET_P99_MS} ms: ${met ? 'met' : 'NOT met'}`,
      `top-3 accuracy among 2,000: ${found}/${applicable.length} (${((100 * found) / Math.max(1, applicable.length)).toFixed(1)}%)`,
    ],
  };
}
