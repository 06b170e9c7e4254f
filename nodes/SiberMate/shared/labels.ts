/** A parameter name as users read it: `learnerIds` → `Learner IDs`, `additionalFields.locale` → `Locale`. */
export function parameterLabel(parameter: string): string {
	const last = parameter.split('.').pop() ?? parameter;
	const words = last
		.replace(/([a-z0-9])([A-Z])/g, '$1 $2')
		.split(' ')
		.map((word) => word.replace(/^Id(s?)$/i, 'ID$1').replace(/^id(s?)$/, 'ID$1'));
	const text = words.join(' ');
	return text.charAt(0).toUpperCase() + text.slice(1);
}
