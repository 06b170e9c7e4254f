/** Polls `check` every second until it returns something truthy, or throws after timeoutMs. */
export async function waitFor<T>(
	what: string,
	timeoutMs: number,
	check: () => T | Promise<T>,
): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = await check();
		if (value) return value;
		if (Date.now() > deadline)
			throw new Error(`Timed out after ${timeoutMs / 1000} s waiting for ${what}`);
		await sleep(1_000);
	}
}

export async function sleep(ms: number): Promise<void> {
	await new Promise((resolve) => setTimeout(resolve, ms));
}
