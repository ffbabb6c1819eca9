#!/usr/bin/env bash
# Runs the shards, waits for all of them, then the merge. Needs kubectl pointed at the cluster and the namespace that
# holds the claim extractor-data.
set -euo pipefail
cd "$(dirname "$0")"
kubectl delete job extractor-shards extractor-merge --ignore-not-found
kubectl apply -f extract-job.yaml
kubectl wait --for=condition=complete job/extractor-shards --timeout=24h
kubectl apply -f merge-job.yaml
kubectl wait --for=condition=complete job/extractor-merge --timeout=2h
kubectl logs job/extractor-merge
