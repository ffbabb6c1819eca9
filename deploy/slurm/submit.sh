#!/usr/bin/env bash
# Queues the shard array and, after every task of it has ended, the merge:
#   EXTRACTOR_IN=/shared/budgets/2025 EXTRACTOR_OUT=/shared/extracted/2025 deploy/slurm/submit.sh [--array=0-31]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
array=$(sbatch --parsable --export=ALL "$@" "$here/extract.sbatch")
sbatch --parsable --export=ALL --dependency=afterok:"${array%%;*}" "$here/merge.sbatch"
