import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findRulesDir, loadBuiltinTaxonomy, loadYamlRules, parseYamlFile } from '@lawful/core';
import type { SanitizerFile } from '@lawful/core';
import { createAnalyzerCatalog, loadAnalyzerCatalog } from '@lawful/analyzer';
import type { SourceCatalogFile } from '@lawful/analyzer';

describe('analyzer catalog', () => {
  it('every built-in source, handler and sanitizer path parses and every category resolves', () => {
    const catalog = loadAnalyzerCatalog();
    expect(catalog.errors).toEqual([]);
    expect(catalog.sources.length).toBeGreaterThan(5);
    expect(catalog.handlers.length).toBeGreaterThan(1);
    expect(catalog.sanitizers.length).toBeGreaterThan(10);
  });

  it('source files name their library and give reads, decorators, callbacks or handlers', () => {
    for (const { file, data } of loadYamlRules<SourceCatalogFile>('sources')) {
      expect(typeof data.library, file).toBe('string');
      for (const source of data.sources ?? []) {
        const kinds = (source.reads?.length ?? 0) + (source.decorators?.length ?? 0) + (source.callbacks?.length ?? 0);
        expect(kinds, `${file}: ${source.category}`).toBeGreaterThan(0);
        expect(source.global === true || (source.modules?.length ?? 0) > 0, `${file}: ${source.category} needs modules or global`).toBe(true);
      }
    }
  });

  it('the templates are valid catalog entries', () => {
    const rulesDir = findRulesDir();
    const sourceTemplate = parseYamlFile<SourceCatalogFile>(readFileSync(join(rulesDir, 'sources/_template.yaml'), 'utf8'), 'sources/_template.yaml');
    const sanitizerTemplate = parseYamlFile<SanitizerFile>(readFileSync(join(rulesDir, 'sanitizers/_template.yaml'), 'utf8'), 'sanitizers/_template.yaml');
    const catalog = createAnalyzerCatalog({ taxonomy: loadBuiltinTaxonomy(), sinkFiles: [], sourceFiles: [sourceTemplate], sanitizers: sanitizerTemplate.sanitizers });
    expect(catalog.errors).toEqual([]);
    expect(catalog.sources).toHaveLength(1);
  });

  it('a bad path becomes a catalog error instead of an exception', () => {
    const catalog = createAnalyzerCatalog({
      taxonomy: loadBuiltinTaxonomy(),
      sinkFiles: [{ library: 'x', sinks: [{ id: 'log/x', kind: 'log', modules: ['x'], calls: [{ path: 'a..b' }] }] }],
      sourceFiles: [{ library: 'y', sources: [{ category: 'no.such.category', global: true, reads: [{ path: 'a' }] }] }],
    });
    expect(catalog.errors).toHaveLength(2);
  });
});
