/** Sent in User-Agent; a test keeps it equal to package.json's version. */
export const ACTION_VERSION = '1.0.0';
export const USER_AGENT = `lambda-h200-sync/${ACTION_VERSION}`;

/** Where the action lives: its SARIF tool's home, and where faults of the action are reported. */
export const ACTION_HOME = 'https://github.com/lynn-sophia/lambda-h200-sync';
