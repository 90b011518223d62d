import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldersUnchanged, readFolder } from '../src/folders.js';

describe('readFolder and foldersUnchanged', () => {
  it('a touched folder with the same entries is unchanged (and takes the new mtime); a new entry is a change', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lawful-folders-'));
    fs.writeFileSync(path.join(dir, 'a.ts'), '');
    fs.mkdirSync(path.join(dir, 'sub'));
    const read = readFolder(dir)!;
    expect(read.entries).toEqual({ files: ['a.ts'], directories: ['sub'] });
    const stamps = [read.stamp];
    expect(foldersUnchanged(stamps)).toBe(true);

    // lawful's own cache file does not count as an entry; a moved mtime alone is not a change
    fs.writeFileSync(path.join(dir, '.lawfulcache'), '{}');
    const later = new Date(Date.now() + 60_000);
    fs.utimesSync(dir, later, later);
    expect(foldersUnchanged(stamps)).toBe(true);
    expect(stamps[0]![1]).toBe(fs.statSync(dir).mtimeMs);

    fs.writeFileSync(path.join(dir, 'b.ts'), '');
    const evenLater = new Date(Date.now() + 120_000);
    fs.utimesSync(dir, evenLater, evenLater);
    expect(foldersUnchanged(stamps)).toBe(false);
    fs.rmSync(dir, { recursive: true });
    expect(foldersUnchanged([read.stamp])).toBe(false);
    expect(readFolder(dir)).toBeUndefined();
  });
});
