import { getExecOutput } from '@actions/exec';

/** How a local program answered: ran and succeeded (with its first line of output), ran and failed, or is not installed. */
export type ProgramResult =
  { status: 'ok'; firstLine: string } | { status: 'failed'; exitCode: number } | { status: 'missing' };

/**
 * Runs a program the way the checklist needs: through @actions/exec (which finds it on PATH the
 * same way on every platform), silently, never failing on its exit code. A program that is not
 * installed is a result, not an exception; its output is never printed (it may hold a token).
 */
export async function runProgram(command: string, args: string[]): Promise<ProgramResult> {
  try {
    const { exitCode, stdout } = await getExecOutput(command, args, { silent: true, ignoreReturnCode: true });
    return exitCode === 0 ? { status: 'ok', firstLine: stdout.split('\n')[0].trim() } : { status: 'failed', exitCode };
  } catch (error) {
    // @actions/io's which() throws "Unable to locate executable file" for a program not on PATH.
    if (error instanceof Error && /Unable to locate executable file/.test(error.message)) return { status: 'missing' };
    throw error;
  }
}
