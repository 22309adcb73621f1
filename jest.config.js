// ESM throughout: ts-jest compiles the TypeScript, the emulator's plain JS runs as is.
/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', diagnostics: { ignoreCodes: ['TS151001'] } }],
  },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  testTimeout: 30000,
  // Most suites wait on child processes (bundle runs) and loopback servers, not on the CPU: one worker
  // per core (jest's default leaves one core idle) halves the suite's wall time on a 2-core machine.
  maxWorkers: '100%',
};
