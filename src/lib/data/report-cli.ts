/* `npm run data:report`: prints the data report and exits non-zero on schema failures only. */
import { buildReport } from './report';
import { formatReport } from './report-format';
import { DATA_FILES } from './validate';

const report = buildReport(DATA_FILES, new Date());
console.log(formatReport(report));
process.exitCode = report.exitCode;
