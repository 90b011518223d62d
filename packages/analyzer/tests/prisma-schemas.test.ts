import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPrismaSchemas } from '../src/index.js';

describe('findPrismaSchemas', () => {
  it('finds schemas below the root, skips node_modules, and notices schemas added, renamed and removed', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'lawful-prisma-'));
    const write = (relative: string): string => {
      const file = path.join(root, relative);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, 'model User {\n  id Int @id\n}\n');
      return file;
    };
    let tick = 0;
    /** Moves a folder's mtime clearly forward: file systems with coarse timestamps would not. */
    const touched = (relative: string): void => {
      const when = new Date(Date.now() + 60_000 * ++tick);
      fs.utimesSync(path.join(root, relative), when, when);
    };
    const found = (): string[] => findPrismaSchemas(root).map((file) => path.relative(root, file).split(path.sep).join('/'));
    write('prisma/schema.prisma');
    write('node_modules/pkg/schema.prisma');
    fs.mkdirSync(path.join(root, 'src/deep'), { recursive: true });
    expect(found()).toEqual(['prisma/schema.prisma']);
    // Asked again with nothing changed: the same answer (from the remembered walk).
    expect(found()).toEqual(['prisma/schema.prisma']);

    write('src/deep/extra.prisma');
    touched('src/deep');
    expect(found()).toEqual(['prisma/schema.prisma', 'src/deep/extra.prisma']);
    fs.renameSync(path.join(root, 'src/deep/extra.prisma'), path.join(root, 'src/deep/renamed.prisma'));
    touched('src/deep');
    expect(found()).toEqual(['prisma/schema.prisma', 'src/deep/renamed.prisma']);
    fs.rmSync(path.join(root, 'prisma'), { recursive: true });
    touched('.');
    expect(found()).toEqual(['src/deep/renamed.prisma']);
  });
});
