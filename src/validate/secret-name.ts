/**
 * Why GitHub cannot store a secret of this name, or undefined when it can: only letters, digits and
 * underscores, not starting with a digit, not starting with GITHUB_ (matched case-insensitively,
 * since GitHub stores names upper-case).
 */
export function secretNameProblem(name: string): string | undefined {
  if (!name) return 'is empty';
  if (!/^[A-Za-z0-9_]+$/.test(name)) return 'may hold only letters, digits and underscores';
  if (/^[0-9]/.test(name)) return 'may not start with a digit';
  if (/^GITHUB_/i.test(name)) return 'may not start with GITHUB_, a prefix GitHub reserves';
  return undefined;
}
