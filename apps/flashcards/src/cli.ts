#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { deckLanguages } from './index.js';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
const args = process.argv.slice(2);
if (args.includes('--version')) {
  process.stdout.write(`${pkg.version}\n`);
} else {
  process.stdout.write(`cloudvirt-flashcards ${pkg.version}\nLanguages: ${deckLanguages.join(', ')}\n`);
}
