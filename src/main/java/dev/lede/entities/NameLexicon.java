package dev.lede.entities;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A large, noisy lexicon of typed names (NLP4J's named-entity gazetteer: people, places,
 * organisations and titles of works), kept as 40-bit hashes of each name's characters so that 1.6
 * million names fit in about 14 MB of heap. It is evidence for the neural tagger, never a verdict:
 * {@link #mark} turns matches into per-token input bits. Written by
 * {@code models/tools/Nlp4jLexicon.java}, which computes the same {@link #hash}.
 *
 * <p>Thread-safe: immutable after loading.
 */
final class NameLexicon {

  /** The file under {@link Gazetteer#MODELS}. */
  static final String FILE = "nlp4j-names.bin";
  /** Longest name looked up, in Lede tokens. */
  static final int MAX_TOKENS = 6;
  /** Name types, one bit each in the file: person, place, organisation, other (works, events). */
  static final int PER = 0;
  static final int LOC = 1;
  static final int ORG = 2;
  static final int MISC = 3;
  static final int TYPES = 4;
  /** Low bits of the 64-bit FNV-1a hash kept: 1.6M names give a false match per ~10^6 lookups. */
  static final int HASH_BITS = 40;

  private static final byte[] MAGIC = "LEDELEX1".getBytes(StandardCharsets.US_ASCII);
  private static final long MASK = (1L << HASH_BITS) - 1;
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  /** High bits of a hash that pick its bucket in {@link #bucketStarts}. */
  private static final int BUCKET_BITS = 18;

  private final long[] hashes;
  private final byte[] types;
  /**
   * Where each bucket of hashes (by their top {@link #BUCKET_BITS} of {@link #HASH_BITS}) starts
   * in the sorted {@link #hashes}, and the end as the last element: a lookup searches about six
   * hashes instead of 1.6 million, whose binary search missed the cache at most of its 21 steps.
   */
  private final int[] bucketStarts;

  private NameLexicon(long[] hashes, byte[] types) {
    this.hashes = hashes;
    this.types = types;
    this.bucketStarts = new int[(1 << BUCKET_BITS) + 1];
    int at = 0;
    for (int b = 0; b < bucketStarts.length; b++) {
      while (at < hashes.length && bucket(hashes[at]) < b) {
        at++;
      }
      bucketStarts[b] = at;
    }
  }

  /** The bucket of a hash; hashes above {@link #MASK} (never looked up) count as the last one. */
  private static int bucket(long hash) {
    return (int) Math.min(hash >>> (HASH_BITS - BUCKET_BITS), (1 << BUCKET_BITS) - 1);
  }

  /** An empty lexicon: nothing matches. */
  static NameLexicon empty() {
    return new NameLexicon(new long[0], new byte[0]);
  }

  /**
   * Reads a lexicon: magic, count, the sorted hashes as variable-length deltas, one type byte each.
   *
   * @throws IOException if the stream fails or does not hold a lexicon
   */
  static NameLexicon read(InputStream stream) throws IOException {
    // decoded from one array: a read call per byte of 1.6M varints took most of the load time
    ByteBuffer in = ByteBuffer.wrap(stream.readAllBytes());
    byte[] magic = new byte[MAGIC.length];
    if (in.remaining() < MAGIC.length + Integer.BYTES) {
      throw new IOException("not a Lede name lexicon");
    }
    in.get(magic);
    if (!Arrays.equals(magic, MAGIC)) {
      throw new IOException("not a Lede name lexicon");
    }
    int n = in.getInt();
    if (n < 0 || n > in.remaining()) {
      throw new IOException("name lexicon truncated: " + n + " names announced");
    }
    long[] hashes = new long[n];
    byte[] bytes = in.array();
    int at = in.position();
    long prev = 0;
    try {
      for (int i = 0; i < n; i++) {
        long delta = 0;
        int shift = 0;
        int b;
        do {
          b = bytes[at++] & 0xff;
          delta |= (long) (b & 0x7f) << shift;
          shift += 7;
        } while ((b & 0x80) != 0);
        prev += delta;
        hashes[i] = prev;
      }
    } catch (ArrayIndexOutOfBoundsException e) {
      throw new IOException("name lexicon truncated", e);
    }
    if (bytes.length - at != n) {
      throw new IOException("name lexicon truncated: " + (bytes.length - at) + " type bytes for "
          + n + " names");
    }
    byte[] types = Arrays.copyOfRange(bytes, at, at + n);
    return new NameLexicon(hashes, types);
  }

  /** Number of names. */
  int size() {
    return hashes.length;
  }

  /**
   * The type bits of a name written as these tokens (1 << {@link #PER} ...), 0 if not listed.
   */
  int lookup(String... tokens) {
    long h = FNV_OFFSET;
    for (String t : tokens) {
      h = hash(h, t);
    }
    return typesOf(h);
  }

  /**
   * Marks every listed name in a sentence: for each type, bit {@code type} on the name's first
   * token and bit {@link #TYPES} + {@code type} on its other tokens. Names start at a token that
   * begins with a capital letter or a digit, as the lexicon's do.
   */
  int[] mark(String[] tokens) {
    int n = tokens.length;
    int[] bits = new int[n];
    if (hashes.length == 0) {
      return bits;
    }
    for (int i = 0; i < n; i++) {
      if (tokens[i].isEmpty()) {
        continue;
      }
      char c = tokens[i].charAt(0);
      if (!Character.isUpperCase(c) && !Character.isDigit(c)) {
        continue;
      }
      long h = FNV_OFFSET;
      for (int j = i; j < n && j < i + MAX_TOKENS; j++) {
        h = hash(h, tokens[j]);
        int found = typesOf(h);
        if (found == 0) {
          continue;
        }
        bits[i] |= found;
        for (int k = i + 1; k <= j; k++) {
          bits[k] |= found << TYPES;
        }
      }
    }
    return bits;
  }

  private int typesOf(long h) {
    long key = h & MASK;
    int b = bucket(key);
    // The writer keeps each hash once, so the match within the bucket is the only one.
    int at = Arrays.binarySearch(hashes, bucketStarts[b], bucketStarts[b + 1], key);
    return at < 0 ? 0 : types[at];
  }

  /**
   * Continues an FNV-1a hash over a token's chars. Whitespace is skipped, so that NLP4J's
   * "Mikoyan - Gurevich" and Lede's single token "Mikoyan-Gurevich" hash alike, and each run of
   * digits counts as one '0', as in NLP4J's simplified word forms.
   */
  static long hash(long h, CharSequence token) {
    boolean digits = false;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (Character.isWhitespace(c)) {
        continue;
      }
      if (Character.isDigit(c)) {
        if (digits) {
          continue;
        }
        digits = true;
        c = '0';
      } else {
        digits = false;
      }
      h ^= c;
      h *= FNV_PRIME;
    }
    return h;
  }
}
