// Prisma schemas: `/// @personal <category>` doc comments on model fields mark the generated
// client's model types (DESIGN "Sources" 4). Parsed here with a small line reader — the schema
// language is line-oriented and we only need models, fields and their doc comments.
// (A line comment, not JSDoc: TypeScript would read the tag above as a real mark.)
import { readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
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
  // The editor makes an analyzer per program, that is per edit: the walk is remembered with the
  // mtime of every folder it read, and redone only when one of them changed (a schema added,
  // removed or renamed changes its folder; editing one does not change the list).
  const key = `${maxDepth}\u0000${rootDir}`;
  const previous = schemaWalks.get(key);
  if (previous && previous.folders.every(([folder, mtimeMs]) => statSync(folder, { throwIfNoEntry: false })?.mtimeMs === mtimeMs)) {
    return [...previous.found];
  }
  const found: string[] = [];
  const folders: [string, number][] = [];
  const visit = (directory: string, depth: number): void => {
    let entries: Dirent[];
    try {
      // mtime first: a change while reading makes the record stale, never wrong
      folders.push([directory, statSync(directory).mtimeMs]);
      // Dirents, not a stat per entry: this walk runs on every scan, over every folder of the project.
      entries = readdirSync(directory, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch {
      return;
    }
    for (const entry of entries) {
      if (SKIPPED_DIRECTORIES.has(entry.name)) continue;
      const full = join(directory, entry.name);
      let isDirectory = entry.isDirectory();
      if (entry.isSymbolicLink()) {
        try {
          isDirectory = statSync(full).isDirectory();
        } catch {
          continue;
        }
      }
      if (isDirectory) {
        if (depth < maxDepth) visit(full, depth + 1);
      } else if (entry.name.endsWith('.prisma')) {
        found.push(full);
      }
    }
  };
  visit(rootDir, 0);
  schemaWalks.set(key, { folders, found: [...found] });
  return found;
}

const schemaWalks = new Map<string, { folders: [string, number][]; found: string[] }>();

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
