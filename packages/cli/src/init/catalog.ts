/**
 * Recipient facts (`SinkFile.recipient`: key, name, country, hosts) from the sink catalog, for the
 * draft config. Reads `rules/sinks/*.yaml` through core's loader; callers with the catalog already
 * loaded pass its recipients to `draftConfig` directly.
 */
import { compareStrings, findRulesDir, loadYamlRules, type RecipientInfo, type SinkFile } from '@lawful/core';

export function readSinkCatalogRecipients(rulesDir: string = findRulesDir()): RecipientInfo[] {
  const byKey = new Map<string, RecipientInfo>();
  for (const { data } of loadYamlRules<SinkFile>('sinks', rulesDir)) {
    if (data.recipient && !byKey.has(data.recipient.key)) byKey.set(data.recipient.key, data.recipient);
  }
  return [...byKey.values()].sort((a, b) => compareStrings(a.key, b.key));
}
