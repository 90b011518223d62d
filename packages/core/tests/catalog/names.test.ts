import { describe, expect, it } from 'vitest';
import { createNameMatcher, isPersonLikeName, loadBuiltinTaxonomy, splitIdentifierWords } from '@lawful/core';

const taxonomy = loadBuiltinTaxonomy();
const matcher = createNameMatcher(taxonomy);

describe('splitIdentifierWords', () => {
  it.each([
    ['emailAddress', ['email', 'address']],
    ['IP_ADDR', ['ip', 'addr']],
    ['x-forwarded-for', ['x', 'forwarded', 'for']],
    ['IPAddress', ['ip', 'address']],
    ['userIDNumber', ['user', 'id', 'number']],
    ['XMLHttpRequest', ['xml', 'http', 'request']],
    ['ipv4Address', ['ipv', '4', 'address']],
    ['$user_email', ['user', 'email']],
    ['', []],
  ])('%s', (identifier, words) => {
    expect(splitIdentifierWords(identifier)).toEqual(words);
  });
});

// Identifiers that are personal anywhere, with the category the heuristics must infer.
const positives: [string, string][] = [
  ['email', 'user.contact.email'],
  ['emailAddress', 'user.contact.email'],
  ['userEmail', 'user.contact.email'],
  ['customer_email', 'user.contact.email'],
  ['EMAIL', 'user.contact.email'],
  ['emails', 'user.contact.email'],
  ['eMail', 'user.contact.email'],
  ['ip', 'user.device.ip_address'],
  ['ipAddress', 'user.device.ip_address'],
  ['IP_ADDR', 'user.device.ip_address'],
  ['remoteAddress', 'user.device.ip_address'],
  ['clientIp', 'user.device.ip_address'],
  ['xForwardedFor', 'user.device.ip_address'],
  ['x-forwarded-for', 'user.device.ip_address'],
  ['ipv4', 'user.device.ip_address'],
  ['userAgent', 'user.device.user_agent'],
  ['cardNumber', 'user.financial.credit_card'],
  ['pan', 'user.financial.credit_card'],
  ['cardLast4', 'user.financial.credit_card'],
  ['iban', 'user.financial.bank_account'],
  ['ssn', 'user.government_id.national_identification_number'],
  ['socialSecurityNumber', 'user.government_id.national_identification_number'],
  ['passportNumber', 'user.government_id.passport_number'],
  ['nationalId', 'user.government_id.national_identification_number'],
  ['dateOfBirth', 'user.demographic.date_of_birth'],
  ['dob', 'user.demographic.date_of_birth'],
  ['birthDate', 'user.demographic.date_of_birth'],
  ['birthday', 'user.demographic.date_of_birth'],
  ['firstName', 'user.name.first'],
  ['first_name', 'user.name.first'],
  ['lastName', 'user.name.last'],
  ['surname', 'user.name.last'],
  ['fullName', 'user.name'],
  ['phone', 'user.contact.phone_number'],
  ['phoneNumber', 'user.contact.phone_number'],
  ['mobile', 'user.contact.phone_number'],
  ['street', 'user.contact.address.street'],
  ['addressLine1', 'user.contact.address.street'],
  ['postcode', 'user.contact.address.postal_code'],
  ['zip', 'user.contact.address.postal_code'],
  ['zipCode', 'user.contact.address.postal_code'],
  ['city', 'user.contact.address.city'],
  ['billingAddress', 'user.contact.address'],
  ['latitude', 'user.location.precise'],
  ['lng', 'user.location.precise'],
  ['geo', 'user.location.imprecise'],
  ['deviceId', 'user.device.device_id'],
  ['idfa', 'user.device.advertising_id'],
  ['gaid', 'user.device.advertising_id'],
  ['advertisingId', 'user.device.advertising_id'],
  ['password', 'user.authorization.password'],
  ['passwordHash', 'user.authorization.password'],
  ['hashedPassword', 'user.authorization.password'],
  ['accessToken', 'user.authorization.credentials'],
  ['userName', 'user.account.username'],
  ['username', 'user.account.username'],
  ['diagnosis', 'user.health_and_medical'],
  ['religion', 'user.demographic.religious_belief'],
  ['ethnicity', 'user.demographic.race_ethnicity'],
  ['avatarUrl', 'user.content.self_image'],
  ['customerName', 'user.name'],
  ['patientAge', 'user.demographic.age_range'],
  ['employeeAddress', 'user.contact.address'],
  ['searchQuery', 'user.behavior.search_history'],
  ['sessionId', 'user.device.cookie_id'],
];

// Identifiers that look similar but are not personal data.
const negatives: string[] = [
  // Record ids are not guessed from names (docs/taxonomy.md): careful code sends them instead of personal data.
  'userId',
  'stripeCustomerId',
  'anonymousId',
  'emailTemplate',
  'emailSubject',
  'emailEnabled',
  'isEmailVerified',
  'hasEmail',
  'isEmail',
  'emailCount',
  'numEmails',
  'sendEmail',
  'sendWelcomeEmail',
  'welcomeEmail',
  'supportEmail',
  'EMAIL_REGEX',
  'ipfsHash',
  'ipcRenderer',
  'ipv4Regex',
  'serverIp',
  'zipFile',
  'zipArchive',
  'createZip',
  'addressBook',
  'cardType',
  'phoneCountryCode',
  'isMobile',
  'name',
  'fileName',
  'displayName',
  'age',
  'maxAge',
  'gender',
  'address',
  'serverAddress',
  'walletAddress',
  'race',
  'orientation',
  'fingerprint',
  'certFingerprint',
  'dbPassword',
  'resetPassword',
  'forgotPassword',
  'showPassword',
  'passwordPolicy',
  'csrfToken',
  'nextToken',
  'state',
  'country',
  'language',
  'locale',
  'weight',
  'fontWeight',
  'lineHeight',
  'defaultAvatar',
  'maskedEmail',
  'userAgentParser',
  'emailService',
  'userCount',
  'timestamp',
  'createdAt',
];

describe('createNameMatcher on the built-in catalog', () => {
  it.each(positives)('%s → %s', (identifier, category) => {
    expect(matcher.match(identifier)?.category).toBe(category);
  });

  it.each(negatives)('%s is not personal', (identifier) => {
    expect(matcher.match(identifier)).toBeUndefined();
  });

  it('has at least 60 cases', () => {
    expect(positives.length + negatives.length).toBeGreaterThanOrEqual(60);
  });

  it.each([
    ['name', 'user.name'],
    ['displayName', 'user.name'],
    ['age', 'user.demographic.age_range'],
    ['gender', 'user.demographic.gender'],
    ['address', 'user.contact.address'],
    ['country', 'user.contact.address.country'],
    ['locale', 'user.demographic.language'],
    ['weight', 'user.health_and_medical'],
    ['fingerprint', 'user.biometric.fingerprint'],
  ])('bare %s on a person-like object → %s', (identifier, category) => {
    expect(matcher.match(identifier, { personLike: true })?.category).toBe(category);
  });

  it('person context does not turn a qualified generic name personal', () => {
    expect(matcher.match('fileName', { personLike: true })).toBeUndefined();
    expect(matcher.match('maxAge', { personLike: true })).toBeUndefined();
    expect(matcher.match('walletAddress', { personLike: true })).toBeUndefined();
    expect(matcher.match('dbUserName')?.category).toBe('user.account.username');
  });

  it('a person-like leading word gives context only directly before the name', () => {
    expect(matcher.match('userFileName')).toBeUndefined();
    expect(matcher.match('customerGender')?.category).toBe('user.demographic.gender');
  });

  it('the most specific pattern wins', () => {
    expect(matcher.match('userIpAddress', { personLike: true })?.category).toBe('user.device.ip_address');
    expect(matcher.match('customerEmailAddress')?.category).toBe('user.contact.email');
    expect(matcher.match('userName', { personLike: true })?.category).toBe('user.account.username');
  });

  it('reports the pattern that matched', () => {
    expect(matcher.match('customerEmail')).toEqual({ category: 'user.contact.email', pattern: 'email' });
    expect(matcher.match('remote_address')).toEqual({ category: 'user.device.ip_address', pattern: 'remoteAddress' });
  });

  it('memoises and stays consistent across contexts', () => {
    expect(matcher.match('name')).toBeUndefined();
    expect(matcher.match('name', { personLike: true })?.category).toBe('user.name');
    expect(matcher.match('name')).toBeUndefined();
  });
});

describe('createNameMatcher options', () => {
  it('adds config names by key or alias and lets ignoreNames win', () => {
    const custom = createNameMatcher(taxonomy, {
      extraNames: { email: ['mailAddr2', 'correo'], 'user.contact.phone_number': ['handy'] },
      ignoreNames: ['legacyEmail', '/^tmp/'],
    });
    expect(custom.match('correo')?.category).toBe('user.contact.email');
    expect(custom.match('handy')?.category).toBe('user.contact.phone_number');
    expect(custom.match('legacyEmail')).toBeUndefined();
    expect(custom.match('oldLegacyEmail')).toBeUndefined();
    expect(custom.match('tmpPhone')).toBeUndefined();
    expect(custom.match('email')?.category).toBe('user.contact.email');
    expect(matcher.match('correo')).toBeUndefined();
  });

  it('matches names of taxonomy extensions', () => {
    const extended = taxonomy.extend([
      { key: 'user.unique_id.loyalty_number', parent: 'user.unique_id', name: 'Loyalty card number', names: ['loyaltyNo'] },
    ]);
    const extendedMatcher = createNameMatcher(extended);
    expect(extendedMatcher.match('loyaltyNo')?.category).toBe('user.unique_id.loyalty_number');
    expect(extendedMatcher.match('customerLoyaltyNo')?.category).toBe('user.unique_id.loyalty_number');
  });

  it('is fast enough for every identifier of a large program', () => {
    const fresh = createNameMatcher(taxonomy);
    const identifiers = Array.from({ length: 20_000 }, (_, index) => `someValue${index}Holder${index % 7 === 0 ? 'Email' : 'Thing'}`);
    const started = performance.now();
    let personal = 0;
    for (const identifier of identifiers) if (fresh.match(identifier)) personal++;
    const elapsed = performance.now() - started;
    expect(personal).toBe(Math.ceil(20_000 / 7));
    expect(elapsed).toBeLessThan(2_000);
  });
});

describe('isPersonLikeName', () => {
  it.each(['user', 'users', 'currentUser', 'newCustomer', 'customers', 'member', 'contact', 'employee', 'patient', 'person', 'people', 'profile', 'account', 'subscriber', 'visitor', 'buyer', 'recipient', 'applicant', 'student', 'UserDto', 'userData', 'patientRecord', 'me', 'guestUser', 'contactPerson', 'authors'])(
    '%s is person-like',
    (name) => expect(isPersonLikeName(name)).toBe(true),
  );
  it.each(['userId', 'userService', 'userAgent', 'userCount', 'httpClient', 'dbUser', 'rootUser', 'config', 'order', 'product', 'file', 'request', 'userRepository', 'serviceAccount', 'testUser', 'userEmail'])(
    '%s is not person-like',
    (name) => expect(isPersonLikeName(name)).toBe(false),
  );
});
