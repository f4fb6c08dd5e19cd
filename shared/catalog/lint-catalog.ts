/**
 * Lints a whole catalog: each procedure file, then what only shows across files: duplicate
 * id+version, rules pointing at unknown procedures, and scenario files that do not match.
 */
import { scenarioFileSchema, type ScenarioFile } from '../schema/scenario-schema';
import type { Procedure } from '../schema/procedure-schema';
import { lintProcedureSource, formatPath, locateIssues, type LintProblem } from './lint-procedure-source';
import { indexQuestions } from './question-index';
import { parseSource } from './source-locator';

export interface SourceFile {
  name: string;
  text: string;
}

export interface CatalogLint {
  procedures: Procedure[];
  scenarios: { file: string; content: ScenarioFile }[];
  problems: LintProblem[];
}

const SCENARIO_SUFFIX = '.scenarios.yaml';
const ARCHIVE_FOLDER = 'archive';

/**
 * File names may include folders ("shared/procedures/archive/x.v1.yaml", "C:\\p\\x.yaml"). An old
 * version kept for sessions pinned to it lives in `archive/<id>.v<version>.yaml`; a misnamed
 * archive file is reported so no version goes astray.
 */
function misnamedArchive(file: string, procedure: Procedure): string | undefined {
  const parts = file.split(/[\\/]/);
  if (parts[parts.length - 2] !== ARCHIVE_FOLDER) return undefined;
  const expected = `${procedure.id}.v${procedure.version}.yaml`;
  return parts[parts.length - 1] === expected ? undefined : `an archived version must be named "${expected}" (id "${procedure.id}", version ${procedure.version})`;
}

/** The highest version of each id: what its scenario file is written against. */
function latest(procedures: readonly Procedure[], id: string): Procedure | undefined {
  return procedures.filter((p) => p.id === id).reduce<Procedure | undefined>((best, p) => (best && best.version >= p.version ? best : p), undefined);
}

export function lintCatalog(files: readonly SourceFile[]): CatalogLint {
  const problems: LintProblem[] = [];
  const procedures: Procedure[] = [];
  const located: { file: string; procedure: Procedure }[] = [];
  for (const file of files.filter((f) => !f.name.endsWith(SCENARIO_SUFFIX))) {
    const result = lintProcedureSource(file.name, file.text);
    problems.push(...result.problems);
    if (result.procedure) {
      const naming = misnamedArchive(file.name, result.procedure);
      if (naming) problems.push({ file: file.name, line: 1, path: 'id', message: naming });
      procedures.push(result.procedure);
      located.push({ file: file.name, procedure: result.procedure });
    }
  }

  const seen = new Map<string, string>();
  for (const { file, procedure } of located) {
    const key = `${procedure.id}@${procedure.version}`;
    const first = seen.get(key);
    if (first) problems.push({ file, line: 1, path: 'id', message: `duplicate procedure id "${procedure.id}" version ${procedure.version} (also in ${first})` });
    else seen.set(key, file);
  }

  const ids = new Set(procedures.map((p) => p.id));
  for (const { file, procedure } of located) {
    const source = parseSource(files.find((f) => f.name === file)?.text ?? '');
    procedure.eligibility.forEach((rule, i) => {
      if (rule.procedure && !ids.has(rule.procedure)) {
        const path = ['eligibility', i, 'procedure'];
        problems.push({ file, line: source.lineOf(path), path: formatPath(path), message: `unknown procedure "${rule.procedure}"` });
      }
    });
  }

  const scenarios: CatalogLint['scenarios'] = [];
  for (const file of files.filter((f) => f.name.endsWith(SCENARIO_SUFFIX))) {
    const source = parseSource(file.text);
    const at = (path: (string | number)[], message: string): LintProblem => ({ file: file.name, line: source.lineOf(path), path: formatPath(path), message });
    if (source.syntaxErrors.length > 0) {
      problems.push(...source.syntaxErrors.map((e) => ({ file: file.name, line: e.line, path: '(yaml)', message: e.message })));
      continue;
    }
    const parsed = scenarioFileSchema.safeParse(source.data);
    if (!parsed.success) {
      problems.push(...locateIssues(parsed.error.issues, at));
      continue;
    }
    const procedure = latest(procedures, parsed.data.procedure);
    if (!procedure) {
      problems.push(at(['procedure'], `unknown procedure "${parsed.data.procedure}"`));
      continue;
    }
    const questionIds = new Set(indexQuestions(procedure).map((entry) => entry.question.id));
    parsed.data.scenarios.forEach((scenario, s) => {
      for (const id of Object.keys(scenario.answers)) {
        if (!questionIds.has(id)) problems.push(at(['scenarios', s, 'answers', id], `unknown question "${id}"`));
      }
    });
    scenarios.push({ file: file.name, content: parsed.data });
  }
  return { procedures, scenarios, problems };
}
