import { createRequire as __doclintRequire } from 'node:module'; import { dirname as __doclintDirname } from 'node:path'; import { fileURLToPath as __doclintPath } from 'node:url'; const require = __doclintRequire(import.meta.url); const __dirname = __doclintDirname(__doclintPath(import.meta.url));

// src/node/version.ts
import { readFileSync } from "node:fs";
import { dirname, isAbsolute, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
function findPackage() {
  for (let folder = dirname(fileURLToPath(import.meta.url)); ; folder = dirname(folder)) {
    try {
      const pkg = JSON.parse(readFileSync(join(folder, "package.json"), "utf8"));
      if (pkg.name === "doclint" && pkg.version) return { root: folder, version: pkg.version };
    } catch {
    }
    if (dirname(folder) === folder) return void 0;
  }
}
function readVersion() {
  return findPackage()?.version ?? "0.0.0";
}
function localRuleDoc(id, cwd) {
  const root = id.includes("/") ? void 0 : findPackage()?.root;
  if (root === void 0) return void 0;
  const page = join(root, "rules", `${id}.md`);
  const below = relative(cwd, page);
  return below.startsWith("..") || isAbsolute(below) ? page : below.split(sep).join("/");
}

export {
  readVersion,
  localRuleDoc
};
