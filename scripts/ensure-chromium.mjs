#!/usr/bin/env node
// The map's browser test drives a real headless Chromium (Debian's `chromium` package; playwright-core
// never downloads a browser). Installs it when missing and we are root on Debian/Ubuntu; otherwise
// explains how, and fails — the test suite must not silently skip the browser test.
import { execSync } from 'node:child_process';
import fs from 'node:fs';

const executable = process.env.LAWFUL_CHROMIUM ?? '/usr/bin/chromium';
if (fs.existsSync(executable)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = fs.existsSync('/usr/bin/apt-get');
if (isRoot && hasApt) {
  console.log('lawful: installing Debian chromium for the map browser test (apt-get install chromium)…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  if (fs.existsSync(executable)) process.exit(0);
}
console.error(
  `lawful: the browser test needs Chromium at ${executable}.\n` +
    '  Debian/Ubuntu: sudo apt-get install chromium\n' +
    '  Elsewhere: set LAWFUL_CHROMIUM=/path/to/chromium-or-chrome',
);
process.exit(1);
