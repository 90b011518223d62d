import consentNotChecked from './consent-not-checked.js';
import missingRetention from './missing-retention.js';
import purposeMismatch from './purpose-mismatch.js';
import undeclaredLogging from './undeclared-logging.js';
import undeclaredSharing from './undeclared-sharing.js';
import undeclaredStorage from './undeclared-storage.js';
import unknownCategory from './unknown-category.js';

/** The code-located finding ids; config-level ones (missing-legal-basis, unsafe-transfer, stale-declaration) stay in the CLI. */
export const rules = {
  'consent-not-checked': consentNotChecked,
  'missing-retention': missingRetention,
  'purpose-mismatch': purposeMismatch,
  'undeclared-logging': undeclaredLogging,
  'undeclared-sharing': undeclaredSharing,
  'undeclared-storage': undeclaredStorage,
  'unknown-category': unknownCategory,
};
