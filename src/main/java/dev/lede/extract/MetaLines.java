package dev.lede.extract;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the metadata lines of a news page: bylines ("By X", "Written by X"), section labels
 * ("More in World", "Filed under X", "Home > World"), dates ("March 3, 2024", "Posted on March 3,
 * 2024 by X") and stated reading times ("5 min read"), alone or joined by separators. Used by
 * {@link PageTextExtractor} on every line and by {@link HtmlMetadata} on the lines a page shows
 * before its article. Stateless and thread-safe.
 */
final class MetaLines {

  /** Longest metadata line, in chars (as long as any chrome line of page text). */
  private static final int MAX_META_LINE_CHARS = 200;

  /** A reading-time label: "5 min read", "3-minute read", "Reading time: 4 minutes". */
  private static final Pattern READING_TIME = Pattern.compile(
      "(?i)(?:^|[^\\p{L}\\d])(?:(\\d{1,3})\\s*[-\\s]?\\s*(?:min|mins|minutes?)\\.?\\s*"
          + "(?:read|reading)(?:\\s+time)?"
          + "|(?:est(?:imated|\\.)?\\s+)?(?:reading|read)[\\s-]*time\\s*[:\\-–—]?\\s*"
          + "(?:about|approx(?:imately|\\.)?|~|≈)?\\s*(\\d{1,3})\\s*(?:min|mins|minutes?)\\b\\.?)");

  /** Longest reading-time label, in chars: longer text merely mentions minutes. */
  static final int MAX_READING_LABEL_CHARS = 40;

  /** A byline: "By X", "Written by X", "Author: X", "Load More By X", "View all posts by X". */
  private static final Pattern BYLINE = Pattern.compile(
      "(?i)^(?:(?:load|view|see|show|read)\\s+)?(?:(?:more|all|other|latest)\\s+)?"
          + "(?:(?:posts|articles|stories|news|content|from|written|reported|posted|submitted|words|story"
          + "|text|reporting)\\s+)?by[:\\s]\\s*(.+)$"
          + "|(?i)^(?:author|authors|writer|reporter|written by|posted by)\\s*[:\\-–]\\s*(.+)$");

  /** A "more in" section label: "Load More In World", "More in Sports", "All posts in X". */
  private static final String MORE_IN = "(?i)^(?:(?:load|view|see|show|read)\\s+)?"
      + "(?:more|all|other|latest)\\s+(?:(?:posts|articles|stories|news)\\s+)?in[:\\s]\\s*(.+)$";

  /** The site's "more in" navigation label, the one section label read after the article. */
  private static final Pattern MORE_IN_SECTION = Pattern.compile(MORE_IN);

  /** Separators between the parts of a metadata line ("By X | March 3 | 4 min read"). */
  private static final Pattern META_SEPARATOR = Pattern.compile("\\s+[|•·—–/]\\s+|\\s*[|•·]\\s*");

  /** A section label: "Load More In World", "Posted in X", "Filed under X", "Category: X". */
  private static final Pattern SECTION = Pattern.compile(
      MORE_IN
          + "|(?i)^(?:posted|published|filed)\\s+(?:in|under)[:\\s]\\s*(.+)$"
          + "|(?i)^(?:category|categories|section|topic|filed under)\\s*[:\\-–]\\s*(.+)$");

  /** A count of comments beside the byline: "3 Comments", "No Comments". */
  private static final Pattern COMMENT_COUNT =
      Pattern.compile("(?i)(?:\\d+|no|one)\\s+(?:comments?|responses?|replies)");

  /** A job title after the writer's name: ", Staff Writer", ", Gazette Correspondent". */
  private static final Pattern JOB_TITLE = Pattern.compile(
      "(?i),\\s*(?:[\\p{L}.'’\\-]+\\s+){0,3}(?:writer|correspondent|reporter|editor|contributor"
          + "|columnist|intern|producer|photographer|staff)s?$");

  /** A line that starts with a bare "By". */
  private static final Pattern BARE_BY = Pattern.compile("(?i)by\\b");

  /** Name parts in any case: words and initials. */
  private static final Pattern LOOSE_NAME =
      Pattern.compile("^\\p{L}[\\p{L}'’\\-]*\\.?(?:\\s+\\p{L}[\\p{L}'’\\-]*\\.?)*$");

  /**
   * The author followed by the date: "Submitted by NAME on DATE" (Drupal's line), "Posted by NAME
   * on DATE".
   */
  private static final Pattern BY_ON = Pattern.compile(
      "(?i)^((?:submitted|posted|written|published|added)\\s+)?by\\s+(.+?)\\s+on\\s+(.+)$");

  /** A weekday's name, which settles a date in figures that reads both ways ("Mon, 05/08/2024"). */
  private static final Pattern WEEKDAY =
      Pattern.compile("(?i)\\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\\b");

  /** Words of prose that no name in lower case holds ("Submitted by the end of the month"). */
  private static final Pattern FUNCTION_WORD =
      Pattern.compile("(?i)\\b(?:the|a|an|of|to|in|on|at|for|with|from|this|that|my|our|your)\\b");

  /** A date followed by the author: "Posted on March 3, 2024 by Jane Doe". */
  private static final Pattern DATE_BY = Pattern.compile("(?i)^(.+?),?\\s+by\\s+(.+)$");

  /** A breadcrumb trail from the home page: "Home > World > Europe". */
  private static final Pattern BREADCRUMB = Pattern.compile(
      "(?i)^(?:home|start|news)\\s*[>»›/]\\s*([^>»›/]{1,40}?)\\s*(?:[>»›/].*)?$");

  /** Name parts: capitalised words, initials, and the particles names carry. */
  private static final Pattern NAME = Pattern.compile(
      "^(?:(?:\\p{Lu}[\\p{L}'’.\\-]*|\\p{Lu}\\.|and|&|de|da|di|del|der|van|von|la|le|bin|al|el"
          + "|y|du|dos|ten|ter|,)\\s*)+$");

  /** A time of day: "9:05 p.m. ET", "8:47 PM EST", "20:31". */
  private static final String TIME =
      "\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,4})?";

  /** A time alone: the timestamp of a live blog's post, no date but no prose either. */
  private static final Pattern TIME_LINE = Pattern.compile("(?i)" + TIME);

  /**
   * A date line ("March 3, 2024", "Published 2024-03-03", "Updated: 3 Mar 2024 10:15",
   * "Updated 9:05 p.m. ET Nov. 5, 2024").
   */
  private static final Pattern DATE_LINE = Pattern.compile(
      "(?i)^(?:(?:published|updated|posted|last updated|date)(?:\\s+on)?\\s*:?\\s*)?"
          + "(?:" + TIME + ",?\\s+)?(?:\\p{L}+,?\\s+)?"
          + "(?:(\\d{4})-(\\d{1,2})-(\\d{1,2})|(\\p{L}{3,9})\\.?\\s+(\\d{1,2})"
          + "(?:st|nd|rd|th)?,?\\s+(\\d{4})|(\\d{1,2})(?:st|nd|rd|th)?\\s+(\\p{L}{3,9})\\.?,?\\s+"
          + "(\\d{4})|(?<d1>\\d{1,2})(?<sep>[/.])(?<d2>\\d{1,2})\\k<sep>(?<d3>\\d{4}|\\d{2})"
          + "|\\d+\\s+(?:minutes?|hours?|days?|weeks?)\\s+ago)"
          + "(?:,?\\s*(?:[-–—@]\\s*|at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?"
          + "(?:\\s+[A-Z]{2,4})?)?$");

  /** Between the writers of a byline: "A, B and C", "A & B". */
  private static final Pattern WRITER_SEPARATOR =
      Pattern.compile("\\s*,\\s*(?:(?:and|&)\\s+)?|\\s+(?:and|&)\\s+");

  /** A suffix that belongs to the name before it: "Martin Delaney, Jr.". */
  private static final Pattern NAME_SUFFIX = Pattern.compile("(?i)(?:jr|sr|ii|iii|iv|phd|md)\\.?");

  /** Longest byline or section label, in chars. */
  private static final int MAX_LABEL_CHARS = 60;

  private static final Map<String, Month> MONTHS = months();

  private MetaLines() {}

  /**
   * The metadata of one line made of byline, section, date and reading-time parts ("Story by X •
   * April 2, 2024 • 3 min read"), or null when the line is not such a line.
   */
  static Meta of(String line) {
    String plain = PageTextExtractor.plainSpaces(line).strip();
    Meta meta = new Meta();
    return !plain.isEmpty() && plain.length() <= MAX_META_LINE_CHARS && read(plain, meta)
        ? meta : null;
  }

  /** Metadata found in chrome lines; the first of each kind wins. */
  static final class Meta {
    String byline;
    String section;
    String date;
    Integer minutes;
  }

  /**
   * Whether every separated part of a line (its spaces plain) is a byline, section, date or
   * reading time; if so, what it names goes into {@code meta} where that has none yet.
   */
  static boolean read(String line, Meta meta) {
    String[] parts = META_SEPARATOR.split(line);
    String byline = null;
    String section = null;
    String date = null;
    Integer minutes = null;
    for (String raw : parts) {
      String part = raw.strip();
      if (part.isEmpty()) {
        continue;
      }
      Matcher m;
      if (part.length() <= MAX_READING_LABEL_CHARS && statedMinutes(part) != null) {
        minutes = statedMinutes(part);
      } else if ((m = DATE_LINE.matcher(part)).matches()) {
        boolean namedMonth = m.group(4) != null || m.group(8) != null;
        date = isoDate(m);
        if (date == null && namedMonth) {
          return false;
        }
      } else if ((m = BY_ON.matcher(part)).matches()
          && (isName(m.group(2)) || m.group(1) != null && isLooseName(m.group(2)))
          && DATE_LINE.matcher(m.group(3)).matches()) {
        // "Submitted by NAME on DATE"
        Matcher d = DATE_LINE.matcher(m.group(3));
        date = d.matches() ? isoDate(d) : null;
        byline = m.group(2).strip();
      } else if ((m = BYLINE.matcher(part)).matches()
          && (isName(withoutJob(first(m)))
              || !BARE_BY.matcher(part).lookingAt() && isLooseName(withoutJob(first(m))))) {
        byline = withoutJob(first(m));
      } else if (JOB_TITLE.matcher(part).find() && isName(withoutJob(part))) {
        // "Harriet Okafor, Staff Writer": a name and a job title are a byline without "By"
        byline = withoutJob(part);
      } else if ((m = SECTION.matcher(part)).matches() && isLabel(first(m))) {
        section = first(m);
      } else if ((m = DATE_BY.matcher(part)).matches() && isName(m.group(2))
          && DATE_LINE.matcher(m.group(1)).matches()) {
        // "Posted on March 3, 2024 by Jane Doe"
        Matcher d = DATE_LINE.matcher(m.group(1));
        date = d.matches() ? isoDate(d) : null;
        byline = JOB_TITLE.matcher(m.group(2).strip()).replaceFirst("");
      } else if (TIME_LINE.matcher(part).matches()) {
        continue;
      } else if (COMMENT_COUNT.matcher(part).matches()) {
        // the count of comments a blog shows beside its byline: no metadata, but no prose either
        continue;
      } else if ((m = BREADCRUMB.matcher(part)).matches()) {
        // "Home > World > Europe": the top-level section after the home link.
        section = m.group(1).strip();
      } else {
        return false;
      }
    }
    if (meta.byline == null && byline != null) {
      meta.byline = byline;
    }
    if (meta.section == null && section != null) {
      meta.section = section;
    }
    if (meta.date == null && date != null) {
      meta.date = date;
    }
    if (meta.minutes == null && minutes != null) {
      meta.minutes = minutes;
    }
    return true;
  }

  /**
   * The minutes a reading-time label states ("5 min read", "Reading time: 4 minutes"), or null
   * when the text holds no such label.
   */
  static Integer statedMinutes(String label) {
    Matcher m = READING_TIME.matcher(label);
    if (!m.find()) {
      return null;
    }
    return Integer.valueOf(m.group(1) != null ? m.group(1) : m.group(2));
  }

  /** The names of a byline without the job title after them (", Staff Writer"). */
  private static String withoutJob(String byline) {
    return JOB_TITLE.matcher(byline).replaceFirst("").strip();
  }

  private static String first(Matcher m) {
    for (int g = 1; g <= m.groupCount(); g++) {
      if (m.group(g) != null) {
        return m.group(g).strip();
      }
    }
    return "";
  }

  private static boolean isName(String s) {
    return !s.isEmpty() && s.length() <= MAX_LABEL_CHARS && PageTextExtractor.wordCount(s) <= 8
        && NAME.matcher(s).matches();
  }

  /**
   * A name in any case ("jasmine c."), accepted after an unmistakable prefix ("Written by",
   * "Author:", "Load More By") though not after a bare "By", which also starts prose.
   */
  private static boolean isLooseName(String s) {
    return !s.isEmpty() && s.length() <= MAX_LABEL_CHARS && PageTextExtractor.wordCount(s) <= 5
        && LOOSE_NAME.matcher(s).matches() && !FUNCTION_WORD.matcher(s).find();
  }

  /**
   * A byline in the one form every path gives: its writers joined by ", " ("Harriet Okafor,
   * Tomas Reyes"), whether the page joined them with "and", "&" or commas or named each apart;
   * each writer once, a suffix ("Jr.") kept with its name. A text whose parts are not all
   * capitalised ("Valley Weekly staff and agencies") is no list of names and is left as it is.
   */
  static String byline(String raw) {
    String s = raw.strip();
    List<String> writers = new ArrayList<>();
    for (String part : WRITER_SEPARATOR.split(s)) {
      String p = part.strip();
      if (p.isEmpty()) {
        continue;
      }
      if (NAME_SUFFIX.matcher(p).matches() && !writers.isEmpty()) {
        writers.set(writers.size() - 1, writers.get(writers.size() - 1) + " " + p);
      } else if (!Character.isUpperCase(p.codePointAt(0))) {
        return s;
      } else {
        writers.add(p);
      }
    }
    return writers.isEmpty() ? s : String.join(", ", new LinkedHashSet<>(writers));
  }

  /** The section a "more in" label names ("Load More In World" is World), or null. */
  static String moreInSection(String line) {
    Matcher m = MORE_IN_SECTION.matcher(line);
    return m.matches() && isLabel(m.group(1).strip()) ? m.group(1).strip() : null;
  }

  private static boolean isLabel(String s) {
    return !s.isEmpty() && s.length() <= MAX_LABEL_CHARS && PageTextExtractor.wordCount(s) <= 6
        && !PageTextExtractor.endsLikeSentence(s) && Character.isLetterOrDigit(s.codePointAt(0));
  }

  private static String isoDate(Matcher m) {
    try {
      if (m.group(1) != null) {
        return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3))).toString();
      }
      if (m.group(4) != null) {
        Month month = MONTHS.get(m.group(4).toLowerCase(Locale.ROOT));
        return month == null ? null : LocalDate.of(Integer.parseInt(m.group(6)), month,
            Integer.parseInt(m.group(5))).toString();
      }
      if (m.group(7) != null) {
        Month month = MONTHS.get(m.group(8).toLowerCase(Locale.ROOT));
        return month == null ? null : LocalDate.of(Integer.parseInt(m.group(9)), month,
            Integer.parseInt(m.group(7))).toString();
      }
      if (m.group("d1") != null) {
        return figuresDate(m);
      }
    } catch (java.time.DateTimeException | NumberFormatException bad) {
      return null;
    }
    return null;
  }

  /**
   * A date in figures: day first with dots (14.03.2023); with slashes, month first (03/14/2023,
   * the common order on English pages with slashes) unless the first part is over 12. When both
   * orders give a date, a weekday named on the line settles it, and without one the date is
   * unknown (null) rather than a guess.
   */
  private static String figuresDate(Matcher m) {
    int a = Integer.parseInt(m.group("d1"));
    int b = Integer.parseInt(m.group("d2"));
    int year = Integer.parseInt(m.group("d3"));
    year = year < 100 ? 2000 + year : year;
    LocalDate dayFirst = dateOrNull(year, b, a);
    LocalDate monthFirst = m.group("sep").equals(".") ? null : dateOrNull(year, a, b);
    if (dayFirst == null || monthFirst == null || dayFirst.equals(monthFirst)) {
      LocalDate one = dayFirst == null ? monthFirst : dayFirst;
      return one == null ? null : one.toString();
    }
    Matcher w = WEEKDAY.matcher(m.group());
    if (w.find()) {
      String day = w.group(1).toLowerCase(Locale.ROOT);
      boolean fitsDayFirst = dayFirst.getDayOfWeek().name().toLowerCase(Locale.ROOT)
          .startsWith(day);
      boolean fitsMonthFirst = monthFirst.getDayOfWeek().name().toLowerCase(Locale.ROOT)
          .startsWith(day);
      if (fitsDayFirst != fitsMonthFirst) {
        return (fitsDayFirst ? dayFirst : monthFirst).toString();
      }
    }
    return null;
  }

  private static LocalDate dateOrNull(int year, int month, int day) {
    try {
      return LocalDate.of(year, month, day);
    } catch (java.time.DateTimeException bad) {
      return null;
    }
  }

  private static Map<String, Month> months() {
    Map<String, Month> map = new HashMap<>();
    for (Month m : Month.values()) {
      String full = m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
      map.put(full, m);
      map.put(full.substring(0, 3), m);
      map.put(full.substring(0, Math.min(4, full.length())), m);
    }
    return Map.copyOf(map);
  }
}
