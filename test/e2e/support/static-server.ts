import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2'
};

/**
 * A tiny static file server whose root can be swapped while it runs: the update-flow test
 * serves one build, then "deploys" a newer one at the same address, as a real host would.
 */
export class SwitchableStaticServer {
	root: string;
	#server: Server;

	constructor(root: string) {
		this.root = root;
		this.#server = createServer((req, res) => {
			const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
			let file = normalize(join(this.root, path));
			if (!file.startsWith(normalize(this.root))) return void res.writeHead(403).end();
			if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
			// Like a static host set up for the app: unknown pages get the app shell.
			if (!existsSync(file)) file = join(this.root, '200.html');
			res.writeHead(200, {
				'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
				'cache-control': 'no-cache'
			});
			createReadStream(file).pipe(res);
		});
	}

	listen(port: number): Promise<void> {
		return new Promise((resolve) => this.#server.listen(port, '127.0.0.1', resolve));
	}

	close(): Promise<void> {
		return new Promise((resolve) => this.#server.close(() => resolve()));
	}
}
