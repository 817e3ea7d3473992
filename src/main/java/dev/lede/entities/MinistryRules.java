package dev.lede.entities;

import static dev.lede.entities.NameWords.ARTICLES;
import static dev.lede.entities.NameWords.CONNECTORS;
import static dev.lede.entities.NameWords.POSSESSIVE_DETERMINERS;
import static dev.lede.entities.NameWords.ROLE_HEADS;
import static dev.lede.entities.NameWords.hasPossessive;
import static dev.lede.entities.NameWords.isCap;
import static dev.lede.entities.NameWords.isPossessive;
import static dev.lede.entities.NameWords.singleSpaced;

import com.google.common.base.CharMatcher;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The guideline stage's ministries: a state's ministries and cabinet departments as {@code
 * ENTITY-GUIDELINES.md} names them, in either word order ("Ministry of Foreign Affairs", "Foreign
 * Ministry"), with a country or demonym written before them, a department only for a cabinet
 * portfolio ("Department of Homeland Security", "Department for Work and Pensions"; not the
 * "Department of Computer Science"). Each adds candidates that compete with the others: the
 * longest span wins.
 *
 * <p>Thread-safe: holds only immutable data.
 */
final class MinistryRules {

  private final Gazetteer gazetteer;

  MinistryRules(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  private static boolean is(String w, String word, boolean caps) {
    return caps ? w.equalsIgnoreCase(word) : w.equals(word);
  }

  /** Ministry and cabinet-department patterns, in either word order. */
  void ministries(SentenceTokens s, LexiconCandidates.Marks marks, List<Candidate> cands) {
    String body = s.body();
    String[] words = s.words();
    int[] starts = s.starts();
    int[] ends = s.ends();
    boolean caps = s.caps();
    int[] nationEndingAt = marks.nationEndingAt();
    int n = words.length;
    // per token, where the run of capitalised words right before it starts: found in one pass,
    // not by a walk back from each head ("Foreign Ministry" a thousand times was quadratic)
    int[] prefixStarts = new int[n];
    for (int k = 1; k < n; k++) {
      prefixStarts[k] = isPrefixWord(words[k - 1], caps) ? prefixStarts[k - 1] : k;
      if (prefixStarts[k] == k - 1 && joinsPortfolios(s, marks, prefixStarts, k - 2)) {
        prefixStarts[k] = prefixStarts[k - 2]; // "the Oil and Gas Ministry": one name
      }
    }
    for (int k = 0; k < n; k++) {
      // "the Foreign Ministry's spokesman": the head may carry the possessive
      String head = NameFeatures.stripPossessive(words[k]);
      boolean owned = head.length() < words[k].length();
      boolean ministry = is(head, "Ministry", caps);
      boolean department = !ministry && is(head, "Department", caps);
      if (!ministry && !department) {
        continue;
      }
      // forward: "Ministry of Emergency Situations", "Department of the Treasury"
      int forwardEnd = -1;
      if (k + 1 < n && (words[k + 1].equals("of") || words[k + 1].equals("for")
          || (caps && (words[k + 1].equalsIgnoreCase("of") || words[k + 1].equalsIgnoreCase("for"))))) {
        int last = -1;
        for (int m = k + 2; m < n; m++) {
          String w = words[m];
          String lw = w.toLowerCase(Locale.ROOT);
          // a capitalised "Of" or "The" is the connector all the same ("Affairs Of The Russian
          // Federation"): taken as a name word, it hid the country after it
          boolean connector = CONNECTORS.contains(lw)
              && (caps || lw.equals("of") || lw.equals("the"));
          boolean owner = hasPossessive(w) || m + 1 < n && isPossessive(words[m + 1]);
          if (m > k + 2 && (owner && (marks.countryToken()[m] || marks.placeToken()[m]
              || marks.bigCity()[m]) || is(w, "Ministry", caps) || is(w, "Department", caps))) {
            // "Ministry of Petroleum Resources and Brazil's Ministry of Mines": a place that
            // owns, or a second head, starts another name ("Ministry of Women's Affairs" goes on)
            break;
          }
          if (NameWords.DATE_WORDS.contains(isCap(w, caps) ? titleCase(w) : w)) {
            break; // "the Ministry of Defense on Friday": a day ends the name
          }
          if (isCap(w, caps) && !connector) {
            // "Ministry of Foreign Affairs of Belarus": the country is not part of the name
            // ("of the Russian Federation" too)
            if (last >= 0 && (words[m - 1].equalsIgnoreCase("of")
                || (words[m - 1].equalsIgnoreCase("the")
                    && words[m - 2].equalsIgnoreCase("of")))
                && nationStartsAt(nationEndingAt, m)) {
              break;
            }
            last = m;
          } else if (lw.equals("the") && words[m - 1].equalsIgnoreCase("and")) {
            break; // "Ministry of Defence and the Foreign Office": two names
          } else if (CONNECTORS.contains(lw)) {
            continue;
          } else if (w.equals(",") && m + 1 < n && isCap(words[m + 1], caps) && last >= 0
              && hasAndAhead(words, m + 1)) {
            continue;
          } else {
            break;
          }
        }
        if (last >= 0) {
          if (department) {
            if (isPortfolio(words, k + 2, last + 1)) {
              forwardEnd = last + 1; // "Department for Work and Pensions"
            }
            // else the longest cabinet portfolio: "Department of Homeland Security and State ...";
            // runs of words longer than the longest listed one are not looked up (cubic before)
            int longest = k + 1;
            int chars = 0;
            while (longest + 1 <= last
                && (chars += visibleChars(words[longest + 1])) <= gazetteer.longestDepartment) {
              longest++;
            }
            for (int m = longest; m >= k + 2 && forwardEnd < 0; m--) {
              String portfolio = singleSpaced(body.substring(starts[k + 2], ends[m]))
                  .toLowerCase(Locale.ROOT);
              if (gazetteer.departments.containsKey(portfolio)) {
                forwardEnd = m + 1;
              }
            }
          } else {
            forwardEnd = last + 1;
          }
        }
      }
      int prefixStart = prefixStarts[k];
      // "Federal" is the national level: "Swiss Federal Department of Foreign Affairs"
      int lead = prefixStart < k && is(words[k - 1], "Federal", caps) ? k - 1 : k;
      int nation = lead > 0 && nationEndingAt[lead - 1] >= 0 ? nationEndingAt[lead - 1] : -1;
      if (forwardEnd > 0) {
        // "Federal Ministry of Finance": a capitalised word before the name is part of it, as a
        // demonym or country is; before a department only "Federal" ("the Federal Department of
        // Finance"), since a state's or city's department is an agency ("Texas Department of
        // Transportation")
        int from = nation >= 0 ? nation : prefixStart < k && ministry ? prefixStart : lead;
        cands.add(new Candidate(from, forwardEnd, EntityType.MINISTRY, null,
            null, false, Candidate.PRIO_MINISTRY));
      } else if (prefixStart < k) {
        int endChar = owned ? starts[k] + head.length() : -1;
        if (ministry) {
          cands.add(new Candidate(prefixStart, k + 1, EntityType.MINISTRY, null, null, false,
              Candidate.PRIO_MINISTRY, endChar));
        } else {
          // the longest suffix of the prefix that is a cabinet portfolio ("State")
          int shortest = k;
          int chars = 0;
          while (shortest - 1 >= prefixStart
              && (chars += visibleChars(words[shortest - 1])) <= gazetteer.longestDepartment) {
            shortest--;
          }
          for (int p = shortest; p < k; p++) {
            String portfolio = singleSpaced(body.substring(starts[p], ends[k - 1]))
                .toLowerCase(Locale.ROOT);
            if (gazetteer.departments.containsKey(portfolio)) {
              int from = p > 0 && nationEndingAt[p - 1] >= 0 ? nationEndingAt[p - 1] : p;
              cands.add(new Candidate(from, k + 1, EntityType.MINISTRY, null, null, false,
                  Candidate.PRIO_MINISTRY, endChar));
              break;
            }
          }
        }
      }
    }
  }

  /**
   * Whether the "and" at {@code and} joins two portfolios in the run before a head, "the Trade
   * and Industry Ministry", "Iraq's Oil and Gas Ministry", as "Ministry of Trade and Industry"
   * joins them after it: capitalised words on both sides, no country or place among them, and
   * the run opened as a name is (after an article, an owner or a nation, or first in the
   * sentence with a portfolio's word), so that a person or a country before "and" stays out
   * ("said Varga and Foreign Ministry officials", "the Kenya and Foreign Ministry teams").
   */
  private static boolean joinsPortfolios(SentenceTokens s, LexiconCandidates.Marks marks,
      int[] prefixStarts, int and) {
    String[] words = s.words();
    boolean caps = s.caps();
    if (and < 1 || !words[and].equals("and") || !isPrefixWord(words[and - 1], caps)
        || !isPrefixWord(words[and + 1], caps)) {
      return false;
    }
    int start = prefixStarts[and];
    for (int t = start; t <= and + 1; t++) {
      if (t != and && (marks.countryToken()[t] || marks.placeToken()[t] || marks.bigCity()[t])) {
        return false;
      }
    }
    if (start == 0) {
      return PORTFOLIO_WORDS.contains(words[and - 1].toLowerCase(Locale.ROOT));
    }
    String before = words[start - 1];
    return ARTICLES.contains(before.toLowerCase(Locale.ROOT)) || hasPossessive(before)
        || isPossessive(before) || marks.nationEndingAt()[start - 1] >= 0;
  }

  /** Whether a word may stand in the capitalised run before a ministry's head. */
  private static boolean isPrefixWord(String w, boolean caps) {
    String lw = w.toLowerCase(Locale.ROOT);
    return isCap(w, caps) && !ARTICLES.contains(lw)
        // "Its Defense Ministry said": the owner stays outside
        && !POSSESSIVE_DETERMINERS.contains(lw) && !ROLE_HEADS.contains(lw)
        && !w.endsWith("'s") && !w.endsWith("’s");
  }

  /** The chars of a word that a portfolio lookup keeps: all but whitespace. */
  private static int visibleChars(String w) {
    return w.length() - CharMatcher.whitespace().countIn(w);
  }

  /**
   * Words of cabinet portfolios: a department named by them alone is a ministry ("Department for
   * Work and Pensions", "Department of Trade, Industry and Competition"); one named by any other
   * word is an agency or a faculty ("Department of Corrections", "Department of Computer
   * Science"). "State" is left to the listed portfolios: "Department of Homeland Security and
   * State" is two departments.
   */
  private static final Set<String> PORTFOLIO_WORDS = Set.of("affairs", "agriculture",
      "business", "care", "children", "citizenship", "climate", "commerce", "communications",
      "communities", "competition", "cooperation", "co-operation", "culture", "defence",
      "defense", "development", "digital", "economy", "economic", "education", "employment",
      "energy", "environment", "families", "finance", "fisheries", "food", "foreign",
      "forestry", "health", "home", "homeland", "housing", "human", "immigration", "industry",
      "infrastructure", "innovation", "interior", "international", "justice", "labor", "labour",
      "land", "local", "media", "mineral", "mines", "national", "natural", "pensions",
      "planning", "public", "relations", "resources", "rural", "science", "security", "services",
      "skills", "social", "sport", "technology", "tourism", "trade", "transport",
      "transportation", "treasury", "urban", "veterans", "water", "welfare", "women", "work",
      "works", "youth", "government");

  /** Whether tokens {@code a..b} name a portfolio by {@link #PORTFOLIO_WORDS} and connectors. */
  private static boolean isPortfolio(String[] words, int a, int b) {
    for (int t = a; t < b; t++) {
      String lw = words[t].toLowerCase(Locale.ROOT);
      if (!PORTFOLIO_WORDS.contains(lw) && !CONNECTORS.contains(lw) && !words[t].equals(",")) {
        return false;
      }
    }
    return true;
  }

  /** A word in capitals as a title-case word: "FRIDAY" -> "Friday". */
  private static String titleCase(String w) {
    return w.isEmpty() ? w : w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT);
  }

  private static boolean nationStartsAt(int[] nationEndingAt, int m) {
    for (int e = m; e < nationEndingAt.length && e < m + 5; e++) {
      if (nationEndingAt[e] == m) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasAndAhead(String[] words, int from) {
    for (int i = from; i < words.length && i < from + 6; i++) {
      if (words[i].equals("and")) {
        return true;
      }
    }
    return false;
  }
}
