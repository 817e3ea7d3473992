package dev.lede.entities;

import java.util.Locale;
import java.util.Set;

/**
 * Job titles that the tagger read into an organisation's span: "the Harbor Kings Director of
 * Scouting", "Palmvale Police Sergeant Dana Kowal", "Assistant General Manager", "CEO of The
 * Marsh Trust". The guidelines keep titles and roles outside every span and make a job title no
 * entity, so the organisation is what stands before the title, or after its "of" where that is
 * an organisation's name, and a title alone is nothing.
 *
 * <p>Stateless; safe to share across threads.
 */
final class JobTitles {

  /**
   * Offices that end a job title: after an organisation's name, with nothing, a portfolio after
   * "of" or "for", or a person's name after them, they are the title's, never the name's. Words
   * that also end names ("Leader", a newspaper; "Chief", "General"; "Attorney", whose office the
   * real-news gold set names as an organisation, "the New York State Attorney General") are
   * left out, and so is any
   * office after "the" or "of", where a name holds it ("Office of the Director of National
   * Intelligence").
   */
  private static final Set<String> OFFICES = Set.of("director", "directors", "manager",
      "managers", "gm", "commissioner", "commander", "coach", "delegate", "sergeant",
      "secretary-general", "director-general", "chairman", "chairwoman", "chairperson",
      "superintendent", "spokesman", "spokeswoman", "spokesperson", "ceo", "cfo",
      "coo", "cto");
  /**
   * Words before an office that make it a word of the name: "Office of the Director of National
   * Intelligence", "United Nations High Commissioner for Refugees".
   */
  private static final Set<String> NOT_AFTER = Set.of("the", "of", "high");
  /** Words that open a title before its office: "Assistant General Manager". */
  private static final Set<String> TITLE_OPENERS = Set.of("assistant", "associate", "deputy",
      "senior", "vice", "executive", "general", "acting", "interim", "head", "managing");

  /**
   * Listed organisations' abbreviations that are also a job's: "GM", General Motors in business
   * copy and a general manager in sports copy ("assistant GM", "GM Ed Stefanski").
   */
  private static final Set<String> TITLE_ABBREVIATIONS = Set.of("GM");

  /** Honorifics that open a person's name, abbreviated: "Rt. Hon.", "Hon.", "Dr.". */
  private static final Set<String> HONORIFICS = Set.of("rt", "rt.", "hon", "hon.", "mr", "mr.",
      "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.");

  private JobTitles() {}

  /**
   * Whether the listed organisation at tokens {@code [a, b)} is a job's abbreviation: after
   * "assistant" or before a person's name ("assistant GM", "GM Ed Stefanski said"), not before
   * another title ("GM CEO Mary Barra").
   */
  static boolean abbreviatesATitle(String[] words, int a, int b, Gazetteer gazetteer) {
    if (b - a != 1 || !TITLE_ABBREVIATIONS.contains(words[a])) {
      return false;
    }
    return a > 0 && words[a - 1].equalsIgnoreCase("assistant")
        || b + 1 < words.length && gazetteer.givenNames.contains(words[b])
            && Character.isUpperCase(words[b + 1].charAt(0));
  }

  /**
   * The part of an organisation span {@code [a, b)} that is no job title, as {@code {a, b}}:
   * the span itself where it holds none, null where it is a title alone ("Assistant General
   * Manager", "Director of Operations").
   */
  static int[] withoutTitle(String[] words, int a, int b, NameFeatures features,
      Gazetteer gazetteer) {
    if (b - a == 1 && NameWords.TRAILING_TITLES.contains(words[a].toLowerCase(Locale.ROOT))) {
      return null; // "No QB has won", "CEOs": a title alone
    }
    // "Speaker of the House of Representatives Rt. Hon. Ada Nze": the honorific that opens the
    // person's name after the organisation is none of the organisation's
    while (b - a >= 2 && HONORIFICS.contains(words[b - 1].toLowerCase(Locale.ROOT))) {
      b--;
    }
    for (int j = a; j < b; j++) {
      if (!OFFICES.contains(words[j].toLowerCase(Locale.ROOT))
          || !Character.isUpperCase(words[j].charAt(0))
          || j > a && NOT_AFTER.contains(words[j - 1].toLowerCase(Locale.ROOT))) {
        continue;
      }
      int after = j + 1;
      boolean portfolio = after < b && (words[after].equals("of") || words[after].equals("for"));
      if (after < b && !portfolio && !personAfter(words, after, b, features, gazetteer)) {
        continue; // "the Tennant Manager Group": a name goes on after the word
      }
      if (j == a) {
        if (!portfolio) {
          return after == b ? null : new int[] {a, b}; // an office alone names no one
        }
        // "CEO of The Marsh Trust": an organisation's name after the title's "of" is a name of
        // its own; "Director of Operations", a portfolio, is none
        int from = after + 1;
        if (from < b && words[from].equals("the")) {
          from++;
        }
        return from < b && hasHead(words, from, b) ? new int[] {from, b} : null;
      }
      // "Assistant General Manager", "EU Fisheries Commissioner": the title's first words and
      // portfolio are the title's too
      int end = j;
      while (end > a && (TITLE_OPENERS.contains(words[end - 1].toLowerCase(Locale.ROOT))
          || MinistryRules.PORTFOLIO_WORDS.contains(words[end - 1].toLowerCase(Locale.ROOT)))) {
        end--;
      }
      while (end > a && NameWords.CONNECTORS.contains(words[end - 1])) {
        end--;
      }
      return end > a ? new int[] {a, end} : null;
    }
    return new int[] {a, b};
  }

  /**
   * Whether tokens {@code [from, b)} are a person's name: a name after titles, or initials or a
   * given name first.
   */
  private static boolean personAfter(String[] words, int from, int b, NameFeatures features,
      Gazetteer gazetteer) {
    String first = words[from];
    if (!Character.isUpperCase(first.charAt(0)) || hasHead(words, from, b)) {
      return false;
    }
    int name = from;
    while (name < b && features.isTitle(words[name])) {
      name++; // "Sergeant Col. Ada Lind"; titles alone ("Attorney General") are no one
    }
    return name < b && (name > from || ModelSpans.INITIALS.matcher(words[name]).matches()
        || b - name >= 2 && gazetteer.givenNames.contains(words[name]));
  }

  /** Whether an organisation's head noun or legal form stands in tokens {@code [from, b)}. */
  private static boolean hasHead(String[] words, int from, int b) {
    for (int t = from; t < b; t++) {
      if (NameWords.ORG_HEADS.contains(words[t].toLowerCase(Locale.ROOT))
          || NameWords.LEGAL_FORMS.contains(words[t])) {
        return true;
      }
    }
    return false;
  }
}
