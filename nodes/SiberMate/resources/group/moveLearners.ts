import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import {
	idListField,
	invalidParameter,
	normaliseIdList,
	recordLocator,
	showFor,
	withDisplay,
} from '../../shared';

/** Values of Learners to Move: an explicit choice, so an empty list never moves the whole group. */
export const LEARNERS_TO_MOVE = { all: 'all', selected: 'selected' } as const;

/**
 * The reference lists `learnerIds` of `POST /group-membership/move` as optional without saying
 * what leaving it out does; the node assumes the whole From Group moves (All Learners).
 */
export const MOVE_WITHOUT_LEARNER_IDS_MOVES_ALL = true;

export const moveLearnersFields: INodeProperties[] = withDisplay(
	showFor('group', ['moveLearners']),
	[
		recordLocator('group', {
			name: 'fromGroupId',
			displayName: 'From Group',
			description: 'The group the learners leave',
		}),
		recordLocator('group', {
			name: 'toGroupId',
			displayName: 'To Group',
			description: 'The group the learners join',
		}),
		{
			displayName: 'Learners to Move',
			name: 'learnersToMove',
			type: 'options',
			options: [
				{
					name: 'All Learners in the Group',
					value: LEARNERS_TO_MOVE.all,
					description: 'Every learner of the From Group moves',
				},
				{
					name: 'Selected Learners',
					value: LEARNERS_TO_MOVE.selected,
					description: 'Only the learners listed below move',
				},
			],
			default: 'selected',
		},
		idListField('learner', {
			name: 'learnerIds',
			displayName: 'Learner Names or IDs',
			required: true,
			description: 'Learners to move; they must be in the From Group',
			displayOptions: { show: { learnersToMove: [LEARNERS_TO_MOVE.selected] } },
		}),
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				{
					displayName: 'Preserve Manager Role',
					name: 'preserveManagerRole',
					type: 'boolean',
					default: false,
					description: 'Whether managers of the From Group become managers of the To Group',
				},
			],
		},
	],
);

/**
 * Sends `learnerIds` for Selected Learners, refusing an empty list (an expression that came out
 * empty must not move everyone); All Learners sends none, which the API reads as the whole group.
 */
export async function sendLearnersToMove(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const node = this.getNode();
	const itemIndex = this.getItemIndex();
	const choice = this.getNodeParameter('learnersToMove', LEARNERS_TO_MOVE.selected);
	if (choice === LEARNERS_TO_MOVE.all) return requestOptions;
	if (choice !== LEARNERS_TO_MOVE.selected) {
		throw invalidParameter(
			node,
			itemIndex,
			'learnersToMove',
			`"${String(choice)}" is not an allowed value`,
			`Use "${LEARNERS_TO_MOVE.all}" or "${LEARNERS_TO_MOVE.selected}"`,
		);
	}

	const parameter = 'learnerIds';
	const ids = normaliseIdList(this.getNodeParameter(parameter, []), { node, itemIndex, parameter });
	if (ids.length === 0) {
		throw invalidParameter(
			node,
			itemIndex,
			parameter,
			'choose at least one ID',
			'The list is empty; to move every learner of the From Group, set Learners to Move to All Learners in the Group',
		);
	}
	requestOptions.body = { ...(requestOptions.body as object), learnerIds: ids };
	return requestOptions;
}
