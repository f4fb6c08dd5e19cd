import { LineCounter, parseDocument, isNode } from 'yaml';

export type Path = (string | number)[];

export interface ParsedSource {
  data: unknown;
  /** YAML syntax errors, already with line numbers. */
  syntaxErrors: { line: number; message: string }[];
  /** The 1-based line where the value at `path` (or its nearest existing parent) starts. */
  lineOf: (path: Path) => number;
}

/** Parses YAML keeping positions, so every problem can be reported as file:line. */
export function parseSource(text: string): ParsedSource {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const syntaxErrors = document.errors.map((error) => ({
    line: lineCounter.linePos(error.pos[0]).line,
    message: error.message.split('\n')[0] ?? error.message,
  }));
  const lineOf = (path: Path): number => {
    for (let length = path.length; length >= 0; length -= 1) {
      const node = length === 0 ? document.contents : document.getIn(path.slice(0, length), true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return 1;
  };
  return { data: syntaxErrors.length > 0 ? undefined : document.toJS(), syntaxErrors, lineOf };
}
