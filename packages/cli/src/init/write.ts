/**
 * Writing the draft config: never over an existing config unless forced, since a config is hand-edited
 * policy and losing it silently would be worse than refusing.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CONFIG_SEARCH_PLACES, PACKAGE_JSON_KEY } from '@lawful/core';

export const DRAFT_CONFIG_FILENAME = 'lawful.config.yaml';

/** Config file names besides `CONFIG_SEARCH_PLACES` that cosmiconfig-style tools also look for. */
const OTHER_CONFIG_PLACES = [
  '.lawfulrc.js',
  '.lawfulrc.ts',
  '.lawfulrc.mjs',
  '.lawfulrc.cjs',
  'lawful.config.js',
  '.config/lawfulrc',
  '.config/lawfulrc.json',
  '.config/lawfulrc.yaml',
  '.config/lawfulrc.yml',
  '.config/lawfulrc.js',
  '.config/lawfulrc.ts',
  '.config/lawfulrc.mjs',
  '.config/lawfulrc.cjs',
];

export interface WriteDraftOptions {
  /** Write even when a config exists (the draft always goes to `lawful.config.yaml`). */
  force?: boolean;
}

export interface WriteDraftResult {
  written: boolean;
  /** Absolute path written, or of the existing config that blocked writing. */
  path: string;
  /** A sentence for the user. */
  message: string;
}

/** Existing lawful configs in `dir`, as file names relative to it (`package.json` only with a `lawful` key). */
export function findExistingConfigs(dir: string): string[] {
  const found: string[] = [];
  for (const place of [...CONFIG_SEARCH_PLACES, ...OTHER_CONFIG_PLACES]) {
    const file = path.join(dir, place);
    if (!existsSync(file)) continue;
    if (place === 'package.json') {
      try {
        const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
        if (manifest[PACKAGE_JSON_KEY] === undefined) continue;
        found.push('package.json#lawful');
      } catch {
        // An unreadable package.json holds no config of ours.
      }
      continue;
    }
    found.push(place);
  }
  return found;
}

export function writeDraftConfig(dir: string, text: string, options: WriteDraftOptions = {}): WriteDraftResult {
  const target = path.join(dir, DRAFT_CONFIG_FILENAME);
  const existing = findExistingConfigs(dir);
  if (existing.length > 0 && !options.force) {
    return {
      written: false,
      path: path.join(dir, existing[0]!.replace(/#.*$/, '')),
      message: `a lawful config already exists (${existing.join(', ')}); not overwriting it. Use --force to write ${DRAFT_CONFIG_FILENAME} anyway.`,
    };
  }
  writeFileSync(target, text);
  const others = existing.filter((name) => name !== DRAFT_CONFIG_FILENAME);
  const shadow =
    others.length > 0
      ? ` Note: ${others.join(', ')} also exist${others.length === 1 ? 's' : ''}; remove ${others.length === 1 ? 'it' : 'them'} so lawful reads the draft.`
      : '';
  return {
    written: true,
    path: target,
    message: `wrote ${DRAFT_CONFIG_FILENAME}${existing.includes(DRAFT_CONFIG_FILENAME) ? ' (overwritten with --force)' : ''}: fill in the TODOs, then run \`lawful scan\`.${shadow}`,
  };
}
