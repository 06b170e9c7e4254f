/** @type {import('jest').Config} */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test'],
	testMatch: ['**/*.test.ts'],
	transform: {
		'^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.dev.json' }],
	},
	globalSetup: '<rootDir>/test/setup/global.js',
	setupFiles: ['<rootDir>/test/setup/env.js'],
	testTimeout: 30000,
	reporters: ['default', '<rootDir>/test/setup/summaryReporter.js'],
};
