#!/usr/bin/python3
"""Combines taggers written by train_ner.py from different seeds into one model file.

The networks must share their inputs (vocabulary, word vectors, characters, POS and gazetteer
labels, flag bits, layer layout): train_ner.py gives the same ones for the same data, whatever the
seed. The output (format LEDENER3) stores the shared part once and each network after it;
NeuralTagger averages the networks' emission and transition scores before decoding. Also
re-writes the Java test fixture with the averaged emission scores.

Usage: combine_ner.py --out models/ner-tagger.bin [--fixture F --fixture-input F] A.bin B.bin ...
Run with Debian's Python (/usr/bin/python3, package python3-torch).
"""
import argparse
import io
import os
import struct

import numpy as np
import torch

from train_ner import Encoder, Tagger, write_fixture


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
    data = open(path, "rb").read()
    if data[:8] != b"LEDENER2":
        raise SystemExit(f"{path}: not a one-network tagger written by train_ner.py (LEDENER2)")
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
    m["network"] = data[r.f.tell():]
    m["tensors"] = []
    while r.f.tell() < len(data):
        m["tensors"].append(r.tensor())
    return m


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
    ap.add_argument("models", nargs="+")
    args = ap.parse_args()
    parts = [parse(p) for p in args.models]
    for p, m in zip(args.models[1:], parts[1:]):
        if m["shared"] != parts[0]["shared"]:
            raise SystemExit(f"{p} does not share its inputs with {args.models[0]}")
    with open(args.out + ".tmp", "wb") as f:
        f.write(b"LEDENER3")
        f.write(parts[0]["shared"])
        f.write(struct.pack(">i", len(parts)))
        for m in parts:
            f.write(m["network"])
    os.replace(args.out + ".tmp", args.out)
    print(f"wrote {args.out} ({os.path.getsize(args.out) / 1e6:.1f} MB), {len(parts)} networks",
          flush=True)

    if os.path.exists(args.fixture_input):
        m0 = parts[0]
        enc = Encoder({w: i for i, w in enumerate(m0["words"])}, m0["chars"], m0["pos"], m0["gaz"],
                      m0["flags"])
        write_fixture(args.fixture, args.fixture_input, enc, [to_model(m) for m in parts],
                      "models/tools/combine_ner.py")


if __name__ == "__main__":
    main()
