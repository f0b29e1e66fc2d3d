#!/usr/bin/env bash
# Runs each backtest scenario and each ta4j Num in its own JVM (as JMH forks do: one scenario's JIT profile must not
# slow the next), ROUNDS times, and prints the best thread-CPU time of each with the ratios against ta4j.
# Usage: bench/backtest-ratios.sh [ROUNDS]   (after: mvn -B -q -pl core install -DskipTests && mvn -B -q -pl bench package)
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS="${1:-3}"
JAR=bench/target/benchmarks.jar
best() { # scenario-regex ta4j-arg name -> best "thread cpu min" in ms over ROUNDS JVMs
  local b=""
  for _ in $(seq "$ROUNDS"); do
    local v
    v=$(java -Xmx6g -cp "$JAR" 'com.adaptive.bench.BacktestBenchmark$CpuTime' "$2" nosweep "$1" 2>/dev/null \
      | awk -v n="$3" '$1 == n { print $5 }')
    [ -z "$v" ] && { echo "no figure for $3" >&2; exit 1; }
    if [ -z "$b" ] || awk -v a="$v" -v b="$b" 'BEGIN { exit !(a < b) }'; then b="$v"; fi
  done
  echo "$b"
}
declare -A ms
for s in s1WithBrackets emaCrossWithBrackets s1EngineLoopOnly plainEmaCrossLoop; do ms[$s]=$(best "^$s\$" none "$s"); done
# ta4j runs after the (here: no) core scenarios of its JVM; "double" runs DoubleNum only, "both" adds DecimalNum
ms[ta4jDoubleNum]=$(best '^$' double ta4jDoubleNum)
ms[ta4jDecimalNum]=$(best '^$' both ta4jDecimalNum)
printf '%-22s %10s %14s %12s %12s\n' scenario "ms/1M bars" "M bars/s" "x DoubleNum" "x DecimalNum"
for s in s1WithBrackets emaCrossWithBrackets s1EngineLoopOnly plainEmaCrossLoop ta4jDoubleNum ta4jDecimalNum; do
  awk -v s="$s" -v m="${ms[$s]}" -v d="${ms[ta4jDoubleNum]}" -v q="${ms[ta4jDecimalNum]}" \
    'BEGIN { printf "%-22s %10.2f %14.1f %12.1f %12.1f\n", s, m, 1000 / m, d / m, q / m }'
done
