// Validates rendered Kubernetes manifests (files named on the command line, YAML, several documents each)
// without a cluster: every object against its kind's JSON schema from kubernetes-models, then through
// TypeScript's excess-property check against the same API types, because the schemas accept fields they
// do not know and a misspelt probe or limit would otherwise pass. Exits 1 on the first file with errors.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseAllDocuments } from "yaml";

const here = dirname(fileURLToPath(import.meta.url));
// API groups outside Kubernetes itself: the External Secrets Operator's.
const customGroups = { "external-secrets.io/v1": "@kubernetes-models/external-secrets/external-secrets.io/v1" };
const modelModule = (apiVersion) => customGroups[apiVersion] ?? `kubernetes-models/${apiVersion}`;

async function schemaErrors(object) {
  const { apiVersion, kind } = object;
  let models;
  try {
    models = await import(modelModule(apiVersion));
  } catch {
    return [`unknown apiVersion ${apiVersion}`];
  }
  if (typeof models[kind] !== "function") return [`unknown kind ${kind} in ${apiVersion}`];
  try {
    new models[kind](object).validate();
    return [];
  } catch (error) {
    return (error.errors ?? [error]).map((e) => `${e.instancePath ?? ""} ${e.message}`);
  }
}

// One module per manifest file: each object typed as its kind, so tsc reports any field the API lacks.
function typedModule(objects) {
  const imports = objects.map((o, i) => `import type { I${o.kind} as T${i} } from "${modelModule(o.apiVersion)}";`);
  const checks = objects.map((o, i) => `export const object${i}: T${i} = ${JSON.stringify(o, null, 2)};`);
  return [...imports, ...checks].join("\n") + "\n";
}

let failed = false;
const checkDirectory = join(here, ".check");
rmSync(checkDirectory, { recursive: true, force: true });
mkdirSync(checkDirectory);
for (const [index, file] of process.argv.slice(2).entries()) {
  const documents = parseAllDocuments(readFileSync(file, "utf8"));
  const objects = documents.map((d) => d.toJS()).filter((o) => o !== null);
  for (const d of documents.filter((d) => d.errors.length > 0)) {
    console.error(`${file}: YAML: ${d.errors[0].message}`);
    failed = true;
  }
  for (const object of objects) {
    for (const error of await schemaErrors(object)) {
      console.error(`${file}: ${object.kind} ${object.metadata?.name}: ${error}`);
      failed = true;
    }
  }
  writeFileSync(join(checkDirectory, `m${index}-${basename(file)}.ts`), typedModule(objects));
}
try {
  execFileSync(join(here, "node_modules/.bin/tsc"), ["-p", here], { stdio: "inherit" });
} catch {
  failed = true;
}
console.log(failed ? "Manifests: INVALID" : `Manifests: valid (${process.argv.length - 2} files)`);
process.exit(failed ? 1 : 0);
