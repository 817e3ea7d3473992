#!/usr/bin/env python3
"""Turns a CoNLL-style NER file (token, tag) into documents that `lede eval-ner --docs` can read.

`eval-ner --docs` scores whole documents of original text, which CrossNER and the other CoNLL
files lack: they keep tokens only. This writes each sentence (CrossNER's are short paragraphs) as
an IOB2 document of its own whose `# text =` line is its tokens joined by spaces, none before
closing punctuation and clitics (, . ; : ! ? ) % 's n't) and none after ( $, so that two systems
can be scored on the same text (README.md, entities, "Against CoreNLP on the same documents").
The tags are copied as they are (eval-ner maps the corpus's labels). Deterministic.

Usage: conll_docs.py IN OUT
  IN: token<TAB or space>...<TAB or space>tag per line, a blank line between sentences;
      -DOCSTART- lines are skipped. OUT: the IOB2 file to give `lede eval-ner --format iob2 --docs`.
"""
import os
import re
import sys

NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "'S", "n't", "'re",
                   "'ve", "'ll", "'d", "'m", "''"}
NO_SPACE_AFTER = {"(", "[", "{", "$", "``"}


def detokenise(tokens):
    """The tokens as running text: spaces between them, except around punctuation and clitics."""
    out, prev = "", None
    for t in tokens:
        if out and t not in NO_SPACE_BEFORE and prev not in NO_SPACE_AFTER:
            out += " "
        out += t
        prev = t
    return out


def sentences(path):
    """The file's sentences, each a list of (token, tag)."""
    result, cur = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                if cur:
                    result.append(cur)
                    cur = []
            elif not line.startswith("-DOCSTART-"):
                parts = re.split(r"[\t ]", line)
                cur.append((parts[0], parts[-1]))
    if cur:
        result.append(cur)
    return result


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: conll_docs.py IN OUT")
    src, dst = sys.argv[1], sys.argv[2]
    if not os.path.isfile(src):
        sys.exit(f"conll_docs.py: {src} is missing (the corpora are under ../shared/data/ner)")
    sents = sentences(src)
    with open(dst, "w", encoding="utf-8") as f:
        for i, s in enumerate(sents):
            f.write(f"# newdoc id = s{i}\n# sent_id = s{i}\n")
            f.write(f"# text = {detokenise([t for t, _ in s])}\n")
            for j, (token, tag) in enumerate(s):
                f.write(f"{j + 1}\t{token}\t{tag}\n")
            f.write("\n")
    print(f"{dst}: {len(sents)} documents")


if __name__ == "__main__":
    main()
