package dev.lede.entities;

import static dev.lede.entities.NameWords.LEGAL_FORMS;
import static dev.lede.entities.NameWords.ORG_HEADS;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The document stage's joined organisations: two organisations joined by "and" or "&" that a
 * sentence read as one name are two ("Palmer Fire Department and Ridge Central Fire Department",
 * "Big Machine and The Carlyle Group"). An organisation's name may hold "and" itself ("Fish and
 * Wildlife Service", "First National Bank and Trust Company", "the Okafor and Nowak Group"), so
 * the mention is split only where each side reads as a whole name: the right side opens with a
 * capitalised "The"; or both sides end in an organisation's head or legal form and the right
 * one, of two words or more, does not open with one ("Trust Company" continues a bank's name);
 * or the text names each side as an organisation on its own elsewhere ("Keller Foundation and
 * Center for Marine Life" beside "the Keller Foundation" and "the Center for Marine Life").
 *
 * <p>Thread-safe: stateless.
 */
final class JoinedNames {

  /** The one "and" or "&amp;" of a mention, between two capitalised words. */
  private static final Pattern JOINT = Pattern.compile("\\s+(?:and|&)\\s+(?=[\\p{Lu}\\d])");
  /** A legal form at a name's end, its full stop optional ("Acme Corp.", "Acme, Inc."). */
  private static final Pattern LEGAL_FORM_AT_END = Pattern.compile(
      ",?\\s+(?:" + NameWords.DESIGNATORS + "|Co|Company|Limited)\\.?\\z");

  /** {@link #LEGAL_FORM_AT_END} in any case: "Plc" as "PLC" and "plc". */
  private static final Pattern ANY_CASE_FORM_AT_END =
      Pattern.compile(LEGAL_FORM_AT_END.pattern(), Pattern.CASE_INSENSITIVE);
  /** Up to four capitalised words, then "and", right before a mention, on one line. */
  private static final Pattern BEFORE_AND = Pattern.compile(
      "((?:\\p{Lu}[\\p{L}\\p{N}.'&-]*[ \\t]+){0,3}\\p{Lu}[\\p{L}\\p{N}.'&-]*)[ \\t]+and[ \\t]+\\z");
  /** The legal forms of {@link #LEGAL_FORM_AT_END} that {@code LEGAL_FORMS} leaves out. */
  private static final Set<String> AND_TAIL_FORMS = Set.of("Co", "Co.", "Company");
  /** Most words before the "and" of a name that ends in a head and no legal form. */
  private static final int MAX_WORDS_BEFORE_HEAD = 2;
  /** How far before a mention {@link #BEFORE_AND} looks. */
  private static final int BEFORE_AND_WINDOW = 80;
  /** The word right before a run of capitalised words, on the same line. */
  private static final Pattern WORD_BEFORE_RUN = Pattern.compile("(\\S+)[ \\t]+\\z");

  private JoinedNames() {}

  /**
   * The mentions with each organisation that joins two names split into those two.
   *
   * @param body the body
   * @param found the mentions, in text order
   * @return the mentions, in text order
   */
  static List<TypedMention> split(String body, List<TypedMention> found) {
    Set<String> names = new HashSet<>();
    Map<String, TypedMention> written = new HashMap<>(); // the first of each text
    for (TypedMention f : found) {
      if (f.type() == EntityType.ORGANIZATION) {
        String text = body.substring(f.start(), f.end());
        names.add(key(text));
        written.putIfAbsent(text, f);
      }
    }
    List<TypedMention> out = new ArrayList<>(found.size());
    for (TypedMention f : found) {
      String text = body.substring(f.start(), f.end());
      Matcher m = f.type() == EntityType.ORGANIZATION && f.canonical() == null
          ? JOINT.matcher(text) : null;
      if (m == null || !m.find() || m.start() == 0 || !Character.isUpperCase(text.charAt(0))) {
        out.add(f);
        continue;
      }
      int joint = m.start();
      int right = m.end();
      if (m.find()) {
        out.add(f); // three names or more: a list the rule does not read
        continue;
      }
      String left = text.substring(0, joint);
      String rest = text.substring(right);
      if (twoNames(left, rest, names)) {
        out.add(side(f.start(), f.start() + joint, left, written));
        out.add(side(f.start() + right, f.end(), rest, written));
      } else {
        out.add(f);
      }
    }
    return out;
  }

  /**
   * The mentions with each company's name that a sentence cut at its own "and" made whole again:
   * "American Telephone and Telegraph Co", "British and Commonwealth Shipping Plc", where the
   * tagger found only the words after the "and". The words before it join where they are
   * capitalised words that no mention covers, not the last of a list ("Pellar, Brisk and Tessin
   * Corp") nor a day; a mention before the "and" joins where the words after it are heads and a
   * legal form alone, which name no company of their own ("Harlow County Bank and Trust Co").
   * The right side must end in a legal form ("Telegraph Co") or, after one or two words, a head
   * ("House Ways and Means Committee"); a longer name before "and" and a head is as often one
   * of two organisations listed ("Illankai Tamil Arasu Kachchi and All Ceylon Tamil Congress").
   *
   * @param body the body
   * @param found the mentions, in text order
   * @return the mentions, in text order
   */
  static List<TypedMention> join(String body, List<TypedMention> found) {
    List<TypedMention> out = new ArrayList<>(found.size());
    for (TypedMention f : found) {
      TypedMention before = out.isEmpty() ? null : out.get(out.size() - 1);
      TypedMention joined = f.type() == EntityType.ORGANIZATION && f.canonical() == null
          ? joined(body, before, f) : null;
      if (joined == null) {
        out.add(f);
      } else {
        if (before != null && joined.start() <= before.start()) {
          out.remove(out.size() - 1);
        }
        out.add(joined);
      }
    }
    return out;
  }

  /** The organisation that {@code right} and the words before its "and" name, or null. */
  private static TypedMention joined(String body, TypedMention before, TypedMention right) {
    String text = body.substring(right.start(), right.end());
    String[] words = text.split("\\s+");
    if (!endsInHead(text)) {
      return null;
    }
    Matcher m = BEFORE_AND.matcher(body).region(
        Math.max(0, right.start() - BEFORE_AND_WINDOW), right.start());
    if (!m.find()) {
      return null;
    }
    int start = m.start(1);
    if (before != null && before.type() == EntityType.ORGANIZATION
        && before.end() == m.end(1) && before.canonical() == null) {
      // "Harlow County Bank and Trust Co": "Trust Co" names no company of its own
      boolean tail = words.length >= 2 && LEGAL_FORM_AT_END.matcher(text).find();
      for (int i = 0; tail && i < words.length - 1; i++) {
        tail = ORG_HEADS.contains(words[i].toLowerCase(Locale.ROOT))
            || LEGAL_FORMS.contains(words[i]);
      }
      return tail ? organisation(before.start(), right.end()) : null;
    }
    if (before != null && before.end() > start) {
      return null; // a mention covers the words before the "and"
    }
    if (!ANY_CASE_FORM_AT_END.matcher(text).find()
        && m.group(1).split("\\s+").length > MAX_WORDS_BEFORE_HEAD) {
      // a head without a legal form says less: a name's own "and" joins a word or two of its
      // trade ("Fish and Wildlife Service", "House Ways and Means Committee"), while "Illankai
      // Tamil Arasu Kachchi and All Ceylon Tamil Congress" are two parties
      return null;
    }
    for (String w : m.group(1).split("\\s+")) {
      // a legal form ends a company's name: "Pellar Holdings Ltd and Tessin Corp" are two
      if (NameWords.DATE_WORDS.contains(w) || w.equals("The") || LEGAL_FORMS.contains(w)
          || AND_TAIL_FORMS.contains(w)) {
        return null;
      }
    }
    // the words before the run: not a capitalised word (the run would go on) nor a list's comma
    String left = body.substring(Math.max(0, start - 2), start);
    if (left.endsWith(", ") || left.endsWith(",")) {
      return null;
    }
    if (start > 0 && !Character.isWhitespace(body.charAt(start - 1))
        && body.charAt(start - 1) != '(' && body.charAt(start - 1) != '"') {
      return null;
    }
    Matcher w = WORD_BEFORE_RUN.matcher(body).region(Math.max(0, start - BEFORE_AND_WINDOW), start);
    if (w.find() && Character.isUpperCase(w.group(1).charAt(0))) {
      return null;
    }
    return organisation(start, right.end());
  }

  private static TypedMention organisation(int start, int end) {
    return new TypedMention(start, end, EntityType.ORGANIZATION, null, null, false);
  }

  /**
   * One side of a split name, joined to the organisation the text writes the same way elsewhere
   * ("The Carlyle Group" is the listed "Carlyle Group" there).
   */
  private static TypedMention side(int start, int end, String text,
      Map<String, TypedMention> written) {
    TypedMention same = written.get(text);
    return new TypedMention(start, end, EntityType.ORGANIZATION,
        same == null ? null : DocumentPass.reference(same), null, false);
  }

  /** Whether the two sides of a joined name are each a whole organisation's name. */
  private static boolean twoNames(String left, String right, Set<String> names) {
    if (right.startsWith("The ")) {
      return true;
    }
    String[] rightWords = right.split("\\s+");
    if (rightWords.length >= 2 && endsInHead(left) && endsInHead(right)
        && !ORG_HEADS.contains(rightWords[0].toLowerCase(Locale.ROOT))) {
      return true;
    }
    return names.contains(key(left)) && names.contains(key(right));
  }

  /** Whether a name ends in an organisation's head noun or a legal form. */
  private static boolean endsInHead(String name) {
    String[] words = name.split("\\s+");
    String last = words[words.length - 1];
    // "Department" is no head of the rules that find names (it opens ministries), but it ends
    // an agency's name: "Palmer Fire Department"
    return LEGAL_FORMS.contains(last) || ORG_HEADS.contains(last.toLowerCase(Locale.ROOT))
        || last.equals("Department");
  }

  /** A name without a capitalised "The" before it and a legal form after it. */
  private static String key(String name) {
    String key = name.startsWith("The ") ? name.substring(4) : name;
    return LEGAL_FORM_AT_END.matcher(key).replaceFirst("");
  }
}
