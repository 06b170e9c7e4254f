// One plain closing line ("jest: N passed, N failed") that CI logs can be read by.
class SummaryReporter {
	onRunComplete(_contexts, results) {
		const skipped = results.numPendingTests + results.numTodoTests;
		const tail = skipped ? `, ${skipped} skipped` : '';
		process.stdout.write(
			`jest: ${results.numPassedTests} passed, ${results.numFailedTests} failed${tail}\n`,
		);
	}
}

module.exports = SummaryReporter;
