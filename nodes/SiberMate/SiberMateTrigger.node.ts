import type {
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { searchCompanies, searchSimulations } from './methods/listSearch';
import { CREDENTIAL_TYPE } from './transport';
import { configFingerprint, readConfig } from './trigger/config';
import { triggerProperties } from './trigger/fields';
import { eventItem } from './trigger/items';
import { pollEvents } from './trigger/poll';
import { sampleEvents } from './trigger/sample';
import { claimPoll, readState, releasePoll, writeState } from './trigger/state';

export class SiberMateTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'SiberMate Trigger',
		name: 'siberMateTrigger',
		icon: { light: 'file:../../icons/sibermate.svg', dark: 'file:../../icons/sibermate.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["events"].join(", ")}}',
		description:
			'Starts the workflow when learners open, click, submit data on or report a simulated phishing email',
		defaults: { name: 'SiberMate Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: CREDENTIAL_TYPE, required: true }],
		properties: triggerProperties,
	};

	methods = { listSearch: { searchCompanies, searchSimulations } };

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const config = readConfig.call(this);
		if (this.getMode() === 'manual') {
			const sample = await sampleEvents(this, config);
			return sample.length ? [sample.map(eventItem)] : null;
		}

		const staticData = this.getWorkflowStaticData('node');
		if (!claimPoll(staticData)) return null;
		try {
			const previous = readState(staticData, configFingerprint(config));
			const { state, events } = await pollEvents(this, config, previous, Date.now());
			writeState(staticData, state);
			return events.length ? [events.map(eventItem)] : null;
		} finally {
			releasePoll(staticData);
		}
	}
}
