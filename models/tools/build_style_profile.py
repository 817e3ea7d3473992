#!/usr/bin/env python3
"""Builds models/style-profile.tsv, the style features of the related-article ranking.

A text's style vector (dev.lede.index.StyleSignal) is, per feature of the list below (function
words, contraction parts, punctuation marks, numbers), the square root of its share of the text's
tokens, less its mean over news text and divided by its spread there. This script writes each
feature with that mean and standard deviation, measured over GMB 2.2 (Voice of America news)
sentences 20,001 to the end (sentences 1-20,000 are the news category of eval-related's
`categories` corpus, so they are left out), in pseudo-articles of 25 sentences. Deterministic.

The tokenizer is the one StyleSignal.tokens implements: runs of letters (lower case, an
apostrophe between letters kept, then "n't" and a clitic such as "'s" split off), an apostrophe
followed by letters, runs of digits (with inner "." or ","; one token "<num>"), and every other
non-space character alone; curly quotes count as straight ones.

Usage: /usr/bin/python3 models/tools/build_style_profile.py
           [--gmb ../shared/data/ner/gmb/ner_dataset.csv] [--out models/style-profile.tsv]
"""

import argparse
import csv
import math
import re

FIRST_SENTENCE = 20001
SENTENCES_PER_ARTICLE = 25

# Function words and marks, by kind; written by hand (no frequency list needed). Order is the
# file's order, which is the vector's.
FEATURES = """
the a an this that these those some any no every each either neither all both half several
many much more most few fewer less least little lot such own other another same enough
i me my mine myself we us our ours ourselves you your yours yourself yourselves
he him his himself she her hers herself it its itself they them their theirs themselves
one someone somebody something anyone anybody anything everyone everybody everything
nobody nothing none who whom whose which what whatever whoever
of to in for on with at by from about as into like through after over between out against
during without before under around among within along across behind beyond up down off above
below near since until upon toward towards onto per via despite except than unlike amid
throughout beside besides past
and but or nor so yet because although though while whereas if unless whether when whenever
where wherever once
be is am are was were been being have has had having do does did doing done
will would shall should can could may might must ought
'll 'd 've 're 'm 's n't not
very too also just only even still already now then here there again ever never always often
sometimes perhaps maybe really quite rather almost however therefore thus hence indeed yes oh
well instead otherwise else soon later today yesterday tomorrow ago away back how why
said says say told
, . " ' ? ! ; : ( ) - / $ % & * [ ] <num>
""".split()

WORD = r"[^\W\d_]+(?:'[^\W\d_]+)*"
TOKEN = re.compile(WORD + r"|'[^\W\d_]+|\d+(?:[.,]\d+)*|\S")
QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"',
                        "\u201e": '"'})


def tokens(text):
    """The style tokens of a text, as StyleSignal.tokens gives them."""
    out = []
    for t in TOKEN.findall(text.translate(QUOTES)):
        c = t[0]
        if c.isdigit():
            out.append("<num>")
        elif c.isalpha() or (c == "'" and len(t) > 1):
            t = t.lower()
            if t.endswith("n't"):
                if len(t) > 3:
                    out.append(t[:-3])
                out.append("n't")
            elif "'" in t[1:]:
                i = t.index("'", 1)
                out.append(t[:i])
                out.append(t[i:])
            else:
                out.append(t)
        else:
            out.append(t)
    return out


def profile(toks, index):
    counts = [0] * len(index)
    for t in toks:
        k = index.get(t)
        if k is not None:
            counts[k] += 1
    return [math.sqrt(c / len(toks)) for c in counts]


def gmb_articles(path):
    articles, sentences, words = [], [], []
    number = 0
    with open(path, encoding="latin-1", newline="") as f:
        rows = csv.reader(f)
        next(rows)
        for row in rows:
            if row[0].startswith("Sentence:"):
                if words and number >= FIRST_SENTENCE:
                    sentences.append(" ".join(words))
                    if len(sentences) == SENTENCES_PER_ARTICLE:
                        articles.append(" ".join(sentences))
                        sentences = []
                words = []
                number = int(row[0].split(":")[1])
            words.append(row[1])
    if words and number >= FIRST_SENTENCE:
        sentences.append(" ".join(words))
    if sentences:
        articles.append(" ".join(sentences))
    return articles


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gmb", default="../shared/data/ner/gmb/ner_dataset.csv")
    ap.add_argument("--out", default="models/style-profile.tsv")
    args = ap.parse_args()
    if len(set(FEATURES)) != len(FEATURES):
        raise SystemExit("a feature is listed twice")
    index = {f: k for k, f in enumerate(FEATURES)}
    rows = [profile(tokens(a), index) for a in gmb_articles(args.gmb)]
    n = len(rows)
    with open(args.out, "w", encoding="utf-8", newline="\n") as out:
        out.write("# Lede style features: token, mean and standard deviation of sqrt(share of\n")
        out.write("# tokens) over %d GMB pseudo-articles (sentences %d-, %d sentences each);\n"
                  % (n, FIRST_SENTENCE, SENTENCES_PER_ARTICLE))
        out.write("# written by models/tools/build_style_profile.py\n")
        for k, f in enumerate(FEATURES):
            mean = sum(r[k] for r in rows) / n
            sd = math.sqrt(sum((r[k] - mean) ** 2 for r in rows) / n)
            out.write("%s\t%.6f\t%.6f\n" % (f, mean, sd))
    print("%d features, %d pseudo-articles -> %s" % (len(FEATURES), n, args.out))


if __name__ == "__main__":
    main()
