#!/usr/bin/env bash
# Department recommendation on generated orders: top-1/top-3 of rules only, model only and rules-then-model
# on later, held-out orders.   ./bench/routing.sh [train=20000] [held-out=5000]   (exit 1 if the model does not beat the rules)
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dotnet build "$REPO/bench/Hotline.Bench.Intelligence" -c Release -nologo -v quiet >/dev/null
exec dotnet "$REPO/bench/Hotline.Bench.Intelligence/bin/Release/net10.0/Hotline.Bench.Intelligence.dll" routing "$@"
