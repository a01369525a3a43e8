import { stat } from 'node:fs/promises';

/** Whether something is at `file` (a symbolic link is followed); never throws. */
export function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}
