/** Record kinds the node can pick from a list. */
export type RecordKind =
	'learner' | 'group' | 'course' | 'policy' | 'policyTemplate' | 'simulation';

interface KindInfo {
	label: string;
	/** Collection path listing the records. */
	path: string;
	/** Example ID for placeholders. */
	example: string;
	/** List search method name on the node's `methods.listSearch`. */
	search: string;
}

export const RECORD_KINDS: Record<RecordKind, KindInfo> = {
	learner: {
		label: 'Learner',
		path: '/learners',
		example: 'learner_123',
		search: 'searchLearners',
	},
	group: { label: 'Group', path: '/groups', example: 'group_123', search: 'searchGroups' },
	course: { label: 'Course', path: '/courses', example: 'course_123', search: 'searchCourses' },
	policy: { label: 'Policy', path: '/policies', example: 'policy_123', search: 'searchPolicies' },
	policyTemplate: {
		label: 'Policy Template',
		path: '/policy-templates',
		example: 'policy_template_123',
		search: 'searchPolicyTemplates',
	},
	simulation: {
		label: 'Simulation',
		path: '/simulations',
		example: 'simulation_123',
		search: 'searchSimulations',
	},
};
