import type { INodeProperties } from 'n8n-workflow';

import { idListField, showFor } from '../../shared';

export const replaceManagersFields: INodeProperties[] = [
	idListField('manager', {
		name: 'managerIds',
		displayName: 'Manager Names or IDs',
		description:
			'The complete list of managers of the group. Managers not listed lose the role; an empty list removes every manager',
		displayOptions: showFor('group', ['replaceManagers']),
	}),
];
