import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { apiRequest } from '../transport';
import { LEARNER_LOOKUP_MODES } from './recordLocator';
import { sameText } from './values';

type LookupMode = (typeof LEARNER_LOOKUP_MODES)[keyof typeof LEARNER_LOOKUP_MODES];

const LOOKUP_FIELD: Record<LookupMode, { field: string; label: string }> = {
	email: { field: 'email', label: 'email' },
	externalId: { field: 'externalLearnerId', label: 'external ID' },
};

export function isLearnerLookupMode(mode: string | undefined): mode is LookupMode {
	return mode === LEARNER_LOOKUP_MODES.email || mode === LEARNER_LOOKUP_MODES.externalId;
}

/**
 * The ID of the one learner with this email (case-insensitive) or external ID. The API has no
 * filter for either, so this reads `GET /learners` (scoped by `companyQuery`) and matches locally.
 * `forWrite`: the learner is looked up for a write, which always acts on the own organization.
 */
export async function findLearnerId(
	this: IExecuteSingleFunctions,
	mode: LookupMode,
	value: string,
	parameter: string,
	companyQuery: IDataObject = {},
	forWrite = false,
): Promise<string> {
	const itemIndex = this.getItemIndex();
	const { field, label } = LOOKUP_FIELD[mode];
	if (!value) {
		throw new NodeOperationError(this.getNode(), `Enter the learner's ${label}`, {
			itemIndex,
			description: `Parameter "${parameter}" is empty.`,
		});
	}

	const learners = ((await apiRequest.call(this, 'GET', '/learners', {
		qs: companyQuery,
		itemIndex,
	})) ?? []) as IDataObject[];
	const matches = learners.filter((learner) =>
		sameText(learner[field], value, mode === LEARNER_LOOKUP_MODES.email),
	);

	if (matches.length === 1) return String(matches[0].id);
	const where = companyQuery.companyId
		? `in company "${String(companyQuery.companyId)}"`
		: 'in your own organization';
	throw new NodeOperationError(
		this.getNode(),
		matches.length === 0
			? `No learner ${where} has the ${label} "${value}"`
			: `${matches.length} learners ${where} have the ${label} "${value}"`,
		{
			itemIndex,
			description:
				matches.length === 0
					? `${searched(companyQuery, forWrite)}Check parameter "${parameter}", or pick the learner From List or By ID.`
					: `Pick the learner By ID instead (parameter "${parameter}").`,
		},
	);
}

/**
 * Says which organization was searched when no Company scope applies, as MSP users may expect a
 * child's; why, only for writes (reads could have chosen a company).
 */
function searched(companyQuery: IDataObject, forWrite: boolean): string {
	if (companyQuery.companyId) return '';
	return forWrite
		? "The API key's own organization was searched: writes always act on it, so an MSP key cannot change a child company's learner. "
		: "The API key's own organization was searched. ";
}
