import { createRequire as __doclintRequire } from 'node:module'; import { dirname as __doclintDirname } from 'node:path'; import { fileURLToPath as __doclintPath } from 'node:url'; const require = __doclintRequire(import.meta.url); const __dirname = __doclintDirname(__doclintPath(import.meta.url));

// src/node/argv.ts
import { lstatSync } from "node:fs";
import { resolve } from "node:path";
function existsIn(cwd) {
  return (name) => {
    try {
      lstatSync(resolve(cwd, name));
      return true;
    } catch {
      return false;
    }
  };
}
function protectFileArguments(argv, exists) {
  const out = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      out.push(...argv.slice(i));
      break;
    }
    out.push(arg.length > 1 && arg.startsWith("-") && exists(arg) ? `./${arg}` : arg);
  }
  return out;
}

export {
  existsIn,
  protectFileArguments
};
