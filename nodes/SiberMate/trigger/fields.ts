import type { INodeProperties } from 'n8n-workflow';

import { companyScope } from '../shared/companyScope';
import { recordLocator } from '../shared/recordLocator';
import { DEFAULT_FULL_SCAN_INTERVAL_HOURS, DEFAULT_RETENTION_DAYS } from './config';

const oneCompanyOnly = { show: { allCompanies: [false] } };

/** The shared Company field, shown by the trigger's own rule; the trigger reads it in code. */
function triggerCompanyField(): INodeProperties {
	const field: INodeProperties = {
		...companyScope('simulation', []),
		displayOptions: oneCompanyOnly,
	};
	delete field.routing;
	return field;
}

export const triggerProperties: INodeProperties[] = [
	{
		displayName: 'Events',
		name: 'events',
		type: 'multiOptions',
		required: true,
		options: [
			{
				name: 'Clicked (Visited Link)',
				value: 'visit',
				description: 'A learner opened the link in the simulated phishing email',
			},
			{
				name: 'Compromised (Submitted Data)',
				value: 'compromise',
				description: 'A learner submitted data on the simulated phishing page',
			},
			{
				name: 'Opened',
				value: 'open',
				description: 'A learner opened the simulated phishing email',
			},
			{
				name: 'Reported',
				value: 'report',
				description: 'A learner reported the simulated phishing email',
			},
		],
		default: ['open', 'visit', 'compromise', 'report'],
		description: 'Which learner actions on simulated phishing emails start the workflow',
	},
	{
		displayName: 'All Child Companies',
		name: 'allCompanies',
		type: 'boolean',
		default: false,
		description:
			'Whether to watch every child company of an MSP or Distributor key instead of one organization. Each event then carries its companyId.',
	},
	triggerCompanyField(),
	recordLocator('simulation', {
		name: 'simulationId',
		required: false,
		description:
			'Watch only this simulation. Leave empty to watch every simulation. An ID that names no simulation fails the trigger; one that ends and is later removed just stops firing.',
		displayOptions: oneCompanyOnly,
	}),
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options: [
			{
				displayName: 'Forget Finished Simulations After (Days)',
				name: 'retentionDays',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: DEFAULT_RETENTION_DAYS,
				description:
					'Days after a simulation is completed (or no longer listed) during which late events are still delivered. After that its events are no longer watched.',
			},
			{
				displayName: 'Full Scan Interval (Hours)',
				name: 'fullScanIntervalHours',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: DEFAULT_FULL_SCAN_INTERVAL_HOURS,
				description:
					"How often to read every learner's results, to catch events the simulation counters did not reveal (for example when a learner was deleted while another clicked)",
			},
		],
	},
];
