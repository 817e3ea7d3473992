import edu.emory.mathcs.nlp.common.collection.tree.PrefixNode;
import edu.emory.mathcs.nlp.common.collection.tree.PrefixTree;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Derives models/nlp4j-names.bin from NLP4J's named-entity gazetteer
 * (edu.emory.mathcs.nlp:nlp4j-english:1.1.3, en-named-entity-gazetteers-simplified.xz, Apache
 * License 2.0): a Java-serialised PrefixTree of tokens whose values are sets of numeric entity
 * types. Keeps the person, place, organisation and other-name types (given names, job titles,
 * currencies and nationalities are dropped: Lede has its own lists for those), names of at most 8
 * NLP4J tokens starting with a capital letter or a digit, as 40-bit FNV-1a hashes; the file holds
 * no name in clear. dev.lede.entities.NameLexicon reads it and computes the same hash.
 *
 * <p>A tool of models/tools/train-ner.sh, run as a single-file program with nlp4j-api on the class
 * path and the uncompressed lexicon on standard input; never part of Lede itself.
 *
 * <p>Usage: xz -dc en-named-entity-gazetteers-simplified.xz | java -cp nlp4j-api-1.1.3.jar
 * Nlp4jLexicon.java OUT
 */
public final class Nlp4jLexicon {
  /** NLP4J type number to Lede's lexicon type bit (NameLexicon.PER ...); absent: dropped. */
  private static final Map<String, Integer> TYPES = Map.ofEntries(
      Map.entry("14", 0), // people
      Map.entry("1", 1), Map.entry("6", 1), Map.entry("7", 1), Map.entry("11", 1), // places
      Map.entry("0", 2), Map.entry("13", 2), // companies, organisations
      Map.entry("8", 3), Map.entry("9", 3), Map.entry("10", 3), Map.entry("12", 3),
      Map.entry("15", 3)); // books, events, films, products, songs
  private static final int MAX_TOKENS = 8;
  private static final long MASK = (1L << 40) - 1;

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: Nlp4jLexicon OUT < lexicon");
      System.exit(2);
    }
    PrefixTree<String, Object> tree;
    try (InputStream in = System.in; ObjectInputStream o = new ObjectInputStream(in)) {
      @SuppressWarnings("unchecked")
      PrefixTree<String, Object> t = (PrefixTree<String, Object>) o.readObject();
      tree = t;
    }
    TreeMap<Long, Integer> names = new TreeMap<>();
    int kept = 0;
    int all = 0;
    Deque<Map.Entry<List<String>, PrefixNode<String, Object>>> todo = new ArrayDeque<>();
    todo.push(Map.entry(List.of(), tree.getRoot()));
    while (!todo.isEmpty()) {
      var e = todo.pop();
      List<String> tokens = e.getKey();
      PrefixNode<String, Object> node = e.getValue();
      if (node.hasValue() && !tokens.isEmpty()) {
        all++;
        char c = tokens.get(0).charAt(0);
        int bits = 0;
        Object v = node.getValue();
        for (Object type : v instanceof Collection<?> col ? col : List.of(v)) {
          Integer bit = TYPES.get(type.toString());
          if (bit != null) {
            bits |= 1 << bit;
          }
        }
        if (bits != 0 && tokens.size() <= MAX_TOKENS
            && (Character.isUpperCase(c) || Character.isDigit(c))) {
          long h = 0xcbf29ce484222325L;
          for (String t : tokens) {
            h = hash(h, t);
          }
          names.merge(h & MASK, bits, (a, b) -> a | b);
          kept++;
        }
      }
      if (tokens.size() < MAX_TOKENS) {
        for (var child : node.entrySet()) {
          List<String> key = new ArrayList<>(tokens);
          key.add(child.getKey());
          todo.push(Map.entry(key, child.getValue()));
        }
      }
    }
    try (DataOutputStream out = new DataOutputStream(
        new BufferedOutputStream(new FileOutputStream(args[0]), 1 << 16))) {
      out.write("LEDELEX1".getBytes(StandardCharsets.US_ASCII));
      out.writeInt(names.size());
      long prev = 0;
      for (long h : names.keySet()) {
        long delta = h - prev;
        prev = h;
        while (delta >= 0x80) {
          out.write((int) (delta & 0x7f) | 0x80);
          delta >>>= 7;
        }
        out.write((int) delta);
      }
      for (int bits : names.values()) {
        out.write(bits);
      }
    }
    System.err.println("Nlp4jLexicon: " + all + " typed names read, " + kept + " kept, "
        + names.size() + " distinct hashes");
  }

  /** The same as dev.lede.entities.NameLexicon.hash. */
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
      h *= 0x100000001b3L;
    }
    return h;
  }
}
