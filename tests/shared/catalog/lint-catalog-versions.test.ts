/**
 * Old versions live on in `archive/<id>.v<version>.yaml` so sessions pinned to them keep working;
 * the catalog linter reads file names with folders and checks that archived files are named right.
 */
import { describe, expect, it } from 'vitest';
import { lintCatalog } from '../../../shared/catalog/lint-catalog';
import { formatProblem } from '../../../shared/catalog/lint-procedure-source';
import { createCatalog } from '../../../shared/catalog/catalog';
import { MINIMAL_PROCEDURE } from './minimal-procedure';

const V2 = MINIMAL_PROCEDURE.replace('version: 1', 'version: 2').replace('effectiveFrom: "2026-01-01"', 'effectiveFrom: "2026-06-01"');
const SCENARIO = 'procedure: sample\nscenarios:\n  - name: x\n    today: "2026-07-01"\n    answers: { owns_home: true }\n    expect: { eligibility: pending, nextQuestion: born }\n';

describe('lintCatalog with archived versions', () => {
  it('accepts the current file and an archived version in a sub-folder, and keeps both versions resolvable', () => {
    const { procedures, scenarios, problems } = lintCatalog([
      { name: 'shared/procedures/archive/sample.v1.yaml', text: MINIMAL_PROCEDURE },
      { name: 'shared/procedures/sample.yaml', text: V2 },
      { name: 'shared/procedures/sample.scenarios.yaml', text: SCENARIO },
    ]);
    expect(problems).toEqual([]);
    expect(scenarios).toHaveLength(1);
    const catalog = createCatalog(procedures);
    expect(catalog.get('sample', 1)?.version).toBe(1);
    expect(catalog.current('sample', '2026-07-01')?.version).toBe(2);
  });

  it('reports an archived file whose name does not say its id and version', () => {
    const { problems } = lintCatalog([
      { name: 'shared\\procedures\\archive\\sample.yaml', text: MINIMAL_PROCEDURE },
      { name: 'shared/procedures/sample.yaml', text: V2 },
    ]);
    expect(problems.map(formatProblem)).toEqual(['shared\\procedures\\archive\\sample.yaml:1: id: an archived version must be named "sample.v1.yaml" (id "sample", version 1)']);
  });

  it('still reports the same version twice, e.g. a file archived without raising the version of the new one', () => {
    const { problems } = lintCatalog([
      { name: 'shared/procedures/archive/sample.v1.yaml', text: MINIMAL_PROCEDURE },
      { name: 'shared/procedures/sample.yaml', text: MINIMAL_PROCEDURE },
    ]);
    expect(problems.map(formatProblem)).toEqual(['shared/procedures/sample.yaml:1: id: duplicate procedure id "sample" version 1 (also in shared/procedures/archive/sample.v1.yaml)']);
  });
});
