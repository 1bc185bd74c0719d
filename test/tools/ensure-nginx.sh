#!/usr/bin/env bash
# Makes sure Debian's nginx is there for the browser tests that run against deploy/nginx.conf
# (npm run serve:nginx). Installs it when it is missing and we are root, like ensure-chromium.sh.
set -euo pipefail
path="${NGINX_PATH:-/usr/sbin/nginx}"
if [ -x "$path" ] && [ -f /etc/nginx/mime.types ]; then
	exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
	echo "nginx not found at $path: installing Debian's nginx package…"
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null
	exit 0
fi
echo "nginx not found at $path. Install it (Debian: sudo apt-get install nginx)" >&2
echo "or set NGINX_PATH to an nginx binary (it also needs /etc/nginx/mime.types)." >&2
exit 1
