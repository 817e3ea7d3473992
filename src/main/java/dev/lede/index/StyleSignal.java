package dev.lede.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteArrayDataOutput;
import org.apache.lucene.util.BytesRef;

/**
 * Style vectors for the related-article ranking: how an article is written rather than what
 * about. Per feature of {@code models/style-profile.tsv} (function words, contraction parts,
 * punctuation marks, numbers), the square root of its share of the text's tokens, less its mean
 * over news text (GMB), unit length. Two stories of one genre (two novels' chapters, two court
 * transcripts, two reviews) use "I", "you", "said", quotes and numbers alike whatever their
 * subject; two news stories of one subject often do not differ from news text at all.
 *
 * <p>The embedded index keeps each article's feature counts in a doc value
 * ({@link Documents#STYLE}); SolrCloud, and an embedded index built before them, read them from
 * the stored title and body at query time, which gives the same vector. Loaded once per JVM on
 * first use ({@link #shared()}).
 *
 * <p>Thread-safe: immutable after loading.
 */
final class StyleSignal {

  /** The feature file on the classpath. */
  static final String RESOURCE = "/lede/models/style-profile.tsv";

  /** Token standing for every number. */
  static final String NUMBER = "<num>";

  /**
   * Style cosine below which a candidate gains nothing: 0.4. A candidate with style cosine c
   * gains {@code styleWeight * best * (c - FLOOR) / (1 - FLOOR)} when c is above it, best being
   * the query's best score, as the topic gain ({@link SemanticSignal#FLOOR}). Measured on
   * {@code categories} with style weight 0.5 falling from concentration 0.05 to 0.25: floor 0.4
   * gave P@5 / MRR 0.8216 / 0.9306, 0.3 0.8213 / 0.9297, 0.5 0.8175 / 0.9304, 0.2 0.8209 /
   * 0.9289 (MRR falls with the floor; TF-IDF cosine's is 0.9293).
   */
  static final float FLOOR = 0.4f;

  private final Map<String, Integer> index;
  private final float[] mean;
  /** A hash of the feature list, in order: what indexed counts were counted for. */
  private final int features;

  /**
   * Reads a feature file in the format {@code build_style_profile.py} writes: a token, its mean
   * and its standard deviation in news text per line (the deviation is not used: divided by
   * it, at least 0.02, P@5 of {@code categories} was 0.8169 against 0.8181, style weight 0.5
   * and no floor: the features rare in news, "I", "you", weigh too much).
   */
  StyleSignal(InputStream raw) throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(
        new InputStreamReader(raw, StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length != 3) {
          throw new IOException("not a Lede style-profile line: " + line);
        }
        rows.add(f);
      }
    }
    index = new HashMap<>(rows.size() * 2);
    mean = new float[rows.size()];
    for (int k = 0; k < rows.size(); k++) {
      String[] f = rows.get(k);
      if (index.put(f[0], k) != null) {
        throw new IOException("style feature listed twice: " + f[0]);
      }
      mean[k] = Float.parseFloat(f[1]);
    }
    int h = rows.size();
    for (String[] f : rows) {
      h = 31 * h + f[0].hashCode();
    }
    features = h;
  }

  /**
   * The features shipped in the jar, loaded on first use.
   *
   * @throws UncheckedIOException if the file is missing or damaged (a broken build)
   */
  static StyleSignal shared() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final StyleSignal INSTANCE = load();

    private static StyleSignal load() {
      try (InputStream in = StyleSignal.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IOException("missing on the classpath");
        }
        return new StyleSignal(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
      }
    }
  }

  /** The number of features. */
  int dimension() {
    return mean.length;
  }

  /**
   * The unit-length style vector of a text, or {@code null} if it has no token or its profile is
   * exactly news text's.
   */
  float[] of(String text) {
    int[] counts = new int[mean.length];
    return vector(counts, count(text, counts));
  }

  /** Counts the text's tokens of each feature into {@code counts}; returns all its tokens. */
  private int count(String text, int[] counts) {
    int total = 0;
    for (String t : tokens(text)) {
      total++;
      Integer k = index.get(t);
      if (k != null) {
        counts[k]++;
      }
    }
    return total;
  }

  /** The style vector of these feature counts among {@code total} tokens, as {@link #of}. */
  private float[] vector(int[] counts, int total) {
    if (total == 0) {
      return null;
    }
    double[] v = new double[mean.length];
    double norm = 0;
    for (int k = 0; k < v.length; k++) {
      v[k] = Math.sqrt((double) counts[k] / total) - mean[k];
      norm += v[k] * v[k];
    }
    if (norm == 0) {
      return null;
    }
    double inv = 1 / Math.sqrt(norm);
    float[] out = new float[v.length];
    for (int k = 0; k < v.length; k++) {
      out[k] = (float) (v[k] * inv);
    }
    return out;
  }

  /**
   * A text's style as the embedded index keeps it ({@link Documents#STYLE}): the features'
   * identity ({@link #features}), the text's token count, then each feature it uses with its
   * count (variable-length ints; about 150 bytes for a 300-word article). The counts, not the
   * vector: the ranking computes the same vector from them as from the text, bit for bit, as
   * SolrCloud does from the stored text.
   */
  BytesRef encode(String text) {
    int[] counts = new int[mean.length];
    int total = count(text, counts);
    byte[] buf = new byte[5 * (2 + 2 * counts.length)];
    ByteArrayDataOutput out = new ByteArrayDataOutput(buf);
    try {
      out.writeInt(features);
      out.writeVInt(total);
      for (int k = 0; k < counts.length; k++) {
        if (counts[k] > 0) {
          out.writeVInt(k);
          out.writeVInt(counts[k]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // an array holds them all
    }
    return new BytesRef(buf, 0, out.getPosition());
  }

  /**
   * The style vector of counts {@link #encode} wrote (null as {@link #of}), or {@link #STALE}
   * if they were counted for other features (the file changed since the article was indexed).
   */
  float[] decode(BytesRef bytes) {
    ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
    if (bytes.length < 4 || in.readInt() != features) {
      return STALE;
    }
    int total = in.readVInt();
    int[] counts = new int[mean.length];
    while (!in.eof()) {
      int k = in.readVInt();
      counts[k] = in.readVInt();
    }
    return vector(counts, total);
  }

  /** What {@link #decode} returns for counts of other features. */
  static final float[] STALE = new float[0];

  /**
   * The style cosines of documents with a query text ({@code out[i]} that of {@code docs[i]};
   * 0 for a document without text): from the counts indexed with each ({@link Documents#STYLE}),
   * or, for an article indexed before them (or for other features), from its stored title and
   * body, the same vector more slowly (reading and tokenizing ~40 stored texts took the
   * default's p50 at 100k articles from 1.75x plain MoreLikeThis to 2.54x).
   */
  static float[] cosines(IndexReader reader, ScoreDoc[] docs, String text) throws IOException {
    StyleSignal style = shared();
    float[] query = style.of(text);
    float[] out = new float[docs.length];
    if (query == null) {
      return out;
    }
    StoredFields stored = null;
    Integer[] order = new Integer[docs.length];
    for (int i = 0; i < docs.length; i++) {
      order[i] = i;
    }
    // in doc-id order: doc values advance forwards, stored fields are read block by block
    Arrays.sort(order, Comparator.comparingInt(i -> docs[i].doc));
    List<LeafReaderContext> leaves = reader.leaves();
    LeafReaderContext current = null;
    BinaryDocValues values = null;
    for (int i : order) {
      int doc = docs[i].doc;
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
      if (leaf != current) {
        current = leaf;
        values = leaf.reader().getBinaryDocValues(Documents.STYLE);
      }
      float[] v = values != null && values.advanceExact(doc - leaf.docBase)
          ? style.decode(values.binaryValue()) : STALE;
      if (v == STALE) {
        if (stored == null) {
          stored = reader.storedFields();
        }
        Document d = stored.document(doc, TEXT_FIELDS);
        v = style.of(textOf(d.get(Documents.TITLE), d.get(Documents.BODY)));
      }
      out[i] = cosine(v, query);
    }
    return out;
  }

  /** The stored fields a style is read from. */
  static final Set<String> TEXT_FIELDS = Set.of(Documents.TITLE, Documents.BODY);

  /** An article's text as the ranking reads its style: title, a blank line, body. */
  static String textOf(String title, String body) {
    return (title == null ? "" : title) + "\n\n" + (body == null ? "" : body);
  }

  /**
   * A candidate's style gain: {@code styleWeight * best * (c - FLOOR) / (1 - FLOOR)} for a style
   * cosine c above {@link #FLOOR}, else 0.
   */
  static float gain(double styleWeight, float best, float cosine) {
    return (float) (styleWeight * best * Math.max(0f, cosine - FLOOR) / (1f - FLOOR));
  }

  /** The cosine of two style vectors, 0 if either is missing. */
  static float cosine(float[] a, float[] b) {
    return a == null || b == null ? 0f : TopicVectors.cosine(a, b);
  }

  /**
   * A text's style tokens: runs of letters in lower case (an apostrophe between letters kept,
   * then "n't" or a clitic such as "'s" split off: "don't" is "do" and "n't"), an apostrophe
   * followed by letters, runs of digits with inner "." or "," (each one {@link #NUMBER}), and
   * every other character that is no space alone; curly quotes count as straight ones. The same
   * as {@code build_style_profile.py}'s, which measured the features' news means.
   */
  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = quote(text.charAt(i));
      if (Character.isWhitespace(c)) {
        i++;
      } else if (Character.isLetter(c) || c == '\'' && i + 1 < n
          && Character.isLetter(text.charAt(i + 1))) {
        int start = i;
        i++;
        while (i < n) {
          char d = quote(text.charAt(i));
          if (Character.isLetter(d)) {
            i++;
          } else if (d == '\'' && i + 1 < n && Character.isLetter(text.charAt(i + 1))
              && i > start && Character.isLetter(text.charAt(i - 1))) {
            i++;
          } else {
            break;
          }
        }
        word(text.substring(start, i).replace('\u2019', '\'').replace('\u2018', '\'')
            .toLowerCase(Locale.ROOT), out);
      } else if (Character.isDigit(c)) {
        i++;
        while (i < n && (Character.isDigit(text.charAt(i)) || (text.charAt(i) == '.'
            || text.charAt(i) == ',') && i + 1 < n && Character.isDigit(text.charAt(i + 1)))) {
          i++;
        }
        out.add(NUMBER);
      } else {
        out.add(String.valueOf(c));
        i++;
      }
    }
    return out;
  }

  private static void word(String w, List<String> out) {
    if (w.endsWith("n't")) {
      if (w.length() > 3) {
        out.add(w.substring(0, w.length() - 3));
      }
      out.add("n't");
      return;
    }
    int apostrophe = w.indexOf('\'', 1);
    if (apostrophe > 0) {
      out.add(w.substring(0, apostrophe));
      out.add(w.substring(apostrophe));
    } else {
      out.add(w);
    }
  }

  private static char quote(char c) {
    return switch (c) {
      case '\u2019', '\u2018' -> '\'';
      case '\u201c', '\u201d', '\u201e' -> '"';
      default -> c;
    };
  }
}
