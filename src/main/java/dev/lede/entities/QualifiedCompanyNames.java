package dev.lede.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The document stage's companies named with a qualifier in parentheses before their legal form:
 * "Goldman Sachs (Japan) Corp", "Cheung Kong (Holdings) Ltd", "E.H. Industries (Canada) Inc".
 * The whole name is one organisation, its qualifier no mention of its own; the tagger cut such
 * names at the parenthesis, read the place inside it as a country and the words before it as a
 * person, or found nothing.
 *
 * <p>Thread-safe: stateless.
 */
final class QualifiedCompanyNames {

  /** A capitalised word of a name, initials and hyphens inside it ("E.D.F.Man", "Cheung"). */
  private static final String WORD = "\\p{Lu}[\\p{L}\\p{N}.&'-]*";
  /** A legal form after the closing parenthesis, as a whole word. */
  private static final String FORM = "(?:" + NameWords.DESIGNATORS
      + "|Limited|Corporation|Company)(?![\\p{L}\\p{N}])";
  /**
   * One to four capitalised words, one to three in parentheses, then a legal form, on one line.
   */
  private static final Pattern QUALIFIED = Pattern.compile("(?<![\\p{L}\\p{N}.&'-])((?:" + WORD
      + "[ \\t]+){0,3}" + WORD + ")[ \\t]+\\(" + WORD + "(?:[ \\t]+" + WORD + "){0,2}\\)[ \\t]+"
      + FORM);
  /**
   * What every such name holds, a closing parenthesis and a legal form: sought first, since most
   * texts have none and {@link #QUALIFIED} tries every capitalised word.
   */
  private static final Pattern FORM_AFTER_PARENTHESIS = Pattern.compile("\\)[ \\t]+" + FORM);
  /** The word right before a run of capitalised words, on the same line. */
  private static final Pattern WORD_BEFORE = Pattern.compile("(\\S+)[ \\t]+\\z");
  /** How far before a name {@link #WORD_BEFORE} looks. */
  private static final int WINDOW = 40;

  private QualifiedCompanyNames() {}

  /**
   * The mentions with each company named with a parenthesised qualifier made one organisation,
   * in place of the mentions inside its name. A run of capitalised words longer than four, or
   * a mention that reaches out of the name, leaves the mentions as they are.
   *
   * @param body the body
   * @param found the mentions, in text order
   * @return the mentions, in text order
   */
  static List<TypedMention> apply(String body, List<TypedMention> found) {
    if (!FORM_AFTER_PARENTHESIS.matcher(body).find()) {
      return found;
    }
    Matcher m = QUALIFIED.matcher(body);
    List<int[]> names = new ArrayList<>();
    while (m.find()) {
      Matcher before = WORD_BEFORE.matcher(body).region(Math.max(0, m.start() - WINDOW),
          m.start());
      if (before.find() && Character.isUpperCase(before.group(1).charAt(0))) {
        continue; // the run of capitalised words goes on: where the name starts is unknown
      }
      names.add(new int[] {m.start(), m.end()});
    }
    if (names.isEmpty()) {
      return found;
    }
    List<TypedMention> out = new ArrayList<>(found.size());
    int f = 0;
    for (int[] name : names) {
      boolean crossed = false;
      while (f < found.size() && found.get(f).start() < name[1]) {
        TypedMention t = found.get(f++);
        crossed |= t.end() > name[0] && (t.start() < name[0] || t.end() > name[1]);
        out.add(t);
      }
      if (crossed) {
        continue;
      }
      out.removeIf(t -> t.start() >= name[0] && t.end() <= name[1]);
      out.add(insertionPoint(out, name[0]), new TypedMention(name[0], name[1],
          EntityType.ORGANIZATION, null, null, false));
    }
    while (f < found.size()) {
      out.add(found.get(f++));
    }
    return out;
  }

  /** Where a mention starting at {@code start} goes in the text-ordered {@code out}. */
  private static int insertionPoint(List<TypedMention> out, int start) {
    int i = out.size();
    while (i > 0 && out.get(i - 1).start() > start) {
      i--;
    }
    return i;
  }
}
