#!/usr/bin/env bash
# Runs the end-to-end bench against a fresh Azurite (or one already running): ./bench/run.sh [orders] [concurrency]
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$REPO/tools/lib.sh"
ensure_npm_deps "$AZURITE_DIR"
location="$(mktemp -d)"
start_azurite "$location" "$location/azurite.log"
trap 'stop_azurite; rm -rf "$location"' EXIT
dotnet build "$REPO/bench/Hotline.Bench" -c Release -v quiet -nologo
dotnet "$REPO/bench/Hotline.Bench/bin/Release/net10.0/Hotline.Bench.dll" "$@"
