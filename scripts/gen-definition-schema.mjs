#!/usr/bin/env node
// Publishes the plan-definition format as a JSON Schema, packages/plans/dist/schemas/
// plan-definition.schema.json (`@thidua/plans/schemas/plan-definition.schema.json`), from the
// TypeBox schemas in @thidua/core. Runs after build-artifacts.mjs, which empties that folder.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { planDefinitionJsonSchema } from '@thidua/core/plan-definition';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SCHEMA_FILE = path.join(root, 'packages/plans/dist/schemas/plan-definition.schema.json');

/** The file's text, exactly as published. */
export function definitionSchemaText() {
  return JSON.stringify(planDefinitionJsonSchema(), null, 2) + '\n';
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  fs.mkdirSync(path.dirname(SCHEMA_FILE), { recursive: true });
  fs.writeFileSync(SCHEMA_FILE, definitionSchemaText());
  console.log(`plan-definition schema → ${path.relative(root, SCHEMA_FILE)}`);
}
