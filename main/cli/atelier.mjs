#!/usr/bin/env node
// `atelier` — the command-line tool for IT staff and scripts. It runs from a plain
// `npm install`, without a build: tsx compiles the TypeScript modules on the fly.
import { register } from 'tsx/esm/api';

register();
const { runAtelier } = await import('./atelier-command.ts');
process.exitCode = await runAtelier(process.argv.slice(2));
