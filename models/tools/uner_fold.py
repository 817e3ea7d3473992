#!/usr/bin/env python3
"""Holds one fold of UNER English-EWT's training documents out of the tagger's training data.

UNER-EWT dev chose the tagger's epochs and rules, so it reads high; EWT test, the held-out set of
issue 10, is not here. A fold of the training documents that the tagger never trained on is the
untuned estimate of EWT-like web text: this script writes a copy of the corpus folder (links to
every set but UNER-EWT train) whose UNER-EWT train file lacks every N-th document (from document
K on, in file order), and those documents, as written, to a file of their own. Then export, train
and score as usual (README.md, entities, "An untuned estimate for EWT test"). Deterministic.

Usage: uner_fold.py --data ../shared/data/ner --out DIR [--fold 2] [--of 5]
  writes DIR/data (the corpus folder to give `lede export-ner --data`) and DIR/fold.iob2
  (to give `lede eval-ner --format iob2 --docs`)
"""
import argparse
import os
import sys

TRAIN = os.path.join("uner-ewt-train", "en_ewt-ud-train.reconstructed.iob2")


def documents(path):
    """The file's documents, each the list of its lines from its `# newdoc` line on."""
    docs, cur = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("# newdoc") and cur:
                docs.append(cur)
                cur = []
            cur.append(line)
    if cur:
        docs.append(cur)
    return docs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="../shared/data/ner")
    ap.add_argument("--out", required=True)
    ap.add_argument("--fold", type=int, default=2)
    ap.add_argument("--of", type=int, default=5)
    args = ap.parse_args()
    source = os.path.join(args.data, TRAIN)
    if not os.path.isfile(source):
        sys.exit(f"uner_fold.py: UNER-EWT train not found: {source}")
    if not 0 <= args.fold < args.of:
        sys.exit(f"uner_fold.py: --fold must be in [0, {args.of})")
    data = os.path.join(args.out, "data")
    os.makedirs(os.path.join(data, "uner-ewt-train"), exist_ok=True)
    for name in sorted(os.listdir(args.data)):
        link = os.path.join(data, name)
        if name != "uner-ewt-train" and not os.path.lexists(link):
            os.symlink(os.path.abspath(os.path.join(args.data, name)), link)
    docs = documents(source)
    kept = [d for i, d in enumerate(docs) if i % args.of != args.fold]
    held = [d for i, d in enumerate(docs) if i % args.of == args.fold]
    with open(os.path.join(data, TRAIN), "w", encoding="utf-8") as f:
        f.writelines(line for d in kept for line in d)
    with open(os.path.join(args.out, "fold.iob2"), "w", encoding="utf-8") as f:
        f.writelines(line for d in held for line in d)
    sentences = sum(1 for d in held for line in d if line.startswith("# text"))
    print(f"{len(docs)} documents: {len(kept)} kept for training, {len(held)} held out "
          f"({sentences} sentences) in {os.path.join(args.out, 'fold.iob2')}")


if __name__ == "__main__":
    main()
