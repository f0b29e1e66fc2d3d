#!/usr/bin/env bash
# Times build-features and classify-regimes over a year (525,600 bars) of simulated 1m BTC-USD and ETH-USD
# in a throwaway home. Usage: feature-store/bench/year-build.sh [HOME_DIR]   (needs a packaged jobs module)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HOME_DIR=${1:-$(mktemp -d /tmp/adaptive-year-XXXXXX)}
export ADAPTIVE_SKIP_BUILD=${ADAPTIVE_SKIP_BUILD:-1}
run() { "$ROOT/bin/adaptive" --home "$HOME_DIR" "$@"; }
mkdir -p "$HOME_DIR/in"
echo "home $HOME_DIR; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
run regime simulate --seed 101 --bars 525600 --epoch-millis --output "$HOME_DIR/in/btc.csv.gz" --labels "$HOME_DIR/in/btc-labels.csv"
run regime simulate --seed 202 --bars 525600 --epoch-millis --output "$HOME_DIR/in/eth.csv.gz" --labels "$HOME_DIR/in/eth-labels.csv"
run ingest file "$HOME_DIR/in/btc.csv.gz" --symbol BTC-USD --interval 1m
run ingest file "$HOME_DIR/in/eth.csv.gz" --symbol ETH-USD --interval 1m
for job in build-features classify-regimes; do
  start=$(date +%s.%N)
  run jobs run "$job"
  echo "== $job wall $(echo "$(date +%s.%N) - $start" | bc) s (JVM start included); load: $(cut -d' ' -f1-3 /proc/loadavg)"
done
