/**
 * Runs `work` on `items` with at most `limit` in flight, and starts no new item once `enough()`
 * says so. After a failure no new item starts; the first error is thrown once the others settle.
 * Returns how many items were started.
 */
export async function forEachBounded<T>(
	items: readonly T[],
	limit: number,
	work: (item: T) => Promise<void>,
	enough: () => boolean = () => false,
): Promise<number> {
	let next = 0;
	let failure: { error: unknown } | undefined;

	const lane = async () => {
		while (!failure && next < items.length && !enough()) {
			const item = items[next++];
			try {
				await work(item);
			} catch (error) {
				failure = failure ?? { error };
			}
		}
	};
	await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));

	if (failure) throw failure.error;
	return next;
}
