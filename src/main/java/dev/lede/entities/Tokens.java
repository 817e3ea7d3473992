package dev.lede.entities;

import dev.lede.text.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A sentence's tokens as parallel arrays, with one repair: the English tokenizer splits a curly
 * possessive inside the name ("Lukashenk" + "o’s"); here the name is whole again and the
 * possessive is its own token ("Lukashenko" + "’s"), as in the training data.
 *
 * @param words token texts
 * @param pos UD part-of-speech tags
 * @param starts start offsets into the body
 * @param ends end offsets
 */
record Tokens(String[] words, String[] pos, int[] starts, int[] ends) {

  private static final Pattern SPLIT_POSSESSIVE = Pattern.compile("\\p{L}{1,2}[’'][sS]?");

  static Tokens of(String body, List<Token> tokens) {
    int n = tokens.size();
    String[] words = new String[n];
    String[] pos = new String[n];
    int[] starts = new int[n];
    int[] ends = new int[n];
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      words[i] = t.text();
      pos[i] = t.pos();
      starts[i] = t.start();
      ends[i] = t.end();
    }
    for (int i = 0; i + 1 < n; i++) {
      if (starts[i + 1] == ends[i] && !words[i].isEmpty()
          && Character.isLetter(words[i].charAt(words[i].length() - 1))
          && SPLIT_POSSESSIVE.matcher(words[i + 1]).matches()) {
        int quote = Math.max(words[i + 1].indexOf('’'), words[i + 1].indexOf('\''));
        ends[i] += quote;
        starts[i + 1] = ends[i];
        words[i] = body.substring(starts[i], ends[i]);
        words[i + 1] = body.substring(starts[i + 1], ends[i + 1]);
        pos[i + 1] = "PART";
      }
    }
    return joinHyphens(body, words, pos, starts, ends);
  }

  /**
   * The tokenizer splits hyphenated words unevenly; {@code TextProcessor} keeps a hyphen between
   * two letters or digits inside its word, and this joins the rest ("U.S." "-" "led"): the
   * training corpora keep them whole, and so do we.
   */
  private static Tokens joinHyphens(String body, String[] words, String[] pos, int[] starts,
      int[] ends) {
    int n = words.length;
    boolean any = false;
    for (int i = 0; i + 1 < n && !any; i++) {
      any = joins(words, starts, ends, i);
    }
    if (!any) {
      return new Tokens(words, pos, starts, ends);
    }
    List<String> w = new ArrayList<>(n);
    List<String> p = new ArrayList<>(n);
    List<int[]> se = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int start = starts[i];
      int j = i;
      while (j + 1 < n && joins(words, starts, ends, j)) {
        j++;
      }
      String tag = pos[j];
      for (int k = j; k >= i; k--) {
        if (!words[k].equals("-")) {
          tag = pos[k];
          break;
        }
      }
      w.add(body.substring(start, ends[j]));
      p.add(tag);
      se.add(new int[] {start, ends[j]});
      i = j;
    }
    return of(w, p, se);
  }

  /** What joins the names of a compound: a hyphen, an en dash or a slash. */
  private static final Pattern COMPOUND_SEPARATOR = Pattern.compile("[-–/]");
  /** A capitalised part of a hyphenated compound: "Russia", "U.S.", "EU". */
  private static final Pattern COMPOUND_PART = Pattern.compile("\\p{Lu}[\\p{L}.]*");

  /** Nouns after two places joined by a hyphen that make them a route or a relation. */
  private static final Set<String> ROUTE_NOUNS = Set.of("route", "routes", "line", "railway",
      "railroad", "road", "highway", "motorway", "border", "flight", "flights", "rally",
      "pipeline", "corridor", "talks", "war", "relations", "ties", "match", "ferry", "canal",
      "link", "train", "trains", "service", "race");

  /**
   * Splits hyphenated compounds of names ("Russia-Ukraine war", "US-China talks", "Israel-Hamas
   * ceasefire", with an en dash or a slash too: "Russia–Ukraine", "US/China") into the names and
   * their separators: each name is a mention (a country used attributively is one), and the
   * tagger learnt from text that splits them so. Only when every
   * part is a name the lists know, the whole is not one ("Guinea-Bissau", "Austria-Hungary",
   * "Ocasio-Cortez" stay whole), and no capitalised word follows ("US-China Business Council").
   * Places that are no country joined by a hyphen are one place's name ("Hesse-Kassel",
   * "Brunswick-Lüneburg"), unless a route or a relation follows ("the Hesse-Kassel railway").
   * An en dash or a route after the compound marks a relation, where one listed name is enough
   * to split it ("the Kassel–Bebra railway", "the Kassel-Bebra line"), and both together split
   * names no list knows ("the Frankfurt–Bebra railway"), as a way only places end does with a
   * hyphen ("the Frankfurt-Bebra railway").
   *
   * @param known whether a phrase is a listed name
   * @param placeOnly whether a phrase is listed only as a place that is no country
   * @return these tokens, or new ones with the compounds split
   */
  Tokens splitNameCompounds(Predicate<String> known, Predicate<String> placeOnly) {
    int n = words.length;
    List<String> w = null;
    List<String> p = null;
    List<int[]> se = null;
    for (int i = 0; i < n; i++) {
      // a capitalised word after it: the compound starts a longer name ("Asia-Pacific Economic
      // Cooperation", "US-China Business Council")
      boolean nameGoesOn = i + 1 < n && !words[i + 1].isEmpty()
          && Character.isUpperCase(words[i + 1].charAt(0));
      // an en dash or a route after it marks a relation ("the Kassel–Bebra line"): one
      // listed name is enough, and with both no name need be listed ("the Frankfurt–Bebra
      // railway")
      boolean dash = words[i].indexOf('–') >= 0;
      boolean route = i + 1 < n && ROUTE_NOUNS.contains(words[i + 1]);
      // a railway, road or pipeline joins places, whatever the lists know of them
      boolean way = i + 1 < n && NameWords.ROUTE_WAYS.contains(words[i + 1]);
      String[] parts = nameGoesOn ? null
          : compoundParts(words[i], known, way ? 2 : (dash ? 1 : 0) + (route ? 1 : 0));
      if (parts != null && !dash && !route && words[i].indexOf('/') < 0
          && Arrays.stream(parts).allMatch(placeOnly)) {
        parts = null; // "Hesse-Kassel": one place
      }
      if (parts != null && w == null) {
        w = new ArrayList<>(n + 4);
        p = new ArrayList<>(n + 4);
        se = new ArrayList<>(n + 4);
        for (int k = 0; k < i; k++) {
          w.add(words[k]);
          p.add(pos[k]);
          se.add(new int[] {starts[k], ends[k]});
        }
      }
      if (w == null) {
        continue;
      }
      if (parts == null) {
        w.add(words[i]);
        p.add(pos[i]);
        se.add(new int[] {starts[i], ends[i]});
        continue;
      }
      int at = starts[i];
      for (int k = 0; k < parts.length; k++) {
        if (k > 0) {
          w.add(String.valueOf(words[i].charAt(at - starts[i])));
          p.add("PUNCT");
          se.add(new int[] {at, at + 1});
          at++;
        }
        w.add(parts[k]);
        p.add("PROPN");
        se.add(new int[] {at, at + parts[k].length()});
        at += parts[k].length();
      }
    }
    if (w == null) {
      return this;
    }
    return of(w, p, se);
  }

  /**
   * The names of a hyphenated compound, or null: all of them listed, one at least where one
   * mark of a relation says so (an en dash, a route after it), none where both do.
   */
  private static String[] compoundParts(String word, Predicate<String> known, int marks) {
    if (word.indexOf('-') < 0 && word.indexOf('–') < 0 && word.indexOf('/') < 0
        || known.test(word)) {
      return null;
    }
    String[] parts = COMPOUND_SEPARATOR.split(word, -1);
    int listed = 0;
    for (String part : parts) {
      if (!COMPOUND_PART.matcher(part).matches()) {
        return null;
      }
      listed += known.test(part) ? 1 : 0;
    }
    return listed == parts.length || marks == 1 && listed > 0 || marks == 2 ? parts : null;
  }

  /** Tokens from lists of texts, tags and {start, end} offsets. */
  private static Tokens of(List<String> w, List<String> p, List<int[]> se) {
    int m = w.size();
    int[] s2 = new int[m];
    int[] e2 = new int[m];
    for (int i = 0; i < m; i++) {
      s2[i] = se.get(i)[0];
      e2[i] = se.get(i)[1];
    }
    return new Tokens(w.toArray(String[]::new), p.toArray(String[]::new), s2, e2);
  }

  /** Whether token i and i+1 touch through a hyphen: "U.S." "-", "-" "led", "Hamas" "-ruled". */
  private static boolean joins(String[] words, int[] starts, int[] ends, int i) {
    if (starts[i + 1] != ends[i] || words[i].isEmpty() || words[i + 1].isEmpty()) {
      return false;
    }
    String a = words[i];
    String b = words[i + 1];
    boolean aWord = Character.isLetterOrDigit(a.charAt(a.length() - 1)) || a.endsWith(".");
    boolean bWord = Character.isLetterOrDigit(b.charAt(0));
    return (a.endsWith("-") && a.length() >= 1 && bWord
            && (a.length() > 1 || (i > 0 && starts[i] == ends[i - 1])))
        || (b.startsWith("-") && b.length() >= 1 && aWord
            && (b.length() > 1 || (i + 2 < words.length && starts[i + 2] == ends[i + 1])));
  }
}
