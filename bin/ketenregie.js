#!/usr/bin/env node
// Runs the TypeScript CLI directly: Node 24 strips the types itself.
import '../src/cli.ts';
