#!/usr/bin/env bash
# Makes sure a Debian package the browser tests need is there, and installs it when it is
# missing and we are root:
#   chromium  the browser for every test (Playwright's own browser download cannot work on these
#             machines: no network but the package registries); CHROMIUM_PATH points elsewhere;
#   nginx     the tests against deploy/nginx.conf (npm run serve:nginx); NGINX_PATH points elsewhere.
# Usage: bash test/tools/ensure-debian-package.sh chromium|nginx
set -euo pipefail
package="${1:-}"
case "$package" in
	chromium)
		name=Chromium variable=CHROMIUM_PATH path="${CHROMIUM_PATH:-/usr/bin/chromium}" needs=""
		what="a Chromium or Chrome binary" ;;
	nginx)
		name=nginx variable=NGINX_PATH path="${NGINX_PATH:-/usr/sbin/nginx}" needs=/etc/nginx/mime.types
		what="an nginx binary (it also needs /etc/nginx/mime.types)" ;;
	*)
		echo "usage: $0 chromium|nginx" >&2
		exit 2 ;;
esac
if [ -x "$path" ] && { [ -z "$needs" ] || [ -f "$needs" ]; }; then
	exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
	echo "$name not found at $path: installing Debian's $package package…"
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" >/dev/null
	exit 0
fi
echo "$name not found at $path. Install it (Debian: sudo apt-get install $package)" >&2
echo "or set $variable to $what." >&2
exit 1
