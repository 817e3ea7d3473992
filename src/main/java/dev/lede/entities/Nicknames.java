package dev.lede.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The document stage's nicknames: a person's nickname in quotes that the text gives it, and the
 * nickname wherever the text writes it again, are mentions of that person, as the guidelines
 * make "surname-only, given-name-only and nickname mentions" ("His team-mates knew him as
 * \"Ogge\"", "Marit Solheim, known as “Maja”,"). The person is the one the text names right
 * before "known as", "nicknamed", "dubbed" or "also called", or the last one named before
 * "him" or "her" with such a verb ("knew him as", "called her"); a quoted name after "known as"
 * with no person before it is no one's ("the district known as \"Little Bergen\"").
 *
 * <p>Thread-safe: holds no state.
 */
final class Nicknames {

  /** One to three capitalised words in straight or curly quotes. */
  private static final String QUOTED = "[\"“‘']((?:\\p{Lu}[\\p{L}'’.-]*)"
      + "(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,2})[\"”’']";
  /** A nickname given to the person named right before: "Marit Solheim, known as “Maja”". */
  private static final Pattern AFTER_NAME = Pattern.compile("\\A,?\\s+(?:(?:who\\s+(?:was|is)"
      + "\\s+)?(?:known|better\\s+known|nicknamed|dubbed|also\\s+called))\\s+(?:as\\s+)?"
      + QUOTED);
  /** A nickname given to "him" or "her": "knew him as \"Ogge\"", "called her \"Maja\"". */
  private static final Pattern TO_PRONOUN = Pattern.compile("\\b(?:knew|know|knows|called"
      + "|call|calls|nicknamed|dubbed|named)\\s+(?:him|her)\\s+(?:as\\s+)?" + QUOTED);
  /** Quotation marks, which a tagged name may have kept ("Maja”"). */
  private static final Pattern QUOTES = Pattern.compile("[\"“”‘’']");
  /** How far before "him" or "her", in chars, the person it stands for may be named. */
  private static final int PRONOUN_WINDOW = 300;

  private Nicknames() {}

  /**
   * The mentions with the text's nicknames of its people as mentions of them.
   *
   * @param body the body
   * @param found the mentions, in text order
   * @return the mentions, in text order
   */
  static List<TypedMention> withNicknames(String body, List<TypedMention> found) {
    Map<String, TypedMention> nicknames = new HashMap<>(); // nickname -> its person's mention
    for (TypedMention f : found) {
      if (f.type() != EntityType.PERSON) {
        continue;
      }
      Matcher m = AFTER_NAME.matcher(body).region(f.end(), body.length());
      if (m.lookingAt()) {
        nicknames.putIfAbsent(m.group(1), f);
      }
    }
    for (Matcher m = TO_PRONOUN.matcher(body); m.find(); ) {
      TypedMention person = null;
      for (TypedMention f : found) {
        if (f.end() <= m.start() && f.type() == EntityType.PERSON
            && m.start() - f.end() <= PRONOUN_WINDOW) {
          person = f;
        }
      }
      if (person != null) {
        nicknames.putIfAbsent(m.group(1), person);
      }
    }
    if (nicknames.isEmpty()) {
      return found;
    }
    List<TypedMention> out = new ArrayList<>(found);
    for (Map.Entry<String, TypedMention> e : nicknames.entrySet()) {
      String reference = DocumentPass.reference(e.getValue());
      Matcher at = Occurrences.matcher(
          Pattern.compile("(?<!\\p{L})" + Pattern.quote(e.getKey()) + "(?!\\p{L})"), body);
      for (int a = Occurrences.next(body, e.getKey(), at, 0); a >= 0;
          a = Occurrences.next(body, e.getKey(), at, at.end())) {
        TypedMention mention = new TypedMention(at.start(), at.end(), EntityType.PERSON,
            reference, null, false);
        int same = -1;
        boolean covered = false;
        for (int i = 0; i < out.size(); i++) {
          TypedMention f = out.get(i);
          if (f.start() >= at.end() || at.start() >= f.end()) {
            continue;
          }
          if (f.type() == EntityType.PERSON && f.canonical() == null
              && QUOTES.matcher(body.substring(f.start(), f.end())).replaceAll("")
                  .equals(e.getKey())) {
            // the tagger's own person "Ogge", or "Maja”" with the tokenizer's quote: the
            // nickname's person, without the quote
            same = i;
          } else {
            covered = true;
          }
        }
        if (same >= 0) {
          out.set(same, mention);
        } else if (!covered) {
          out.add(mention);
        }
      }
    }
    out.sort(Comparator.comparingInt(TypedMention::start));
    return out;
  }
}
