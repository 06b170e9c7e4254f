import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { RECORD_KINDS, type RecordKind } from '../shared/kinds';
import { byName, learnerLabel, listRecords, type Label } from './records';

function optionsOf(kind: RecordKind, label: Label = byName) {
	return async function (this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		return await listRecords.call(this, RECORD_KINDS[kind].path, undefined, label, true);
	};
}

/** Options of the ID-list pickers (names in shared/idListField.ts). */
export const getLearners = optionsOf('learner', learnerLabel);
export const getGroups = optionsOf('group');
export const getCourses = optionsOf('course');
export const getPolicies = optionsOf('policy');
