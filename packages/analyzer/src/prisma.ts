// Prisma schemas: `/// @personal <category>` doc comments on model fields mark the generated
// client's model types (DESIGN "Sources" 4). Parsed here with a small line reader — the schema
// language is line-oriented and we only need models, fields and their doc comments.
// (A line comment, not JSDoc: TypeScript would read the tag above as a real mark.)
import { readFileSync } from 'node:fs';
import { foldersUnchanged, readFolder, type FolderStamp } from '@lawful/core';
import { join, relative, sep } from 'node:path';

export interface PrismaFieldMark {
  /** The raw text after `@personal` (`email`, `none`, `user.contact.email`). */
  raw: string;
  /** 1-based line and column of the `@personal` tag in the schema. */
  line: number;
  column: number;
}

export interface PrismaField {
  name: string;
  type: string;
  line: number;
  mark?: PrismaFieldMark;
}

export interface PrismaModel {
  name: string;
  /** Schema file relative to the analysis root, `/` separators. */
  file: string;
  line: number;
  fields: Map<string, PrismaField>;
}

const PERSONAL_TAG = /@personal\s+([A-Za-z0-9_.-]+)/;

/** Parses one schema's text. `file` is the (relative) name reported in locations. */
export function parsePrismaSchema(text: string, file: string): PrismaModel[] {
  const models: PrismaModel[] = [];
  let current: PrismaModel | undefined;
  let pendingMark: PrismaFieldMark | undefined;
  const lines = text.split(/\r?\n/);
  lines.forEach((lineText, index) => {
    const line = index + 1;
    const trimmed = lineText.trim();
    if (!current) {
      const header = /^model\s+([A-Za-z_][A-Za-z0-9_]*)\s*\{/.exec(trimmed);
      if (header) current = { name: header[1]!, file, line, fields: new Map() };
      pendingMark = undefined;
      return;
    }
    if (trimmed.startsWith('}')) {
      models.push(current);
      current = undefined;
      pendingMark = undefined;
      return;
    }
    if (trimmed.startsWith('///')) {
      const tag = PERSONAL_TAG.exec(lineText);
      if (tag) pendingMark = { raw: tag[1]!, line, column: lineText.indexOf('@personal') + 1 };
      return;
    }
    if (trimmed.startsWith('//') || trimmed.startsWith('@@') || trimmed === '') return;
    const field = /^([A-Za-z_][A-Za-z0-9_]*)\s+([A-Za-z_][A-Za-z0-9_]*)/.exec(trimmed);
    if (!field) return;
    // A trailing `/// @personal x` on the field's own line also marks it.
    const trailingIndex = lineText.indexOf('///');
    let mark = pendingMark;
    if (trailingIndex >= 0) {
      const tag = PERSONAL_TAG.exec(lineText.slice(trailingIndex));
      if (tag) mark = { raw: tag[1]!, line, column: lineText.indexOf('@personal') + 1 };
    }
    current.fields.set(field[1]!, { name: field[1]!, type: field[2]!, line, ...(mark ? { mark } : {}) });
    pendingMark = undefined;
  });
  return models;
}

const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', 'dist', 'build', 'out', 'coverage', '.next']);

/** `*.prisma` files under `rootDir` (a few levels deep), sorted, relative names with `/`. */
export function findPrismaSchemas(rootDir: string, maxDepth = 5): string[] {
  // The editor makes an analyzer per program, that is per edit: the walk is remembered with a stamp
  // of every folder it read, and redone only when one of them lists other entries (core folders.ts).
  const key = `${maxDepth}\u0000${rootDir}`;
  const previous = schemaWalks.get(key);
  if (previous && foldersUnchanged(previous.folders)) return [...previous.found];
  const found: string[] = [];
  const folders: FolderStamp[] = [];
  const visit = (directory: string, depth: number): void => {
    const read = readFolder(directory);
    if (!read) return;
    folders.push(read.stamp);
    const { files, directories } = read.entries;
    const subfolders = new Set(directories);
    // Files and folders in one name order, as the walk has always gone (the first schema to define a model wins).
    for (const name of [...files, ...directories].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (SKIPPED_DIRECTORIES.has(name)) continue;
      if (subfolders.has(name)) {
        if (depth < maxDepth) visit(join(directory, name), depth + 1);
      } else if (name.endsWith('.prisma')) {
        found.push(join(directory, name));
      }
    }
  };
  visit(rootDir, 0);
  schemaWalks.set(key, { folders, found: [...found] });
  return found;
}

const schemaWalks = new Map<string, { folders: FolderStamp[]; found: string[] }>();

/** Every model of every schema under `rootDir`, by model name. */
export function loadPrismaModels(rootDir: string): Map<string, PrismaModel> {
  const models = new Map<string, PrismaModel>();
  for (const schemaPath of findPrismaSchemas(rootDir)) {
    let text: string;
    try {
      text = readFileSync(schemaPath, 'utf8');
    } catch {
      continue;
    }
    const file = relative(rootDir, schemaPath).split(sep).join('/');
    for (const model of parsePrismaSchema(text, file)) if (!models.has(model.name)) models.set(model.name, model);
  }
  return models;
}

/** `prisma.user` / `prisma.userProfile` → `User` / `UserProfile`. */
export function prismaModelByClientProperty(models: Map<string, PrismaModel>, property: string): PrismaModel | undefined {
  const direct = models.get(property[0]!.toUpperCase() + property.slice(1));
  if (direct) return direct;
  const lower = property.toLowerCase();
  for (const model of models.values()) if (model.name.toLowerCase() === lower) return model;
  return undefined;
}
