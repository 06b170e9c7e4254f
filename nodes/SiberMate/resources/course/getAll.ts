import type { INodeProperties } from 'n8n-workflow';

import {
	booleanFilter,
	filtersCollection,
	getManyFields,
	showFor,
	withDisplay,
} from '../../shared';

/** `type` values of `GET /courses`. */
export const COURSE_TYPES = ['all', 'training', 'gap_analysis'] as const;

/** `source` values of `GET /courses`. */
export const COURSE_SOURCES = ['all', 'managed', 'custom'] as const;

const display = showFor('course', ['getAll']);

export const getAllFields: INodeProperties[] = [
	...getManyFields(display),
	...withDisplay(display, [
		filtersCollection([
			booleanFilter(
				'excludeGapAnalysis',
				'Exclude Gap Analysis (Legacy)',
				'Whether to leave gap analysis courses out. Legacy filter kept for older workflows: use Type → Training instead.',
			),
			{
				displayName: 'Source',
				name: 'source',
				type: 'options',
				default: 'all',
				description: 'Who created the course',
				options: [
					{ name: 'All', value: 'all', description: 'Catalog and your own courses' },
					{
						name: 'Custom',
						value: 'custom',
						description: 'Courses created for your organization',
					},
					{ name: 'Managed', value: 'managed', description: 'SiberMate-managed catalog courses' },
				],
			},
			{
				displayName: 'Type',
				name: 'type',
				type: 'options',
				default: 'all',
				description: 'Kind of course. Recommended over the legacy Exclude Gap Analysis filter.',
				options: [
					{ name: 'All', value: 'all', description: 'Training and gap analysis courses' },
					{
						name: 'Gap Analysis',
						value: 'gap_analysis',
						description: 'Gap analysis courses only',
					},
					{ name: 'Training', value: 'training', description: 'Standard training courses only' },
				],
			},
		]),
	]),
];
