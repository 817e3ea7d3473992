package dev.lede.entities;

import static dev.lede.entities.NameWords.ROLE_HEADS;
import static dev.lede.entities.NameWords.isCap;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Offices inside a person span the model found: the town of "Palmer City Clerk", the place of
 * "Bishop of Arden", the portfolio of "Secretary of State Condoleezza Rice". Read by {@link
 * ModelCandidates}, which cuts the span there. Immutable after construction, so thread-safe.
 */
final class OfficeNames {

  /** Words of a town's government before its office: "Palmer City Clerk", "Orrin County". */
  private static final Set<String> JURISDICTIONS = Set.of("city", "county", "town", "village",
      "borough", "township", "parish", "municipal");

  private final Gazetteer gazetteer;
  private final NameFeatures features;

  OfficeNames(Gazetteer gazetteer, NameFeatures features) {
    this.gazetteer = gazetteer;
    this.features = features;
  }

  /**
   * The town whose office ends a person span at token {@code office}, or follows a place span
   * there ("Palmer City" before "Clerk"): the capitalised words
   * before a word of a town's government ({@link #JURISDICTIONS}) and the office ("Palmer City
   * Clerk", "Brook Township Supervisor": Palmer, Brook). A
   * county or parish is named with that word ("Orrin County Commissioner": Orrin County), and
   * a city where the lists know it so ("Kansas City Manager"). Null where no such word stands
   * before the office ("Talvora Product Manager": a firm's, perhaps) or the words are no name.
   */
  Candidate townOfOffice(String[] words, int a, int office,
      LexiconCandidates.Marks marks) {
    int e = office;
    if (e - 1 <= a || !JURISDICTIONS.contains(words[e - 1].toLowerCase(Locale.ROOT))) {
      return null;
    }
    String jurisdiction = words[e - 1].toLowerCase(Locale.ROOT);
    int end = e - 1;
    for (int t = a; t < end; t++) {
      if (!isCap(words[t], false) || features.isTitle(words[t]) || marks.demonym()[t]
          || marks.countryToken()[t]) {
        return null;
      }
    }
    String withWord = String.join(" ", Arrays.asList(words).subList(a, e));
    if (jurisdiction.equals("county") || jurisdiction.equals("parish")
        || gazetteer.namesOnlyPlaces(withWord)) {
      end = e;
    }
    return new Candidate(a, end, EntityType.LOCATION, null, null, false, Candidate.PRIO_MODEL);
  }

  /**
   * The first token of the place of an office that a person span is, or -1: the span opens
   * with a title and "of" ("Bishop of Arden") or right after them ("Arden" after "the Mayor
   * of"), "the" aside, and the rest is up to three capitalised words, none a title or a given
   * name after the first (no person's name follows: "Bishop of Arden John Wren" is left).
   */
  int placeOfOffice(String[] words, int a, int b) {
    int p = -1;
    if (b - a >= 3 && features.isTitle(words[a]) && words[a + 1].equals("of")) {
      p = a + 2;
    } else if (a >= 2 && words[a - 1].equals("of") && isCap(words[a - 2], false)
        && features.isTitle(words[a - 2])) {
      p = a;
    } else if (a >= 3 && words[a - 1].equals("the") && words[a - 2].equals("of")
        && isCap(words[a - 3], false) && features.isTitle(words[a - 3])) {
      p = a;
    }
    if (p >= 0 && p < b && words[p].equals("the")) {
      p++;
    }
    if (p < 0 || p >= b || b - p > 3) {
      return -1;
    }
    for (int t = p; t < b; t++) {
      if (!isCap(words[t], false) || features.isTitle(words[t])
          || t > p && gazetteer.givenNames.contains(words[t])) {
        return -1;
      }
    }
    return p;
  }

  /**
   * The first token of a person span after the portfolio that ends a job title in it or just
   * before it: "Secretary of State Condoleezza Rice", "Minister for Foreign Affairs Jane Doe",
   * whether the span starts at the title, at "of"/"for" or at the portfolio. The portfolio is the
   * longest cabinet portfolio after the title's "of"/"for"; the last such title in the span
   * counts. {@code b} when the portfolio ends the span: a job title with no name after it.
   */
  int afterPortfolio(String[] words, int a, int b) {
    int start = a;
    // a portfolio that ends before the span moves no start, and none is longer than the longest
    // listed: each person span of a sentence read it all from its first word, with portfolios
    // as long as the rest of it ("Secretary of State Condoleezza Rice" 1,500 times: over 30 s)
    int longest = gazetteer.longestDepartment;
    for (int j = Math.max(1, a - longest - 1); j < b - 1; j++) {
      if (!(words[j].equals("of") || words[j].equals("for"))
          || !(features.isTitle(words[j - 1])
              || ROLE_HEADS.contains(words[j - 1].toLowerCase(Locale.ROOT)))) {
        continue;
      }
      StringBuilder portfolio = new StringBuilder();
      for (int t = j + 1; t < b; t++) {
        if (t > j + 1) {
          portfolio.append(' ');
        }
        portfolio.append(words[t].toLowerCase(Locale.ROOT));
        if (portfolio.length() > longest) {
          break;
        }
        if (gazetteer.departments.containsKey(portfolio.toString())) {
          start = Math.max(start, t + 1);
        }
      }
    }
    return start;
  }
}
