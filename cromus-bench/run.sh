#!/usr/bin/env bash
# Builds the benchmarks and runs them. Extra arguments go to JMH, e.g.
#   cromus-bench/run.sh CompileBenchmark -p steps=10,1000 -prof gc
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -pl cromus-bench -am package -DskipTests
java -jar cromus-bench/target/benchmarks.jar "$@"
