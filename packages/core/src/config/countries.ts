/**
 * Country codes accepted for `stores.*.location` and `recipients.*.country`: ISO 3166-1 alpha-2,
 * plus `EU` and `EEA` for data kept "in the EU" without naming one member state.
 * The lists themselves are legal reference data and live in catalog/legal-data.ts.
 */
import { EEA_REGION_CODES, ISO_3166_ALPHA2 } from '../catalog/legal-data.js';

/** Region codes that stand for "somewhere in the EU / EEA". */
export const REGION_CODES = EEA_REGION_CODES;

export const COUNTRY_CODES: readonly string[] = [...ISO_3166_ALPHA2, ...REGION_CODES];

/** Codes people write that are not ISO 3166-1 but have an obvious intended code. */
export const COMMON_COUNTRY_MISTAKES: Readonly<Record<string, string>> = {
  UK: 'GB',
  EL: 'GR',
  USA: 'US',
};
