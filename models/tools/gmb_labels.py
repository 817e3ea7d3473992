#!/usr/bin/env python3
"""The tool GMB's guideline labels (models/tools/gmb-guideline-gold.tsv) were made with, stop 54.

  dump FROM TO OUT [--gmb CSV]        sentences FROM..TO-1 (0-based, file order) as lines
                                      'N<TAB>tokens joined by spaces', for an annotator
  check ORIG MARKED OUT [--gmb CSV]   MARKED is ORIG with every mention wrapped as [[T|text]]
                                      (T: P person, O organisation, L location, C country,
                                      M ministry); strips the marks, demands each sentence back
                                      character for character and every mark on token
                                      boundaries, and writes the sentence's labels:
                                      'N<TAB>start<TAB>end<TAB>TYPE<TAB>words' ('N' alone: no
                                      mention); exit 1 on any error
  assemble OUT LABELS...              joins checked label files, sorted, the words replaced by
                                      their check (Java's String.hashCode of the lower-case
                                      words, in hex: GmbGold.check), as committed

CSV defaults to ../shared/data/ner/gmb/ner_dataset.csv (latin-1, as GMB ships it).
"""
import csv
import re
import sys

DEFAULT_GMB = '../shared/data/ner/gmb/ner_dataset.csv'
TYPES = {'P': 'PERSON', 'O': 'ORGANIZATION', 'L': 'LOCATION', 'C': 'COUNTRY', 'M': 'MINISTRY'}
MARK = re.compile(r'\[\[([A-Z])\|(.*?)\]\]')
HEADER = [
    "# GMB (ner_dataset.csv, Voice of America, public domain) sentences labelled for Lede by"
    " ENTITY-GUIDELINES.md.",
    "# N = sentence number (0-based, file order); start, end = tokens; TYPE; a check: Java's"
    " String.hashCode, in hex,",
    "# of the tokens joined by spaces in lower case (the words themselves stay in ../shared).",
    "# A number alone = a sentence read and found without a mention. Provenance:"
    " models/README.md.",
]


def sentences(path):
    out = []
    try:
        f = open(path, encoding='latin-1', newline='')
    except OSError:
        sys.exit('gmb_labels.py: GMB not found: %s (give --gmb CSV)' % path)
    with f:
        rows = csv.reader(f)
        next(rows)
        for row in rows:
            if not row:
                continue
            if row[0].strip():
                out.append([])
            out[-1].append(row[1])
    return out


def java_hash(text):
    # Java hashes UTF-16 code units: a character beyond the BMP counts as its two surrogates
    data = text.encode('utf-16-le')
    h = 0
    for i in range(0, len(data), 2):
        h = (31 * h + int.from_bytes(data[i:i + 2], 'little')) & 0xFFFFFFFF
    return '%x' % h


def dump(a, b, out, gmb):
    s = sentences(gmb)
    with open(out, 'w') as f:
        for i in range(a, b):
            f.write('%d\t%s\n' % (i, ' '.join(s[i])))


def check(orig, marked, out):
    original = {}
    for line in open(orig):
        n, text = line.rstrip('\n').split('\t', 1)
        original[n] = text
    rows, errors, seen = [], [], set()
    for k, line in enumerate(open(marked)):
        line = line.rstrip('\n')
        if not line.strip():
            continue
        if '\t' not in line:
            errors.append('line %d: no tab' % (k + 1))
            continue
        n, m = line.split('\t', 1)
        if n not in original:
            errors.append('line %d: unknown sentence %s' % (k + 1, n))
            continue
        seen.add(n)
        plain, spans, pos = [], [], 0
        for mt in MARK.finditer(m):
            plain.append(m[pos:mt.start()])
            start = sum(len(x) for x in plain)
            if mt.group(1) not in TYPES or '[[' in mt.group(2):
                errors.append('sentence %s: bad mark %r' % (n, mt.group(0)))
                break
            plain.append(mt.group(2))
            spans.append((start, start + len(mt.group(2)), TYPES[mt.group(1)], mt.group(2)))
            pos = mt.end()
        plain.append(m[pos:])
        text = ''.join(plain)
        if text != original[n]:
            errors.append('sentence %s: the text differs from the original' % n)
            continue
        starts, ends, c = {}, {}, 0
        for t, token in enumerate(text.split(' ')):
            starts[c] = t
            ends[c + len(token)] = t + 1
            c += len(token) + 1
        if not spans:
            rows.append(n)
        for s, e, typ, words in spans:
            if s not in starts or e not in ends:
                errors.append('sentence %s: %r is not on token boundaries' % (n, words))
                continue
            rows.append('%s\t%d\t%d\t%s\t%s' % (n, starts[s], ends[e], typ, words))
    missing = sorted(set(original) - seen)
    if missing:
        errors.append('%d sentences missing, first %s' % (len(missing), missing[:5]))
    for e in errors[:50]:
        print(e)
    print('%d errors, %d sentences, %d mentions' % (len(errors), len(seen),
                                                    sum('\t' in r for r in rows)))
    if errors:
        return 1
    with open(out, 'w') as f:
        f.write('\n'.join(rows) + '\n')
    print('wrote', out)
    return 0


def assemble(out, files):
    rows = []
    for path in files:
        for line in open(path):
            f = line.rstrip('\n').split('\t')
            if len(f) > 1:
                f[4] = java_hash(f[4].lower())
            rows.append(f)
    rows.sort(key=lambda f: (int(f[0]), int(f[1]) if len(f) > 1 else -1))
    with open(out, 'w') as w:
        w.write('\n'.join(HEADER) + '\n')
        for f in rows:
            w.write('\t'.join(f) + '\n')


def main(argv):
    gmb = DEFAULT_GMB
    if '--gmb' in argv:
        i = argv.index('--gmb')
        gmb = argv[i + 1]
        del argv[i:i + 2]
    if len(argv) >= 4 and argv[0] == 'dump':
        dump(int(argv[1]), int(argv[2]), argv[3], gmb)
        return 0
    if len(argv) == 4 and argv[0] == 'check':
        return check(argv[1], argv[2], argv[3])
    if len(argv) >= 3 and argv[0] == 'assemble':
        assemble(argv[1], argv[2:])
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
