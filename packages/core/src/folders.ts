/**
 * Remembered folder walks: a walk records each folder it read with its modification time and a hash
 * of its entries, and a later run asks whether every recorded folder still lists the same entries
 * before walking again. Adding, removing or renaming an entry changes the folder; editing a file
 * does not. A folder whose mtime moved while its entries stayed (an editor saving through a
 * temporary file, lawful writing its cache there) is read again and counts as unchanged.
 * Used for the `--cache` file list (cli) and the search for Prisma schemas (analyzer).
 */
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** A folder as a walk saw it: path, modification time, hash of its entries. */
export type FolderStamp = [folder: string, mtimeMs: number, entries: string];

export interface FolderEntries {
  /** Names of the files in the folder (links followed), sorted. */
  files: string[];
  /** Names of the subfolders (links followed), sorted. */
  directories: string[];
}

/** The folder's entries and its stamp; undefined when it cannot be read. */
export function readFolder(folder: string): { entries: FolderEntries; stamp: FolderStamp } | undefined {
  let mtimeMs: number;
  try {
    // mtime first: a change while reading makes the stamp stale, never wrong
    mtimeMs = statSync(folder).mtimeMs;
  } catch {
    return undefined;
  }
  const entries = folderEntries(folder);
  return entries ? { entries, stamp: [folder, mtimeMs, entriesHash(entries)] } : undefined;
}

/**
 * True when every stamped folder still lists the entries it listed. A folder whose mtime moved is
 * read again; when its entries are the same its stamp takes the new mtime (the stamps are updated in
 * place, so the next check is a `stat` again).
 */
export function foldersUnchanged(stamps: FolderStamp[]): boolean {
  for (const stamp of stamps) {
    const [folder, mtimeMs, entries] = stamp;
    const now = statSync(folder, { throwIfNoEntry: false });
    if (!now) return false;
    if (now.mtimeMs === mtimeMs) continue;
    const current = folderEntries(folder);
    if (!current || entriesHash(current) !== entries) return false;
    stamp[1] = now.mtimeMs;
  }
  return true;
}

function folderEntries(folder: string): FolderEntries | undefined {
  const files: string[] = [];
  const directories: string[] = [];
  try {
    for (const entry of readdirSync(folder || '.', { withFileTypes: true })) {
      // Dirents, not a stat per entry: walks run over every folder of a project.
      const stats = entry.isSymbolicLink() ? statSync(join(folder, entry.name), { throwIfNoEntry: false }) : entry;
      if (stats?.isFile()) files.push(entry.name);
      else if (stats?.isDirectory()) directories.push(entry.name);
    }
  } catch {
    return undefined;
  }
  return { files: files.sort(), directories: directories.sort() };
}

/** The entries as a short hash; lawful's own cache files are left out (writing them touches the folder). */
function entriesHash(entries: FolderEntries): string {
  const files = entries.files.filter((name) => !name.startsWith('.lawfulcache'));
  return createHash('sha256').update(`${files.join('\0')}\u0001${entries.directories.join('\0')}`).digest('hex').slice(0, 16);
}
