import type { INodeProperties } from 'n8n-workflow';

import { showFor, withDisplay } from '../../shared';
import { splitField } from './fields';

export const courseParticipationFields: INodeProperties[] = withDisplay(
	showFor('report', ['getCourseParticipation']),
	[splitField('learner (with their groups and course results)')],
);
