/**
 * File names are never options. `doclint *.md` and the pre-commit hook pass file names as
 * arguments, and a page can be named `--help.md`, `--config=evil.md` or `--output-file=index.md`:
 * read as options, they would print help and lint nothing, load another config (and its
 * plugins), or overwrite a page with the report.
 *
 * The rule: before `--`, an argument that starts with `-` and names an existing file or folder
 * (relative to the working directory, not following a symbolic link) is a path, never an option.
 * It is passed on as `./name`, which the option parser cannot read as an option, so it is linted
 * as a page, or, right after an option that takes a value (`-o --x.md`), is that option's value,
 * a path too. Everything after `--` is a path already. An option whose name is not a file
 * (`--help`, `-o`, `--format=json`) is an option as before.
 */
import { lstatSync } from 'node:fs';
import { resolve } from 'node:path';

/** Whether `name` exists in `cwd` (a file, folder, or a symbolic link of that name). */
export function existsIn(cwd: string): (name: string) => boolean {
  return (name) => {
    try {
      lstatSync(resolve(cwd, name));
      return true;
    } catch {
      return false;
    }
  };
}

/** `argv` with every option-like argument that names an existing file turned into `./name` (see the module comment). */
export function protectFileArguments(argv: readonly string[], exists: (name: string) => boolean): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      out.push(...argv.slice(i));
      break;
    }
    out.push(arg.length > 1 && arg.startsWith('-') && exists(arg) ? `./${arg}` : arg);
  }
  return out;
}
