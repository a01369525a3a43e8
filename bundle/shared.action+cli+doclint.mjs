import { createRequire as __doclintRequire } from 'node:module'; const require = __doclintRequire(import.meta.url);

// src/node/version.ts
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
function readVersion() {
  for (let folder = dirname(fileURLToPath(import.meta.url)); ; folder = dirname(folder)) {
    try {
      const pkg = JSON.parse(readFileSync(join(folder, "package.json"), "utf8"));
      if (pkg.name === "doclint" && pkg.version) return pkg.version;
    } catch {
    }
    if (dirname(folder) === folder) return "0.0.0";
  }
}

export {
  readVersion
};
