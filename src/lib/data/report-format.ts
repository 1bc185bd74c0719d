import type { DataReport, Finding } from './report';
import { formatCategoryTable } from './report-places';

/** Plain text for the terminal: grouped per file, a count per group, one line per finding. */
export function formatReport(report: DataReport, maxLines = 200): string {
	const out: string[] = [`Data report ${report.today} (sources older than ${report.staleBefore} count as older than 12 months)`];
	const group = (title: string, findings: Finding[] | string[]): void => {
		if (findings.length === 0) return;
		out.push(`  ${title}: ${findings.length}`);
		for (const f of findings.slice(0, maxLines)) {
			out.push(typeof f === 'string' ? `    - ${f}` : `    - ${f.record}  ${f.path}  ${f.detail}`);
		}
		if (findings.length > maxLines) out.push(`    … and ${findings.length - maxLines} more`);
	};
	for (const file of report.files) {
		out.push('', `${file.name} (${file.file}): ${file.records} records`);
		if (file.schemaFailures.length === 0) out.push('  schema: OK');
		group('SCHEMA FAILURES', file.schemaFailures);
		group('required fields missing', file.missingRequired);
		group('dates older than 12 months', file.staleDates);
		if (file.categories) out.push(...formatCategoryTable(file.categories));
		if (file.places) {
			group('places with no date checked, or only an old year', file.places.undatedOrOldYear);
			group('places without a location (still findable by need and wijk)', file.places.noLocation);
			group('places without opening hours', file.places.noHours);
			group('places with status unknown', file.places.statusUnknown);
			group('places left out of the list (no phone, website, street or wijk)', file.places.notListed);
		}
	}
	out.push(
		'',
		report.exitCode === 0
			? 'Result: all files match their schema (exit 0). The lists above are work to do, not errors.'
			: `Result: ${report.schemaFailureCount} schema failure(s) (exit 1). Fix these first: the build stops on them.`
	);
	return out.join('\n');
}
