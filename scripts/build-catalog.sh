#!/usr/bin/env bash
# Rebuilds the subject-code catalog (src/Extractor/Catalog/subject-catalog.tsv) from the printed codes and names of
# every coded table of the shared corpus (../shared/corpus/real, ../shared/corpus/wide) and the bundled corpus/.
# Extra folders (a new edition's documents) can be passed as arguments. Deterministic: same inputs, same file.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build src/Extractor.Cli -c Release -v quiet -nologo >/dev/null
inputs=(corpus)
for d in ../shared/corpus/real ../shared/corpus/wide; do [ -d "$d" ] && inputs+=("$d"); done
dotnet src/Extractor.Cli/bin/Release/net10.0/Extractor.Cli.dll catalog build "${inputs[@]}" "$@" \
  --out src/Extractor/Catalog/subject-catalog.tsv 2> >(grep -v '^ok ' >&2)
