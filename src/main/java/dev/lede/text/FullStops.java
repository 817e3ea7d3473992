package dev.lede.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;

/**
 * Which full stops belong to their word, a step of {@link TextProcessor} after the tokenizer:
 * initials and abbreviations keep theirs inside a sentence ("John F. Kennedy", "Acme Corp.
 * said", "Albany, N.Y., on Friday"), a sentence's last word loses its own unless it is one ("in
 * Kyiv." against "in the U.S.", "Dover, Del.").
 *
 * <p>Thread-safe: stateless.
 */
final class FullStops {

  /**
   * Abbreviations that stand before a name, with a full stop in news ("Gen.", "Sen.", "Mrs.",
   * "St. Louis", "Mt. Kenya", the styles "Hon." and "Rt. Hon." of Commonwealth legislators): the
   * sentence model often splits after them.
   */
  static final Set<String> NAME_ABBREVIATIONS = Set.of("Mr", "Mrs", "Ms", "Dr", "Gen",
      "Sen", "Gov", "Rep", "Lt", "Col", "Capt", "Sgt", "Maj", "Brig", "Adm", "Cmdr", "Rev", "Prof",
      "Fr", "Gens", "Sens", "Reps", "Govs", "St", "Mt", "Ft", "vs", "Hon", "Rt");
  /**
   * Abbreviations after a name, kept one token with their full stop inside a sentence as
   * "Corp." and "Inc." are ("Walt Disney Co. chief", not "Co" + "."); at a sentence's end they
   * may end it.
   */
  private static final Set<String> SUFFIX_ABBREVIATIONS = Set.of("Co", "Cos", "Corp", "Inc",
      "Ltd", "Bros", "Jr", "Sr");
  /**
   * The Associated Press's abbreviations of US states, and the older ones wire copy still uses
   * ("Tex.", "Nebr."), after a place and a comma in datelines and prose ("PASADENA, Calif. (AP)
   * —", "BUFFALO, N.Y. —", "a Dover, Del., company"), without their last full stop: kept one
   * token with it, also at a sentence's end, and no sentence's end when a bracket, dash,
   * lowercase word or figure follows.
   */
  static final Set<String> STATE_ABBREVIATIONS = Set.of("Ala", "Ariz", "Ark", "Calif",
      "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La", "Md", "Mass",
      "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nebr", "Nev", "N.H", "N.J", "N.M", "N.Y",
      "N.C", "N.D", "Okla", "Ore", "Oreg", "Pa", "R.I", "S.C", "S.D", "Tenn", "Tex", "Vt", "Va",
      "Wash", "W.Va", "Wis", "Wyo");
  /** Brackets and quotes that may stand right before an initial: "(F. Scott Fitzgerald)". */
  static final String OPENERS = "([{\"“‘";
  /**
   * Abbreviations that keep their full stop at the end of a sentence ("Acme Inc."). Any other
   * word loses it: the tokenizer model learnt "v." (versus) and keeps "Kyiv.", "Lviv.", "Kiev." as
   * one token at a sentence end.
   */
  private static final Set<String> FINAL_ABBREVIATIONS = Set.of("inc", "corp", "co", "ltd",
      "llc", "plc", "bros", "jr", "sr", "st", "ave", "etc", "al", "dept", "univ", "assn",
      "mr", "mrs", "ms", "dr", "prof", "gen", "gov", "sen", "rep", "no", "vs", "v");
  /** Longest {@link #DOTTED} abbreviation ("U.S.A", "Ph.D", "a.m"); longer is no abbreviation. */
  private static final int MAX_DOTTED = 16;
  /**
   * A word dotted like an abbreviation, without its last full stop ("U.S", "Ph.D", "a.m"): groups
   * of one or two letters between full stops. A web address (".gov", "example.gov") is not one.
   */
  private static final Pattern DOTTED = Pattern.compile("\\p{L}{1,2}(?:\\.\\p{L}{1,2})+");

  private FullStops() {}

  /**
   * Splits the full stop off a sentence's last word unless the word is an abbreviation
   * ({@link #FINAL_ABBREVIATIONS}, or {@link #DOTTED} like "U.S."), so that "in Kyiv." ends with
   * the place "Kyiv" and a full stop, and "at example.gov." with the address.
   */
  static Span[] splitFinalStop(String text, Span[] spans) {
    if (spans.length == 0) {
      return spans;
    }
    Span last = spans[spans.length - 1];
    int stop = last.getEnd() - 1;
    if (last.length() == 1 && spans.length >= 4 && text.charAt(stop) == '.'
        && spans[spans.length - 2].getEnd() == stop
        && isStateAfterAPlace(text, spans, spans.length - 2)) {
      // the tokenizer split it ("Tex" + "."): one token again
      Span[] out = java.util.Arrays.copyOf(spans, spans.length - 1);
      out[spans.length - 2] = new Span(spans[spans.length - 2].getStart(), last.getEnd());
      return out;
    }
    if (last.length() < 3 || text.charAt(stop) != '.') {
      return spans;
    }
    String word = text.substring(last.getStart(), stop);
    // the length first: a repeated group recurses in Java's regex engine, once per repetition
    if (word.length() <= MAX_DOTTED && DOTTED.matcher(word).matches()
        || !Character.isLetter(word.charAt(word.length() - 1))
        || FINAL_ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT))
        || isStateAfterAPlace(text, spans, spans.length - 1)) {
      return spans;
    }
    Span[] out = java.util.Arrays.copyOf(spans, spans.length + 1);
    out[spans.length - 1] = new Span(last.getStart(), stop);
    out[spans.length] = new Span(stop, last.getEnd());
    return out;
  }

  /**
   * Whether the word of token {@code i}, its full stop aside, is a state's abbreviation after a
   * place and a comma ("in Kesmark, Nev."), which keeps its full stop at a sentence's end as the
   * lists write it; "attended Mass." does not.
   */
  private static boolean isStateAfterAPlace(String text, Span[] spans, int i) {
    String word = text.substring(spans[i].getStart(), spans[i].getEnd());
    return i >= 2 && STATE_ABBREVIATIONS.contains(word.endsWith(".")
            ? word.substring(0, word.length() - 1) : word)
        && spans[i - 1].length() == 1 && text.charAt(spans[i - 1].getStart()) == ','
        && Character.isUpperCase(text.charAt(spans[i - 2].getStart()));
  }

  /**
   * Keeps an initial or a title's abbreviation inside a sentence one token ("John F. Kennedy",
   * "Mt. Kenya", "Walt Disney Co. chief"), as the tokenizer does for most but not all: a lone
   * capital or one of {@link #NAME_ABBREVIATIONS} or {@link #SUFFIX_ABBREVIATIONS} directly
   * followed by a full stop that does not end the sentence.
   */
  static Span[] joinInitialStops(String text, Span[] spans) {
    List<Span> out = null;
    for (int i = 0; i < spans.length; i++) {
      Span s = spans[i];
      // the full stop first: the abbreviation's substring is then built only before one
      if (i + 2 < spans.length
          && spans[i + 1].getStart() == s.getEnd() && spans[i + 1].length() == 1
          && text.charAt(spans[i + 1].getStart()) == '.'
          && ((s.length() == 1 && Character.isUpperCase(text.charAt(s.getStart())))
              || (s.length() <= 5 && isAbbreviation(text.substring(s.getStart(), s.getEnd()))))
          && (s.getStart() == 0 || Character.isWhitespace(text.charAt(s.getStart() - 1))
              || OPENERS.indexOf(text.charAt(s.getStart() - 1)) >= 0)) {
        if (out == null) {
          out = new ArrayList<>(List.of(spans).subList(0, i));
        }
        out.add(new Span(s.getStart(), spans[i + 1].getEnd()));
        i++;
      } else if (out != null) {
        out.add(s);
      }
    }
    return out == null ? spans : out.toArray(new Span[0]);
  }

  /** Whether a word is an abbreviation kept with its full stop before or after a name. */
  private static boolean isAbbreviation(String word) {
    return NAME_ABBREVIATIONS.contains(word) || SUFFIX_ABBREVIATIONS.contains(word)
        || STATE_ABBREVIATIONS.contains(word);
  }
}
