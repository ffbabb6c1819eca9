#!/usr/bin/env bash
# GNU parallel on one or more machines: N shards, then the merge. `extract --shard auto` reads PARALLEL_SEQ (1..N) and
# takes the count from --shard-count.
#   deploy/parallel/run.sh IN OUT [N]      (add e.g. -S host1,host2 to the parallel line to spread over machines)
set -euo pipefail
in=$1 out=$2 n=${3:-4}
read -r -a extractor <<< "${EXTRACTOR_COMMAND:-extractor}"
export in out n
seq 1 "$n" | parallel --halt now,fail=1 -j "$n" \
    "${extractor[*]} extract \"\$in\" --out \"\$out/shards/{}\" --shard auto --shard-count \"\$n\" --jobs 1 || [ \$? -eq 1 ]"
"${extractor[@]}" merge "$out/merged" "$out/shards"
