package dev.lede.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Religious holidays and faiths, which name no person or place, for the document pass: "shopping
 * for Eid", "the peace of Ramadan", "the name of Islam", "celebrated Eid al-Fitr". The tagger read
 * them as people in reports from the Middle East (holidays are events, which the guidelines make
 * no entities). A holiday's word that is also a word of a person's name of the text ("Tariq
 * Ramadan") is the holiday only after a word of time ("during Ramadan", "the holy month of").
 * A month's abbreviation with its full stop ("on Nov. that", "in Sept.") is a date too, where
 * a page lost the day after it and the tagger read the word alone as a place.
 *
 * <p>Thread-safe: holds only immutable data.
 */
final class HolidayNames {

  /** Holidays and faiths that news names alone, capitalised. */
  private static final Set<String> NAMES = Set.of("Ramadan", "Eid", "Diwali", "Hanukkah",
      "Passover", "Nowruz", "Navruz", "Ashura", "Muharram", "Hajj", "Umrah", "Vesak", "Kwanzaa",
      "Purim", "Sukkot", "Shavuot", "Islam", "Christianity", "Judaism", "Hinduism", "Buddhism",
      "Sikhism");
  /**
   * Months' abbreviations as news writes them, with their full stop (AP style): "Nov.", "Sept.".
   * Without the stop they are also names ("Jan", "Dec"), and May, June and July are not cut.
   */
  private static final Set<String> MONTH_ABBREVIATIONS = Set.of("jan.", "feb.", "mar.", "apr.",
      "aug.", "sep.", "sept.", "oct.", "nov.", "dec.");
  /** Words of time right before a holiday: "during Ramadan", "month of Ramadan". */
  private static final Pattern TIME_BEFORE = Pattern.compile("\\b(?:during|before|after|since"
      + "|until|for|of|in|celebrate[sd]?|celebrating|marks?|marking)\\s+\\z");
  /** A holiday's longer form after its first word: "Eid al-Fitr", "Eid al-Adha". */
  private static final Pattern LONG_FORM = Pattern.compile("\\A\\p{Lu}\\p{L}+\\s+al-\\p{L}+\\z");
  /** How far before a mention, in chars, {@link #TIME_BEFORE} looks. */
  private static final int WINDOW = 30;

  private HolidayNames() {}

  /**
   * The mentions without the people and places that are a holiday, a faith or a month.
   *
   * @param body the body
   * @param found the mentions, in text order
   * @return the mentions, in text order
   */
  static List<TypedMention> without(String body, List<TypedMention> found) {
    Set<String> personWords = new HashSet<>(); // of names of two words or more, no holiday's
    for (TypedMention g : found) {
      String text = body.substring(g.start(), g.end());
      if (g.type() == EntityType.PERSON && text.contains(" ")
          && !NAMES.contains(text.split("\\s+")[0])) {
        for (String w : text.split("\\s+")) {
          personWords.add(w.toLowerCase(Locale.ROOT));
        }
      }
    }
    List<TypedMention> out = new ArrayList<>(found.size());
    for (TypedMention g : found) {
      if (!isHoliday(body, g, personWords)) {
        out.add(g);
      }
    }
    return out;
  }

  private static boolean isHoliday(String body, TypedMention g, Set<String> personWords) {
    if (g.type() != EntityType.PERSON && g.type() != EntityType.LOCATION) {
      return false;
    }
    String text = body.substring(g.start(), g.end());
    if (MONTH_ABBREVIATIONS.contains(text.toLowerCase(Locale.ROOT))) {
      return true;
    }
    String first = text.split("\\s+")[0];
    if (!NAMES.contains(first) || !text.equals(first) && !LONG_FORM.matcher(text).matches()) {
      return false;
    }
    if (!personWords.contains(first.toLowerCase(Locale.ROOT))) {
      return true;
    }
    return TIME_BEFORE.matcher(body).useTransparentBounds(true)
        .region(Math.max(0, g.start() - WINDOW), g.start()).find();
  }
}
