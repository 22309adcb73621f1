/** What a plan or a write does to one managed ESC path: shared by the ESC code that makes it and the reporter that shows it. */

export type ChangeAction = 'add' | 'update' | 'unchanged' | 'remove';

/** What happens (or happened) to one managed ESC path. Names and paths only, never values. */
export interface Change {
  secret: string;
  /** Path relative to `values`. */
  path: string;
  /** Path of the environment-variable export, relative to `values`; none for a removed legacy key. */
  exportPath?: string;
  action: ChangeAction;
}

/** A key of a legacy secret name found in the environment. */
export interface LegacyKey {
  secret: string;
  /** Path relative to `values`. */
  path: string;
}

export const countChanges = (changes: readonly Change[], action: ChangeAction): number =>
  changes.filter((c) => c.action === action).length;
