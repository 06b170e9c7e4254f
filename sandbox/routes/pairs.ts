import { batchSuccess, type IdError, type PairFailure } from '../assumptions';

/**
 * The `{ success, completed, failures, errors }` answer of enrol/remind/assign: unknown IDs
 * become `errors`, each valid learner/target pair is either completed or a failure.
 */
export function pairAction<T>(options: {
	kind: 'course' | 'policy';
	learnerIds: string[];
	targetIds: string[];
	learnerExists: (id: string) => boolean;
	findTarget: (id: string) => T | undefined;
	/** Applies the action; returns a failure `[code, message]` or null when done. */
	apply: (learnerId: string, target: T) => [string, string] | null;
}) {
	const field = options.kind === 'course' ? 'courseId' : 'policyId';
	const errors: IdError[] = [];
	const failures: PairFailure[] = [];
	const completed: Array<Record<string, string>> = [];
	const learnerIds = [...new Set(options.learnerIds)];
	const targetIds = [...new Set(options.targetIds)];

	for (const id of learnerIds.filter((l) => !options.learnerExists(l))) {
		errors.push({
			id,
			kind: 'learner',
			code: 'not_found',
			message: `learner '${id}' was not found`,
		});
	}
	const targets = new Map<string, T>();
	for (const id of targetIds) {
		const target = options.findTarget(id);
		if (target) targets.set(id, target);
		else
			errors.push({
				id,
				kind: options.kind,
				code: 'not_found',
				message: `${options.kind} '${id}' was not found`,
			});
	}
	for (const learnerId of learnerIds.filter(options.learnerExists)) {
		for (const [targetId, target] of targets) {
			const failure = options.apply(learnerId, target);
			if (failure)
				failures.push({ learnerId, [field]: targetId, code: failure[0], message: failure[1] });
			else completed.push({ learnerId, [field]: targetId });
		}
	}
	return { success: batchSuccess(completed.length), completed, failures, errors };
}
