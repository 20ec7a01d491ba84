#!/usr/bin/env bash
# Knowledge search on generated entries: top-1/top-5 relevance of reworded questions, latency p50/p95/p99
# against a plain substring scan in the same run.   ./bench/knowledge.sh [entries=40000] [probes=500]
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dotnet build "$REPO/bench/Hotline.Bench.Intelligence" -c Release -nologo -v quiet >/dev/null
exec dotnet "$REPO/bench/Hotline.Bench.Intelligence/bin/Release/net10.0/Hotline.Bench.Intelligence.dll" knowledge "$@"
