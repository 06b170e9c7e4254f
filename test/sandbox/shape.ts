/**
 * Differences between a value and the shape of a reference example: arrays stay arrays (items
 * checked against the first example item), objects keep every example key, leaves keep their
 * type (null is accepted where the example shows a string or number, for unset dates and scores).
 */
export function shapeProblems(actual: unknown, example: unknown, path = 'data'): string[] {
	if (example === null) return [];
	if (Array.isArray(example)) {
		if (!Array.isArray(actual)) return [`${path} should be an array`];
		if (example.length === 0) return [];
		return actual.flatMap((item, i) => shapeProblems(item, example[0], `${path}[${i}]`));
	}
	if (typeof example === 'object') {
		if (typeof actual !== 'object' || actual === null || Array.isArray(actual)) {
			return [`${path} should be an object`];
		}
		return Object.entries(example as Record<string, unknown>).flatMap(([key, value]) =>
			key in (actual as object)
				? shapeProblems((actual as Record<string, unknown>)[key], value, `${path}.${key}`)
				: [`${path}.${key} is missing`],
		);
	}
	if (actual === null && (typeof example === 'string' || typeof example === 'number')) return [];
	return typeof actual === typeof example ? [] : [`${path} should be a ${typeof example}`];
}
