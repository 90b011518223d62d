/**
 * Position-aware parsing of YAML and JSON configs. JSON is parsed by the YAML parser too (JSON is
 * YAML 1.2), which gives every key a line and column without executing anything.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Document, Node as YamlNode } from 'yaml';
import type { ConfigPosition } from './types.js';

export type KeyPath = readonly (string | number)[];

export interface ParsedSource {
  /** The plain JS value of the document (or of `package.json#lawful`). */
  value: unknown;
  /** Position of a key path (relative to the config root); the closest existing ancestor when absent. */
  positionOf(path: KeyPath): ConfigPosition;
  /** Syntax errors, with the parser's own positions. */
  syntaxErrors: { line: number; column: number; message: string }[];
}

const FILE_START: ConfigPosition = { line: 1, column: 1 };

/**
 * Parses YAML/JSON text. `rootPath` selects the config inside the document (`['lawful']` for
 * package.json); positions are then relative to that node.
 */
export function parseConfigSource(text: string, rootPath: KeyPath = []): ParsedSource {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const syntaxErrors = document.errors.map((error) => {
    const position = lineCounter.linePos(error.pos[0]);
    return { line: position.line, column: position.col, message: cleanParserMessage(error.message) };
  });
  const toPosition = (offset: number | undefined): ConfigPosition => {
    if (offset === undefined) return FILE_START;
    const position = lineCounter.linePos(offset);
    return { line: position.line, column: position.col };
  };
  let value: unknown;
  if (syntaxErrors.length === 0) {
    const whole: unknown = document.toJS({ maxAliasCount: 1000 });
    value = getIn(whole, rootPath);
  }
  return {
    value,
    syntaxErrors,
    positionOf: (path) => toPosition(offsetOf(document, [...rootPath, ...path])),
  };
}

function getIn(value: unknown, path: KeyPath): unknown {
  let current = value;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

/**
 * Offset where a key path is written: a map member's key (`legal_basis:`), a sequence item's value.
 * Falls back to the closest existing ancestor.
 */
function offsetOf(document: Document, path: KeyPath): number | undefined {
  let node: unknown = document.contents;
  let offset = rangeStart(node);
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && keyText(item.key) === String(segment));
      if (!pair) break;
      offset = rangeStart(pair.key) ?? rangeStart(pair.value) ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item: unknown = node.items[segment];
      if (item === undefined) break;
      offset = rangeStart(item) ?? offset;
      node = item;
    } else {
      break;
    }
  }
  return offset;
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return typeof key === 'string' ? key : undefined;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as YamlNode | null | undefined)?.range;
  return range ? range[0] : undefined;
}

/** The YAML parser's messages end with a code excerpt when `prettyErrors` is on; keep the first line. */
function cleanParserMessage(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').trim();
}
