// Writes schema/doclint.schema.json, the JSON Schema of a config file, from the built sources:
// configSchema(builtinRules), so that every rule's options are in it, and any namespaced rule id
// (`acme/no-todo`), since an editor cannot know a project's plugins. `npm run build:schema`
// builds first; test/schema.test.ts fails when the committed file is stale.
import { writeFileSync } from 'node:fs';
import { configSchema } from '../dist/src/node/config/validate.js';
import { builtinRules } from '../dist/rules/index.js';

const target = new URL('../schema/doclint.schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(configSchema(builtinRules, { anyPluginRule: true }), null, 2)}\n`);
console.log('wrote schema/doclint.schema.json');
