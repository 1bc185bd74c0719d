import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { nginxSnippet } from '../../../deploy/csp-header.mjs';
import { BUILD_DIR } from '../support/pages';

const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

// The other nginx tests replace the "your site" lines; this one checks the file as a web team
// gets it, TLS lines included, with only the certificate paths pointed at a throwaway certificate.
test('deploy/nginx.conf as shipped passes nginx -t', () => {
	const temp = mkdtempSync(join(tmpdir(), 'hulpwijzer-nginx-t-'));
	try {
		mkdirSync(join(temp, 'hulpwijzer'));
		copyFileSync('deploy/hulpwijzer-headers.conf', join(temp, 'hulpwijzer/headers.conf'));
		writeFileSync(join(temp, 'hulpwijzer/csp.conf'), nginxSnippet(BUILD_DIR));
		execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=hulpwijzer.example.nl', '-keyout', join(temp, 'key.pem'), '-out', join(temp, 'cert.pem')], { stdio: 'ignore' });
		const site = readFileSync('deploy/nginx.conf', 'utf8')
			.replace('/etc/ssl/certs/hulpwijzer.example.nl.pem', join(temp, 'cert.pem'))
			.replace('/etc/ssl/private/hulpwijzer.example.nl.key', join(temp, 'key.pem'))
			.replace('root /srv/hulpwijzer/build;', `root ${resolve(BUILD_DIR)};`);
		writeFileSync(join(temp, 'site.conf'), site);
		writeFileSync(
			join(temp, 'nginx.conf'),
			`pid ${temp}/nginx.pid;\nevents {}\nhttp {\n\tinclude /etc/nginx/mime.types;\n\tinclude ${temp}/site.conf;\n}\n`
		);
		const result = spawnSync(NGINX, ['-t', '-q', '-p', temp, '-c', join(temp, 'nginx.conf'), '-e', 'stderr'], { encoding: 'utf8' });
		// No error and no warning either (-q keeps nginx quiet otherwise).
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
	} finally {
		rmSync(temp, { recursive: true, force: true });
	}
});
