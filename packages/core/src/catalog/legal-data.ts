/**
 * Legal reference data for GDPR checks, in lawful's own words: the Art. 6(1) legal bases, the Art. 9(2)
 * conditions, the EEA, the Commission's adequacy decisions (Art. 45) and ISO 3166-1 country codes.
 * Logic that uses this data lives in `legal.ts`.
 */
import type { LegalBasis, SpecialCategoryCondition } from '../config/types.js';

export interface LegalBasisInfo {
  key: LegalBasis;
  /** Letter of GDPR Art. 6(1). */
  letter: string;
  /** `Art. 6(1)(a)` */
  article: string;
  title: string;
  summary: string;
}

export const LEGAL_BASIS_INFO: Readonly<Record<LegalBasis, LegalBasisInfo>> = {
  consent: {
    key: 'consent', letter: 'a', article: 'Art. 6(1)(a)', title: 'Consent',
    summary: 'The person freely agreed to this specific use, can see what they agreed to, and can take it back as easily.',
  },
  contract: {
    key: 'contract', letter: 'b', article: 'Art. 6(1)(b)', title: 'Contract',
    summary: 'The processing is needed to deliver a contract with the person, or for steps they asked for before signing one.',
  },
  legal_obligation: {
    key: 'legal_obligation', letter: 'c', article: 'Art. 6(1)(c)', title: 'Legal obligation',
    summary: 'A law of the EU or a member state requires the controller to process the data (tax records, anti-money-laundering).',
  },
  vital_interests: {
    key: 'vital_interests', letter: 'd', article: 'Art. 6(1)(d)', title: 'Vital interests',
    summary: 'The processing is needed to protect someone\'s life or physical safety, and no other basis fits.',
  },
  public_task: {
    key: 'public_task', letter: 'e', article: 'Art. 6(1)(e)', title: 'Public task',
    summary: 'The processing is needed for a task in the public interest or for official authority the controller holds.',
  },
  legitimate_interests: {
    key: 'legitimate_interests', letter: 'f', article: 'Art. 6(1)(f)', title: 'Legitimate interests',
    summary: 'The controller or a third party has a real, stated interest that the person\'s rights do not outweigh; the interest must be named.',
  },
};

export interface SpecialCategoryConditionInfo {
  key: SpecialCategoryCondition;
  /** Letter of GDPR Art. 9(2). */
  letter: string;
  /** `Art. 9(2)(a)` */
  article: string;
  title: string;
  summary: string;
}

export const SPECIAL_CATEGORY_CONDITION_INFO: Readonly<Record<SpecialCategoryCondition, SpecialCategoryConditionInfo>> = {
  explicit_consent: {
    key: 'explicit_consent', letter: 'a', article: 'Art. 9(2)(a)', title: 'Explicit consent',
    summary: 'The person gave an express, specific statement of consent for this use of their sensitive data.',
  },
  employment: {
    key: 'employment', letter: 'b', article: 'Art. 9(2)(b)', title: 'Employment and social security',
    summary: 'Needed to meet duties or exercise rights under employment, social-security or social-protection law.',
  },
  vital_interests: {
    key: 'vital_interests', letter: 'c', article: 'Art. 9(2)(c)', title: 'Vital interests',
    summary: 'Needed to protect someone\'s life when the person cannot give consent.',
  },
  nonprofit: {
    key: 'nonprofit', letter: 'd', article: 'Art. 9(2)(d)', title: 'Not-for-profit body',
    summary: 'A foundation, association or other non-profit with a political, philosophical, religious or union aim processing data of its members, kept within the body.',
  },
  made_public: {
    key: 'made_public', letter: 'e', article: 'Art. 9(2)(e)', title: 'Made public by the person',
    summary: 'The person themselves clearly made the data public.',
  },
  legal_claims: {
    key: 'legal_claims', letter: 'f', article: 'Art. 9(2)(f)', title: 'Legal claims',
    summary: 'Needed to establish, exercise or defend legal claims, or by courts acting in their judicial capacity.',
  },
  substantial_public_interest: {
    key: 'substantial_public_interest', letter: 'g', article: 'Art. 9(2)(g)', title: 'Substantial public interest',
    summary: 'Needed for a substantial public interest set out in EU or member-state law, with safeguards.',
  },
  health_care: {
    key: 'health_care', letter: 'h', article: 'Art. 9(2)(h)', title: 'Health and social care',
    summary: 'Needed for preventive or occupational medicine, diagnosis, treatment or managing care, under professional secrecy.',
  },
  public_health: {
    key: 'public_health', letter: 'i', article: 'Art. 9(2)(i)', title: 'Public health',
    summary: 'Needed for public-health reasons such as cross-border health threats or the safety of medicines and devices.',
  },
  archiving_research: {
    key: 'archiving_research', letter: 'j', article: 'Art. 9(2)(j)', title: 'Archiving, research and statistics',
    summary: 'Needed for archiving in the public interest, scientific or historical research or statistics, under Art. 89 safeguards.',
  },
};

/** The 27 member states of the European Union. */
export const EU_MEMBER_STATES = [
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IT',
  'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK',
] as const;

/** The European Economic Area: the EU plus Iceland, Liechtenstein and Norway. */
export const EEA_COUNTRIES: readonly string[] = [...EU_MEMBER_STATES, 'IS', 'LI', 'NO'].sort();

/**
 * What an adequacy decision covers:
 * - `general`: every recipient in the country;
 * - `commercial`: only organisations under the country's private-sector law (Canada: PIPEDA; Japan: APPI);
 * - `certified`: only recipients certified under a framework (United States: the EU–US Data Privacy Framework).
 */
export type AdequacyScope = 'general' | 'commercial' | 'certified';

export interface AdequacyDecision {
  country: string;
  name: string;
  scope: AdequacyScope;
  note?: string;
}

/**
 * Countries and territories with an adequacy decision of the European Commission (Art. 45 GDPR, or
 * Directive 95/46 decisions kept in force by Art. 45(9)). As known to lawful in 2025; a decision
 * for Brazil was proposed in 2025 and is not listed until adopted.
 */
export const ADEQUACY_DECISIONS: readonly AdequacyDecision[] = [
  { country: 'AD', name: 'Andorra', scope: 'general' },
  { country: 'AR', name: 'Argentina', scope: 'general' },
  { country: 'CA', name: 'Canada', scope: 'commercial', note: 'Covers organisations subject to PIPEDA (commercial activities).' },
  { country: 'CH', name: 'Switzerland', scope: 'general' },
  { country: 'FO', name: 'Faroe Islands', scope: 'general' },
  { country: 'GB', name: 'United Kingdom', scope: 'general', note: 'Decisions of 2021 under the GDPR and the Law Enforcement Directive, renewed in 2025.' },
  { country: 'GG', name: 'Guernsey', scope: 'general' },
  { country: 'IL', name: 'Israel', scope: 'general' },
  { country: 'IM', name: 'Isle of Man', scope: 'general' },
  { country: 'JE', name: 'Jersey', scope: 'general' },
  { country: 'JP', name: 'Japan', scope: 'commercial', note: 'Covers private-sector organisations under the APPI, with the supplementary rules.' },
  { country: 'KR', name: 'Republic of Korea', scope: 'general' },
  { country: 'NZ', name: 'New Zealand', scope: 'general' },
  { country: 'US', name: 'United States', scope: 'certified', note: 'Only recipients certified under the EU–US Data Privacy Framework (state `transfer: dpf`).' },
  { country: 'UY', name: 'Uruguay', scope: 'general' },
];

/** ISO 3166-1 alpha-2 codes of all countries and territories. */
export const ISO_3166_ALPHA2: readonly string[] = [
  'AD', 'AE', 'AF', 'AG', 'AI', 'AL', 'AM', 'AO', 'AQ', 'AR', 'AS', 'AT', 'AU', 'AW', 'AX', 'AZ',
  'BA', 'BB', 'BD', 'BE', 'BF', 'BG', 'BH', 'BI', 'BJ', 'BL', 'BM', 'BN', 'BO', 'BQ', 'BR', 'BS',
  'BT', 'BV', 'BW', 'BY', 'BZ', 'CA', 'CC', 'CD', 'CF', 'CG', 'CH', 'CI', 'CK', 'CL', 'CM', 'CN',
  'CO', 'CR', 'CU', 'CV', 'CW', 'CX', 'CY', 'CZ', 'DE', 'DJ', 'DK', 'DM', 'DO', 'DZ', 'EC', 'EE',
  'EG', 'EH', 'ER', 'ES', 'ET', 'FI', 'FJ', 'FK', 'FM', 'FO', 'FR', 'GA', 'GB', 'GD', 'GE', 'GF',
  'GG', 'GH', 'GI', 'GL', 'GM', 'GN', 'GP', 'GQ', 'GR', 'GS', 'GT', 'GU', 'GW', 'GY', 'HK', 'HM',
  'HN', 'HR', 'HT', 'HU', 'ID', 'IE', 'IL', 'IM', 'IN', 'IO', 'IQ', 'IR', 'IS', 'IT', 'JE', 'JM',
  'JO', 'JP', 'KE', 'KG', 'KH', 'KI', 'KM', 'KN', 'KP', 'KR', 'KW', 'KY', 'KZ', 'LA', 'LB', 'LC',
  'LI', 'LK', 'LR', 'LS', 'LT', 'LU', 'LV', 'LY', 'MA', 'MC', 'MD', 'ME', 'MF', 'MG', 'MH', 'MK',
  'ML', 'MM', 'MN', 'MO', 'MP', 'MQ', 'MR', 'MS', 'MT', 'MU', 'MV', 'MW', 'MX', 'MY', 'MZ', 'NA',
  'NC', 'NE', 'NF', 'NG', 'NI', 'NL', 'NO', 'NP', 'NR', 'NU', 'NZ', 'OM', 'PA', 'PE', 'PF', 'PG',
  'PH', 'PK', 'PL', 'PM', 'PN', 'PR', 'PS', 'PT', 'PW', 'PY', 'QA', 'RE', 'RO', 'RS', 'RU', 'RW',
  'SA', 'SB', 'SC', 'SD', 'SE', 'SG', 'SH', 'SI', 'SJ', 'SK', 'SL', 'SM', 'SN', 'SO', 'SR', 'SS',
  'ST', 'SV', 'SX', 'SY', 'SZ', 'TC', 'TD', 'TF', 'TG', 'TH', 'TJ', 'TK', 'TL', 'TM', 'TN', 'TO',
  'TR', 'TT', 'TV', 'TW', 'TZ', 'UA', 'UG', 'UM', 'US', 'UY', 'UZ', 'VA', 'VC', 'VE', 'VG', 'VI',
  'VN', 'VU', 'WF', 'WS', 'YE', 'YT', 'ZA', 'ZM', 'ZW',
];

/** Pseudo-codes a config may use for data kept somewhere in the EU or EEA. */
export const EEA_REGION_CODES = ['EU', 'EEA'] as const;
