#!/usr/bin/env bash
# Netlify's build: make sure a .NET 10 SDK is there, then build the site into output/.
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1

# Netlify's image may have no .NET 10 SDK; install one into $HOME/.dotnet only when it is missing,
# so a machine that has one (or a cached install) builds without downloading anything.
if ! command -v dotnet >/dev/null || ! dotnet --list-sdks | grep -q '^10\.'; then
  export DOTNET_ROOT="$HOME/.dotnet"
  export PATH="$DOTNET_ROOT:$PATH"
  if ! dotnet --list-sdks 2>/dev/null | grep -q '^10\.'; then
    curl -sSL https://dot.net/v1/dotnet-install.sh -o /tmp/dotnet-install.sh
    bash /tmp/dotnet-install.sh --channel 10.0 --install-dir "$DOTNET_ROOT"
  fi
fi

dotnet --list-sdks

# Pagefind builds the search index; Netlify's image has node and npm. Without it the site has no search.
command -v pagefind >/dev/null || npm install -g pagefind@1.6.0 || echo "Pagefind could not be installed: the site is built without search."
# The base URL comes from DEPLOY_PRIME_URL (previews) or URL, since Netlify sets NETLIFY=true.
dotnet run --project src/Briefing.Cli -c Release -- build
