// Checks the careers-log schemas and fixture corpus with ajv, the reference JavaScript validator, so that the .NET
// validator can be held to the same verdicts.
//
// Usage: node ajv-check.mjs <repository root> <cases.json>
//   Prints {"<file>": {"valid": bool, "errors": [{"instancePath", "keyword", "params"}]}} as JSON.
// Usage: node ajv-check.mjs <repository root> --compile
//   Compiles every published version under each set of options in OPTION_SETS and prints
//   {"<version>": {"<option set>": null | "<the error ajv throws>"}} as JSON.
import { readFileSync, readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

// Versions 1 and 2 are published and immutable, and ajv's full strict mode refuses them: their anyOf branches
// (learner, school, aspiration) and the entry require properties they do not declare (strictRequired). They are
// checked as they always were, with strictTypes. Every version from 3 on must compile under strict: true.
const FIRST_STRICT_VERSION = 3;
const optionsFor = (version) => (version >= FIRST_STRICT_VERSION ? { strict: true } : { strictTypes: true });

const OPTION_SETS = {
  strict: { strict: true },
  strictWithoutStrictRequired: { strict: true, strictRequired: false },
  strictTypes: { strictTypes: true },
  strictRequiredOnly: { strictRequired: true },
  defaults: {},
  notStrict: { strict: false },
};

const [root, mode] = process.argv.slice(2);
const directory = join(root, "docs/schemas/careers-log");
const versions = readdirSync(directory)
  .map((name) => /^v([0-9]+)\.schema\.json$/.exec(name))
  .filter((match) => match)
  .map((match) => Number(match[1]))
  .sort((a, b) => a - b);
const schemaOf = (version) => JSON.parse(readFileSync(join(directory, `v${version}.schema.json`), "utf8"));

// Strict-mode findings throw (strict: true) or are logged (the defaults); keep the log quiet, the verdict is the throw.
const quiet = { log() {}, warn() {}, error() {} };
const compile = (version, options) => {
  const ajv = new Ajv2020({ allErrors: true, logger: quiet, ...options });
  addFormats(ajv);
  return ajv.compile(schemaOf(version));
};

if (mode === "--compile") {
  const results = {};
  for (const version of versions) {
    results[version] = {};
    for (const [name, options] of Object.entries(OPTION_SETS)) {
      try {
        compile(version, options);
        results[version][name] = null;
      } catch (error) {
        results[version][name] = String(error.message);
      }
    }
  }
  process.stdout.write(JSON.stringify({ firstStrictVersion: FIRST_STRICT_VERSION, versions: results }));
} else {
  const validators = {};
  for (const version of versions) {
    validators[version] = compile(version, optionsFor(version));
  }

  const results = {};
  for (const c of JSON.parse(readFileSync(mode, "utf8"))) {
    const validate = validators[c.schema];
    const document = JSON.parse(readFileSync(join(dirname(mode), c.file), "utf8"));
    const valid = validate(document);
    results[c.file] = {
      valid,
      errors: (validate.errors ?? []).map((e) => ({ instancePath: e.instancePath, keyword: e.keyword, params: e.params })),
    };
  }
  process.stdout.write(JSON.stringify(results));
}
