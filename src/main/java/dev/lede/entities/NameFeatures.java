package dev.lede.entities;

import dev.lede.internal.WordMemo;
import java.util.List;
import java.util.Locale;

/**
 * Turns a tokenised sentence into what the statistical name finder sees: tokens in normal case
 * (an all-caps headline is read in title case) and, per token, extra features from its part of
 * speech and the gazetteers. Training and recognition share this class, so the model sees the
 * same features in both.
 *
 * <p>Thread-safe: holds only immutable lists and a concurrent cache.
 */
final class NameFeatures {

  /** Offsets of the tokens whose word clusters are features of a token. */
  private static final int[] CLUSTER_WINDOW = {-2, -1, 0, 1, 2};

  /** Words whose {@link #GIVEN}, {@link #SURNAME} and {@link #TITLE} bits are kept. */
  static final int WORD_FLAGS_CACHE_SIZE = 100_000;

  private final Gazetteer gazetteer;
  /**
   * The list bits of each word: three lookups in large sets (and lower-casing for titles) per token
   * become one in a map whose frequent words stay in the processor's cache. Emptied when full.
   */
  private final WordMemo<Integer> wordFlags =
      new WordMemo<>(WORD_FLAGS_CACHE_SIZE, this::computeListFlags);

  NameFeatures(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** Flag bits of {@link Prepared#flags}: what the name lists say of a token. */
  static final int GIVEN = 1;
  static final int SURNAME = 2;
  static final int TITLE = 4;
  static final int CAPS = 8;
  /**
   * Bits from this one up: {@link NameLexicon#mark} of the sentence, the name lexicon's types of
   * the names that start at the token, then of those that continue through it.
   */
  static final int LEXICON_SHIFT = 4;
  /** Number of flag bits the neural tagger reads. */
  static final int FLAG_BITS = LEXICON_SHIFT + 2 * NameLexicon.TYPES;

  /**
   * One sentence prepared for the models: the tokens as the model reads them, the string
   * features of the perceptron ({@code null} when prepared for the neural tagger alone), and for
   * the neural tagger per token the longest gazetteer match it is part of ("B-CITY", "I-COUNTRY";
   * null for none) and the {@link #GIVEN} ... bits with the name lexicon's bits from
   * {@link #LEXICON_SHIFT} up.
   */
  record Prepared(String[] tokens, String[][] context, boolean allCaps, String[] gazetteer,
      int[] flags) {}

  /**
   * Prepares a sentence for either model: with the perceptron's string features.
   *
   * @param text the text the offsets index into
   * @param words the tokens as written
   * @param pos their UD part-of-speech tags
   * @param starts token start offsets into {@code text}
   * @param ends token end offsets
   */
  Prepared prepare(CharSequence text, String[] words, String[] pos, int[] starts, int[] ends) {
    return prepare(text, words, pos, starts, ends, true);
  }

  /**
   * Prepares a sentence for the neural tagger, which reads the tokens, gazetteer matches and flags
   * but none of the perceptron's string features: building those (a dozen concatenated strings
   * per token) was a sixth of the entity step's time.
   */
  Prepared prepareForTagger(CharSequence text, String[] words, int[] starts, int[] ends) {
    return prepare(text, words, null, starts, ends, false);
  }

  // Each stage is a method of its own: one large method with a hot loop per stage was compiled
  // again for every loop (on-stack replacement), seconds of JIT time on a single core.
  private Prepared prepare(CharSequence text, String[] words, String[] pos, int[] starts,
      int[] ends, boolean withContext) {
    boolean caps = isAllCaps(words);
    String[] tokens = modelTokens(words, caps);
    String[] gaz = gazetteerMatches(text, words, starts, ends);
    int[] flags = flags(tokens, caps);
    String[][] context = withContext ? context(tokens, pos, gaz, flags) : null;
    return new Prepared(tokens, context, caps, gaz, flags);
  }

  /** The tokens as the models read them: no possessive, title case for shouted words. */
  private static String[] modelTokens(String[] words, boolean caps) {
    int n = words.length;
    String[] tokens = new String[n];
    for (int i = 0; i < n; i++) {
      String w = stripPossessive(words[i]);
      tokens[i] = caps || isShoutedName(w) ? titleCase(w) : w;
    }
    return tokens;
  }

  /** Per token "B" or "I" and the kind of the longest gazetteer phrase it is part of, or null. */
  private String[] gazetteerMatches(CharSequence text, String[] words, int[] starts, int[] ends) {
    int n = words.length;
    String[] gaz = new String[n];
    for (int i = 0; i < n; i++) {
      if (words[i].isEmpty() || !Character.isUpperCase(words[i].charAt(0))) {
        continue;
      }
      List<PhraseTrie.Match<Gazetteer.Sense>> m =
          gazetteer.phrases.matchAt(text, starts, ends, i, Math.min(n, i + 8));
      // the longest match's first sense, short names that are also words and listed companies
      // left out: the taggers were trained without them
      PhraseTrie.Match<Gazetteer.Sense> longest = null;
      Gazetteer.Sense s = null;
      for (int k = 0; k < m.size() && longest == null; k++) {
        for (PhraseTrie.Entry<Gazetteer.Sense> e : m.get(k).entries()) {
          if (e.value().taggerInput()) {
            s = e.value();
            longest = m.get(k);
            break;
          }
        }
      }
      if (longest == null) {
        continue;
      }
      String kind = s.kind() == Gazetteer.Kind.CITY
          ? (s.population() >= Gazetteer.BIG_CITY_POPULATION ? "CITY" : "TOWN")
          : s.kind().name();
      for (int t = longest.firstToken(); t <= longest.lastToken(); t++) {
        if (gaz[t] == null) {
          gaz[t] = (t == longest.firstToken() ? "B" : "I") + kind;
        }
      }
    }
    return gaz;
  }

  /** The name lexicon's bits from {@link #LEXICON_SHIFT} up, and {@link #GIVEN} ... below. */
  private int[] flags(String[] tokens, boolean caps) {
    int[] flags = gazetteer.names.mark(tokens);
    for (int i = 0; i < tokens.length; i++) {
      int f = flags[i] << LEXICON_SHIFT | listFlags(tokens[i]);
      if (caps) {
        f |= CAPS;
      }
      flags[i] = f;
    }
    return flags;
  }

  /** Whether a capitalised word is a listed given name or surname ("Rice", "Trump", "May"). */
  boolean isListedName(String word) {
    return listFlags(word) != 0 && !isTitle(word);
  }

  /** Whether a capitalised word is a listed given name ("Bill", "Rose"). */
  boolean isGivenName(String word) {
    return (listFlags(word) & GIVEN) != 0 && !isTitle(word);
  }

  /** {@link #GIVEN}, {@link #SURNAME} and {@link #TITLE} as the lists say of a word. */
  private int listFlags(String t) {
    return wordFlags.get(t);
  }

  private int computeListFlags(String t) {
    int f = 0;
    if (gazetteer.givenNames.contains(t)) {
      f |= GIVEN;
    }
    if (gazetteer.surnames.contains(t)) {
      f |= SURNAME;
    }
    if (isTitle(t)) {
      f |= TITLE;
    }
    return f;
  }

  /** The perceptron's string features of each token. */
  private String[][] context(String[] tokens, String[] pos, String[] gaz, int[] flags) {
    int n = tokens.length;
    String[][] cluster = new String[n][];
    for (int i = 0; i < n; i++) {
      cluster[i] = gazetteer.clusters.get(WordClusterer.key(tokens[i]));
    }
    String[][] context = new String[n][];
    for (int i = 0; i < n; i++) {
      String[] f = new String[12 + 2 * CLUSTER_WINDOW.length];
      int k = 0;
      f[k++] = "pos=" + pos[i];
      f[k++] = "pp=" + (i > 0 ? pos[i - 1] : "BOS");
      f[k++] = "np=" + (i + 1 < n ? pos[i + 1] : "EOS");
      if (gaz[i] != null) {
        f[k++] = "g=" + gaz[i];
      }
      if (i > 0 && gaz[i - 1] != null) {
        f[k++] = "pg=" + gaz[i - 1];
      }
      if (i + 1 < n && gaz[i + 1] != null) {
        f[k++] = "ng=" + gaz[i + 1];
      }
      if ((flags[i] & GIVEN) != 0) {
        f[k++] = "given";
      }
      if ((flags[i] & SURNAME) != 0) {
        f[k++] = "surname";
      }
      if (i > 0 && (flags[i - 1] & GIVEN) != 0) {
        f[k++] = "pgiven";
      }
      if ((flags[i] & TITLE) != 0) {
        f[k++] = "title";
      }
      if (i > 0 && (flags[i - 1] & TITLE) != 0) {
        f[k++] = "ptitle";
      }
      if ((flags[i] & CAPS) != 0) {
        f[k++] = "caps";
      }
      // word clusters around the token: fine ids next to it, coarse ones further out
      for (int d : CLUSTER_WINDOW) {
        int j = i + d;
        String[] c = j >= 0 && j < n ? cluster[j] : null;
        if (c != null) {
          if (d >= -1 && d <= 1) {
            f[k++] = "c" + d + "=" + c[0];
          }
          f[k++] = "cc" + d + "=" + c[1];
        }
      }
      context[i] = java.util.Arrays.copyOf(f, k);
    }
    return context;
  }

  /**
   * "Lukashenko’s" is "Lukashenko" to the model: training data splits the possessive off. A word
   * in capitals writes its possessive in capitals too ("OYELARAN'S" in a headline).
   */
  static String stripPossessive(String w) {
    if (w.length() > 2 && (w.endsWith("'s") || w.endsWith("’s")
        || (w.endsWith("'S") || w.endsWith("’S"))
            && Character.isUpperCase(w.charAt(w.length() - 3)))) {
      return w.substring(0, w.length() - 2);
    }
    if (w.length() > 1 && (w.endsWith("'") || w.endsWith("’")) && Character.isLetter(w.charAt(w.length() - 2))) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }

  boolean isTitle(String token) {
    int hyphen = token.lastIndexOf('-');
    if (hyphen > 0 && hyphen < token.length() - 1) {
      // "Secretary-General", "Vice-President", "ex-President"
      return isTitle(token.substring(0, hyphen)) || isTitle(token.substring(hyphen + 1));
    }
    String t = token.toLowerCase(Locale.ROOT);
    return gazetteer.titles.contains(t)
        || (t.endsWith(".") && gazetteer.titles.contains(t.substring(0, t.length() - 1)));
  }

  /** True when most words of the sentence are in capitals: a headline or subhead. */
  static boolean isAllCaps(String[] words) {
    int upper = 0;
    int lettered = 0;
    for (String w : words) {
      boolean hasLower = false;
      boolean hasLetter = false;
      for (int i = 0; i < w.length(); i++) {
        char c = w.charAt(i);
        if (Character.isLetter(c)) {
          hasLetter = true;
          hasLower |= Character.isLowerCase(c);
        }
      }
      if (hasLetter) {
        lettered++;
        if (!hasLower) {
          upper++;
        }
      }
    }
    return lettered >= 3 && upper * 5 >= lettered * 4;
  }

  /** An all-caps word too long for most acronyms, in a mixed-case sentence ("KYIV —"). */
  private static boolean isShoutedName(String w) {
    if (w.length() < 5) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isLetter(c) && !Character.isUpperCase(c)) {
        return false;
      }
    }
    return Character.isLetter(w.charAt(0));
  }

  static String titleCase(String w) {
    StringBuilder b = new StringBuilder(w.length());
    boolean start = true;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      b.append(start ? c : Character.toLowerCase(c));
      start = !Character.isLetter(c) && c != '\'' && c != '’';
    }
    return b.toString();
  }
}
