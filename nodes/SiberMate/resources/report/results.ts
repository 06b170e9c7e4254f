import type { INodeProperties } from 'n8n-workflow';

import { showFor, simplifyField, withDisplay } from '../../shared';

/** Course Results and Gap Analysis Results share their row shape. */
export const resultsFields: INodeProperties[] = withDisplay(
	showFor('report', ['getCourseResults', 'getGapAnalysisResults']),
	[simplifyField],
);
