package dev.lede.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import opennlp.tools.util.Span;

/**
 * Undoes the sentence model's splits after initials, titles and abbreviations that end no
 * sentence, a step of {@link TextProcessor}.
 *
 * <p>Thread-safe: stateless.
 */
final class SentenceJoins {

  /** A sentence ending in a place, a comma and a state's abbreviation: "PASADENA, Calif.". */
  private static final Pattern STATE_END = Pattern.compile(",\\s+(?:"
      + FullStops.STATE_ABBREVIATIONS.stream().sorted().map(Pattern::quote)
          .collect(Collectors.joining("|")) + ")\\.,?\\z");
  /** The first character of a sentence that goes on after {@link #STATE_END}. */
  private static final Pattern GOES_ON_AFTER_STATE = Pattern.compile("[\\p{Ll}\\p{N}(—–-]");
  /**
   * A full stop after an initial or abbreviation, set apart by a space where a tokenised text
   * writes every full stop so ("Raymond W . Kelly", "St . Louis").
   */
  private static final String STOP = "[ \\t]?\\.";
  /**
   * A sentence ending in initials ("W.", "J.D.", "W.E.B.") or a name's abbreviation and a full
   * stop; dotted abbreviations of places and bodies ("U.S.", "U.N.", "D.C.") end sentences.
   */
  private static final Pattern INITIAL_END = Pattern.compile("(?:\\A|\\s|["
      + Pattern.quote(FullStops.OPENERS)
      + "])(?:(?!(?:U" + STOP + "S|U" + STOP + "K|U" + STOP + "N|E" + STOP + "U|D" + STOP
      + "C|L" + STOP + "A|N" + STOP + "Y|U" + STOP + "A" + STOP + "E|A" + STOP + "M|P" + STOP
      + "M)" + STOP + "\\z)"
      + "(?:\\p{Lu}" + STOP + "[ \\t]?){0,3}\\p{Lu}|"
      + String.join("|", new TreeSet<>(FullStops.NAME_ABBREVIATIONS)) + ")" + STOP + "\\z");
  /**
   * A sentence ending in an abbreviation that ends no sentence when lowercase words or figures
   * follow: a company's or a name's suffix ("Acme Corp. said", "Okafor Jr. said"), a month ("Jan.
   * 5"), "No." ("No. 10"), a time or a Latin abbreviation ("at 5 p.m. on Friday", "e.g. on taxes",
   * "and so on, etc. and").
   */
  private static final Pattern SUFFIX_END = Pattern.compile("(?:\\A|[\\s(])(?:Corp|Inc|Co|Ltd|Cos"
      + "|Bros|Jr|Sr|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Nos|vs|etc|approx|incl"
      + "|(?:\\p{Ll}\\.){1,2}\\p{Ll})\\.\\z");
  /** The first word of a sentence that goes on after {@link #SUFFIX_END}. */
  private static final Pattern GOES_ON = Pattern.compile("[\\p{Ll}\\p{N}]");
  /** The capitalised first word of a sentence. */
  private static final Pattern NAME_START = Pattern.compile("\\p{Lu}[\\p{L}'\u2019-]*");
  /** Capitalised words that usually open a sentence and are rarely a surname. */
  private static final Set<String> SENTENCE_OPENERS = Set.of("the", "a",
      "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "but",
      "and", "or", "in", "on", "at", "for", "if", "when", "while", "after", "before", "there",
      "his", "her", "its", "their", "our", "my", "as", "so", "then", "however", "also", "what",
      "who", "why", "how", "where", "some", "many", "most", "all", "no", "not", "from", "with");

  /**
   * How much of a sentence's end the patterns above read: far more than the longest of them
   * ("W.E.B." or ", Calif.," and the char before), so that a match in the whole sentence is a
   * match in its tail, and the pattern's start-of-text case cannot fire at the tail's start.
   */
  static final int TAIL_CHARS = 64;

  private SentenceJoins() {}

  /**
   * Joins sentences the model split after a person's initial or a title: "George W. Bush", "John
   * F. Kennedy", "K. Michael Stevens", "Gen. Mark Milley" and "St. Louis" are no sentence ends. A
   * split is undone when the sentence ends with a lone capital or such an abbreviation and a full
   * stop, and the next one starts with a capitalised word that does not usually open a sentence
   * ("Plan B. The ..."); after a company's suffix or a month when a lowercase word or figure
   * follows ("Acme Corp. said"); and after a place, a comma and a state's abbreviation when a
   * bracket, dash, lowercase word or figure follows ("PASADENA, Calif. (AP) —").
   */
  static Span[] joinInitials(String text, Span[] spans) {
    if (spans.length < 2) {
      return spans;
    }
    List<Span> out = new ArrayList<>(spans.length);
    Span current = spans[0];
    for (int i = 1; i < spans.length; i++) {
      Span next = spans[i];
      // the patterns end at the sentence's end and are a few chars long: look at its tail only,
      // or a sentence joined again and again ("Mr. A. B. Mr. A. B. ...") is read again each time
      int tail = Math.max(current.getStart(), current.getEnd() - TAIL_CHARS);
      Matcher initial = INITIAL_END.matcher(text).region(tail, current.getEnd());
      Matcher word = NAME_START.matcher(text).region(next.getStart(), next.getEnd());
      boolean namePrefix = initial.find() && word.lookingAt()
          && !SENTENCE_OPENERS.contains(word.group().toLowerCase(Locale.ROOT));
      if (namePrefix
          || (SUFFIX_END.matcher(text).region(tail, current.getEnd()).find()
              && GOES_ON.matcher(text).region(next.getStart(), next.getEnd()).lookingAt())
          || (STATE_END.matcher(text).region(tail, current.getEnd()).find()
              && GOES_ON_AFTER_STATE.matcher(text).region(next.getStart(), next.getEnd())
                  .lookingAt())) {
        current = new Span(current.getStart(), next.getEnd());
      } else {
        out.add(current);
        current = next;
      }
    }
    out.add(current);
    return out.toArray(new Span[0]);
  }
}
