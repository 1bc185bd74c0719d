#!/usr/bin/env node
// npm run serve:nginx: the built app behind Debian's nginx with deploy/nginx.conf, on a loopback
// port, in the foreground (a Playwright webServer). Only the "your site" lines of the config are
// replaced (port and build folder); everything else is the file a web team copies.
//
//   node test/tools/serve-nginx.mjs [--port 4273] [--root build]
//
// Config, pid and temp files live in a temporary folder, removed on exit. SIGHUP "deploys":
// the CSP header is generated again from the root (which may be a symlink that was switched)
// and nginx reloads, as deploy/README.md tells a web team to do after each release.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { nginxSnippet } from '../../deploy/csp-header.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { values } = parseArgs({ options: { port: { type: 'string' }, root: { type: 'string' } } });
const root = resolve(values.root ?? process.env.HULPWIJZER_BUILD_DIR ?? 'build');
const nginx = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const mimeTypes = '/etc/nginx/mime.types';

if (!existsSync(join(root, '200.html'))) {
	console.error(`No built app in ${root}: run "npm run build" first.`);
	process.exit(1);
}
if (!existsSync(nginx) || !existsSync(mimeTypes)) {
	console.error(`nginx not found (${nginx}, ${mimeTypes}): run "bash test/tools/ensure-debian-package.sh nginx".`);
	process.exit(1);
}

/** A port nothing listens on right now. @returns {Promise<number>} */
function freePort() {
	return new Promise((done, fail) => {
		const probe = createServer().once('error', fail);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			probe.close(() => done(typeof address === 'object' && address ? address.port : 0));
		});
	});
}

const port = Number(values.port ?? process.env.HULPWIJZER_NGINX_PORT ?? (await freePort()));
const temp = mkdtempSync(join(tmpdir(), 'hulpwijzer-nginx-'));
mkdirSync(join(temp, 'hulpwijzer'));
copyFileSync(join(repo, 'deploy/hulpwijzer-headers.conf'), join(temp, 'hulpwijzer/headers.conf'));
const writeCsp = () => writeFileSync(join(temp, 'hulpwijzer/csp.conf'), nginxSnippet(root));
writeCsp();

const site = readFileSync(join(repo, 'deploy/nginx.conf'), 'utf8');
const siteLines = /\t# --- your site ---\n[\s\S]*?\t# --- end of your site ---\n/;
if (!siteLines.test(site)) throw new Error('deploy/nginx.conf lost its "your site" markers.');
writeFileSync(join(temp, 'site.conf'), site.replace(siteLines, `\tlisten 127.0.0.1:${port};\n\troot ${root};\n`));

writeFileSync(
	join(temp, 'nginx.conf'),
	[
		// As root, nginx's workers would run as "nobody", who may not read a checkout under /root.
		// This server listens on loopback only, for the tests.
		process.getuid?.() === 0 ? 'user root;' : '',
		'worker_processes 1;',
		`pid ${temp}/nginx.pid;`,
		'error_log stderr warn;',
		'daemon off;',
		'events { worker_connections 256; }',
		'http {',
		`\tinclude ${mimeTypes};`,
		'\tdefault_type application/octet-stream;',
		// Quiet test output: the tests ask for missing files on purpose.
		'\taccess_log off;',
		'\tlog_not_found off;',
		'\tsendfile on;',
		...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `\t${kind}_temp_path ${temp}/${kind};`),
		`\tinclude ${temp}/site.conf;`,
		'}',
		''
	].join('\n')
);

const server = spawn(nginx, ['-p', temp, '-c', join(temp, 'nginx.conf'), '-e', 'stderr'], { stdio: 'inherit' });
console.log(`Hulpwijzer Dordt on nginx: http://127.0.0.1:${port}/ (serving ${root}, config in ${temp})`);

process.on('SIGHUP', () => {
	writeCsp();
	server.kill('SIGHUP');
	console.log('nginx: CSP generated again, configuration reloaded');
});
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.on(signal, () => server.kill('SIGQUIT'));
server.on('exit', (code, signal) => {
	rmSync(temp, { recursive: true, force: true });
	process.exit(code ?? (signal === 'SIGQUIT' ? 0 : 1));
});
