/**
 * `npm run procedures:check [folder]`: lints the procedure catalog and prints every problem as
 * `file:line: path: message`. Exits 1 when there is any problem.
 */
import { lintCatalog } from '../../shared/catalog/lint-catalog';
import { formatProblem } from '../../shared/catalog/lint-procedure-source';
import { readCatalogFiles } from '../catalog/read-catalog-files';

const folder = process.argv[2];
const files = readCatalogFiles(folder);
const { procedures, scenarios, problems } = lintCatalog(files);
for (const problem of problems) console.log(formatProblem(problem));
if (problems.length > 0) {
  console.log(`\n${problems.length} problem(s) in ${files.length} file(s).`);
  process.exit(1);
}
console.log(`ok: ${procedures.length} procedure(s), ${scenarios.reduce((n, s) => n + s.content.scenarios.length, 0)} scenario(s), no problems.`);
