/** Static building blocks of the seed: names, catalog, templates, breached services. */

export const FIRST_NAMES = [
	'Ari',
	'Maya',
	'Budi',
	'Siti',
	'Daniel',
	'Aisha',
	'Kevin',
	'Nadia',
	'Rizky',
	'Grace',
	'Hannah',
	'Omar',
	'Lucas',
	'Mei',
	'Farah',
	'Jonas',
	'Priya',
	'Tomas',
	'Lina',
	'Arjun',
	'Chloe',
	'Dewi',
	'Ethan',
	'Fatima',
	'Gabriel',
	'Hiro',
	'Irene',
	'Jasper',
	'Kirana',
	'Leo',
	'Mira',
	'Noah',
	'Olivia',
	'Putra',
	'Quinn',
	'Rina',
	'Samuel',
	'Tara',
	'Umar',
	'Vera',
];

export const LAST_NAMES = [
	'Pratama',
	'Tan',
	'Santoso',
	'Wijaya',
	'Lim',
	'Rahman',
	'Nguyen',
	'Smith',
	'Garcia',
	'Kumar',
	'Chen',
	'Hassan',
	'Muller',
	'Rossi',
	'Silva',
	'Kowalski',
	'Okafor',
	'Yamada',
	'Lee',
	'Brown',
	'Hartono',
	'Setiawan',
	'Ibrahim',
	'Fischer',
	'Novak',
	'Costa',
	'Reyes',
	'Suzuki',
	'Wong',
	'Ali',
];

export const DEPARTMENTS = [
	'Finance',
	'Engineering',
	'Sales',
	'Marketing',
	'Human Resources',
	'IT',
	'Operations',
	'Legal',
	'Customer Support',
];

export const LOCALES = ['en', 'en', 'en', 'en', 'id', 'ms', 'fr'];

export const MANAGED_COURSES = [
	{ name: 'Security Awareness Essentials', subject: 'Security Awareness', difficulty: 1 },
	{ name: 'Phishing Fundamentals', subject: 'Phishing', difficulty: 1 },
	{ name: 'Password Hygiene', subject: 'Passwords', difficulty: 1 },
	{ name: 'Social Engineering Defence', subject: 'Social Engineering', difficulty: 2 },
	{ name: 'Safe Remote Working', subject: 'Remote Work', difficulty: 2 },
	{ name: 'Data Protection and Privacy', subject: 'Privacy', difficulty: 2 },
	{ name: 'Incident Reporting', subject: 'Incident Response', difficulty: 3 },
];

export const MANAGED_GAP_ANALYSIS = {
	name: 'Cyber Security Gap Analysis',
	subject: 'Gap Analysis',
	difficulty: 2,
};

export const MANAGED_TEMPLATES = [
	{ name: 'Acceptable Use Policy Template', type: 'pdf', category: 'compliance', isLive: true },
	{ name: 'Password Policy Template', type: 'pdf', category: 'security', isLive: true },
	{ name: 'Remote Work Policy Template', type: 'text', category: 'hr', isLive: true },
	{ name: 'Data Protection Policy Template', type: 'pdf', category: 'privacy', isLive: true },
	{ name: 'Incident Response Policy Template', type: 'pdf', category: 'security', isLive: false },
] as const;

export const BREACH_SERVICES = [
	{
		name: 'Example Social Network',
		breachDate: '2024-03-01',
		category: 'social',
		classes: ['Email addresses', 'Passwords', 'Usernames'],
	},
	{
		name: 'Photo Sharing App',
		breachDate: '2023-08-14',
		category: 'technology',
		classes: ['Email addresses', 'Names'],
	},
	{
		name: 'Online Retailer',
		breachDate: '2022-11-30',
		category: 'retail',
		classes: ['Email addresses', 'Phone numbers', 'Physical addresses'],
	},
	{
		name: 'Gaming Forum',
		breachDate: '2021-05-19',
		category: 'gaming',
		classes: ['Email addresses', 'Passwords', 'IP addresses'],
	},
	{
		name: 'Travel Booking Site',
		breachDate: '2025-02-07',
		category: 'travel',
		classes: ['Email addresses', 'Dates of birth', 'Passwords'],
	},
	{
		name: 'Fitness Tracker',
		breachDate: '2020-09-23',
		category: 'health',
		classes: ['Email addresses', 'Genders'],
	},
];

export interface CompanySeed {
	id: string;
	name: string;
	domain: string;
	domainLock: boolean;
	accountType: 'tenant' | 'msp';
	parentId: string | null;
	learners: number;
	departments: number;
	withKey: boolean;
	customCourses: Array<{ name: string; type: 'training' | 'gap_analysis' }>;
	customTemplates: string[];
}

export const COMPANY_SEEDS: Record<'tenant' | 'msp' | 'childA' | 'childB' | 'other', CompanySeed> =
	{
		tenant: {
			id: 'company_acme',
			name: 'Acme Security',
			domain: 'acme.example',
			domainLock: true,
			accountType: 'tenant',
			parentId: null,
			learners: 240,
			departments: 9,
			withKey: true,
			customCourses: [
				{ name: 'Acme Secure Coding', type: 'training' },
				{ name: 'Acme Finance Controls Gap Analysis', type: 'gap_analysis' },
			],
			customTemplates: ['Acme Clean Desk Template'],
		},
		msp: {
			id: 'company_northwind',
			name: 'Northwind Managed Security',
			domain: 'msp.example',
			domainLock: true,
			accountType: 'msp',
			parentId: null,
			learners: 16,
			departments: 3,
			withKey: true,
			customCourses: [{ name: 'Northwind Client Data Handling', type: 'training' }],
			customTemplates: [],
		},
		childA: {
			id: 'company_globex',
			name: 'Globex Corporation',
			domain: 'globex.example',
			domainLock: true,
			accountType: 'tenant',
			parentId: 'company_northwind',
			learners: 60,
			departments: 5,
			withKey: false,
			customCourses: [{ name: 'Globex Onboarding Security', type: 'training' }],
			customTemplates: [],
		},
		childB: {
			id: 'company_initech',
			name: 'Initech',
			domain: 'initech.example',
			domainLock: false,
			accountType: 'tenant',
			parentId: 'company_northwind',
			learners: 40,
			departments: 4,
			withKey: false,
			customCourses: [],
			customTemplates: [],
		},
		other: {
			id: 'company_umbrella',
			name: 'Umbrella Labs',
			domain: 'umbrella.example',
			domainLock: false,
			accountType: 'tenant',
			parentId: null,
			learners: 30,
			departments: 3,
			withKey: true,
			customCourses: [{ name: 'Umbrella Lab Safety and Security', type: 'training' }],
			customTemplates: ['Umbrella Lab Access Template'],
		},
	};
