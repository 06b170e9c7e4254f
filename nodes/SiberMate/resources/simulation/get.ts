import type { INodeProperties } from 'n8n-workflow';

import { recordLocator, showFor } from '../../shared';

export const getFields: INodeProperties[] = [
	recordLocator('simulation', {
		name: 'simulationId',
		description: 'The phishing simulation to retrieve',
		displayOptions: showFor('simulation', ['get']),
	}),
];
