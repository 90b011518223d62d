/**
 * What policy evaluation needs to know about data-protection law that is not in the config.
 * The catalog (`packages/core/src/catalog/`) owns the actual country lists; the CLI and the ESLint
 * plugin pass an adapter, tests pass a small table.
 */
export interface LegalRules {
  /** True for EU/EEA member states and the pseudo-codes `EU` / `EEA` (ISO 3166-1 alpha-2, any case). */
  isEea(country: string): boolean;
  /**
   * True when the Commission's adequacy decision covers the whole country (Art. 45).
   * Must be false for the US, whose adequacy covers only DPF-certified recipients.
   */
  hasGeneralAdequacy(country: string): boolean;
  /** ISO-8601 duration to milliseconds (approximate for months/years); undefined when invalid. */
  parseDuration?(iso: string): number | undefined;
}

/** The one country whose adequacy decision is partial: only recipients certified under the EU–US DPF. */
export const DPF_COUNTRY = 'US';

