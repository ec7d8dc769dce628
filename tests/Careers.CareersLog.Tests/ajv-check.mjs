// Checks the careers-log fixture corpus with ajv, the reference JavaScript validator, so that the .NET validator can
// be held to the same verdicts. Usage: node ajv-check.mjs <repository root> <cases.json>
// Prints {"<file>": {"valid": bool, "errors": [{"instancePath", "keyword", "params"}]}} as JSON.
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const [root, casesFile] = process.argv.slice(2);
const ajv = new Ajv2020({ allErrors: true, strictTypes: true });
addFormats(ajv);
const validators = {};
for (const version of [1, 2]) {
  const schema = JSON.parse(readFileSync(join(root, "docs/schemas/careers-log", `v${version}.schema.json`), "utf8"));
  validators[version] = ajv.compile(schema);
}

const results = {};
for (const c of JSON.parse(readFileSync(casesFile, "utf8"))) {
  const validate = validators[c.schema];
  const document = JSON.parse(readFileSync(join(dirname(casesFile), c.file), "utf8"));
  const valid = validate(document);
  results[c.file] = {
    valid,
    errors: (validate.errors ?? []).map((e) => ({ instancePath: e.instancePath, keyword: e.keyword, params: e.params })),
  };
}
process.stdout.write(JSON.stringify(results));
