#!/usr/bin/env bash
# Rebuilds the subject-code catalog (src/Extractor/Catalog/subject-catalog.tsv) from the printed codes and names of
# every coded table of the shared corpus (../shared/corpus/real, ../shared/corpus/wide) and the bundled corpus/.
# Extra folders (a new edition's documents) can be passed as arguments. Deterministic: same inputs, same file; the
# documents are read with an empty catalog, so the result does not depend on the catalog the program ships.
#   scripts/build-catalog.sh            rebuild the shipped file
#   scripts/build-catalog.sh --check    rebuild into a temporary file and fail unless it equals the shipped one byte for byte
set -euo pipefail
cd "$(dirname "$0")/.."
shipped=src/Extractor/Catalog/subject-catalog.tsv
out=$shipped
check=false
if [ "${1:-}" = "--check" ]; then check=true; shift; out=$(mktemp); trap 'rm -f "$out"' EXIT; fi
dotnet build src/Extractor.Cli -c Release -v quiet -nologo >/dev/null
inputs=(corpus)
for d in ../shared/corpus/real ../shared/corpus/wide; do [ -d "$d" ] && inputs+=("$d"); done
# exit 1 when an input cannot be read (the corpora hold deliberately broken files): the catalog is still written
rc=0
dotnet src/Extractor.Cli/bin/Release/net10.0/Extractor.Cli.dll catalog build "${inputs[@]}" "$@" \
  --out "$out" 2> >(grep -v '^ok ' >&2) || rc=$?
[ -s "$out" ] || exit "${rc:-1}"
if $check; then
  if cmp -s "$out" "$shipped"; then echo "catalog: the rebuild equals $shipped byte for byte"
  else echo "catalog: the rebuild differs from $shipped:" >&2; diff "$shipped" "$out" | head -40 >&2; exit 1; fi
fi
$check || exit "$rc"
