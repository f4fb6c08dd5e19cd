/**
 * Lints one procedure file: YAML syntax, the zod schema, then semantic checks. Every problem
 * is located as `file:line: path: message`, the format `npm run procedures:check` prints.
 */
import type { z } from 'zod';
import { procedureSchema, type Procedure } from '../schema/procedure-schema';
import { checkProcedureSemantics } from './check-procedure-semantics';
import { parseSource, type Path } from './source-locator';

export interface LintProblem {
  file: string;
  line: number;
  path: string;
  message: string;
}

export interface LintResult {
  procedure?: Procedure;
  problems: LintProblem[];
}

export function formatPath(path: Path): string {
  return path.length === 0 ? '(file)' : path.map((part) => (typeof part === 'number' ? `[${part}]` : part)).join('.').replace(/\.\[/g, '[');
}

export function formatProblem(problem: LintProblem): string {
  return `${problem.file}:${problem.line}: ${problem.path}: ${problem.message}`;
}

/** Zod issues as located problems; unknown fields point at their own line, one problem each. */
export function locateIssues(issues: readonly z.core.$ZodIssue[], at: (path: Path, message: string) => LintProblem): LintProblem[] {
  return issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => at([...(issue.path as Path), key], `unknown field "${key}"`))
      : [at(issue.path as Path, issue.message)],
  );
}

export function lintProcedureSource(file: string, text: string): LintResult {
  const source = parseSource(text);
  if (source.syntaxErrors.length > 0) {
    return { problems: source.syntaxErrors.map((error) => ({ file, line: error.line, path: '(yaml)', message: error.message })) };
  }
  const at = (path: Path, message: string): LintProblem => ({ file, line: source.lineOf(path), path: formatPath(path), message });
  const parsed = procedureSchema.safeParse(source.data);
  if (!parsed.success) return { problems: locateIssues(parsed.error.issues, at) };
  const problems = checkProcedureSemantics(parsed.data).map((problem) => at(problem.path, problem.message));
  return problems.length > 0 ? { problems } : { procedure: parsed.data, problems };
}
