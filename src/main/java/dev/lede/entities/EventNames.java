package dev.lede.entities;

import static dev.lede.entities.NameWords.ARTICLES;
import static dev.lede.entities.NameWords.EVENT_HEADS;
import static dev.lede.entities.NameWords.isCap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names that the guidelines make no entities, and whose words are no mentions either: events,
 * laws, documents and ships ("Vietnam War", "Treaty of Versailles", "USS Hornet") and diseases
 * named after places and people ("Marburg virus", "Parkinson's disease"). Each becomes a
 * candidate without a type: the longest span still wins, and the name is then dropped. Split
 * from {@link GuidelineRules} in stop 46, when that class passed 700 lines.
 *
 * <p>Thread-safe: holds only immutable data.
 */
final class EventNames {

  /** First words of event names followed by their own name: "Operation Desert Storm". */
  private static final Set<String> EVENT_STARTS = Set.of("Operation", "Battle", "Siege",
      "Treaty");
  /** Lower-case words after a disease's name: "Marburg virus", "Parkinson's disease". */
  private static final Set<String> DISEASE_WORDS = Set.of("virus", "fever", "disease",
      "syndrome", "lymphoma");
  /** Those that follow a discoverer's possessive: "Parkinson's disease", "Hodgkin's lymphoma". */
  private static final Set<String> EPONYM_WORDS = Set.of("disease", "syndrome", "lymphoma");

  private final Gazetteer gazetteer;

  EventNames(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * Names of diseases, which the guidelines make no entities, and whose words are no mentions
   * either: a name before "virus", "fever", "disease", "syndrome" or "lymphoma" written in
   * lower case ("Marburg virus", "West Nile virus", "Rift Valley fever", "Lyme disease") when
   * the tagger read it as a place or not at all, and after a possessive whatever it read
   * ("Parkinson's disease", "Hodgkin's lymphoma": named after people, as units are). Any other
   * name before the word stays a mention: a country, an organisation or a listed place ("Kenya
   * virus testing", "Texas disease experts", "Italy's virus death toll"), and a person but
   * before the possessive of a disease named after its discoverer (a governor's "virus
   * briefing"). Candidates without a type, as events: the longest span wins and is then
   * dropped.
   *
   * @param words the sentence's words
   * @param cands the candidates; disease names are added
   */
  static void diseases(String[] words, List<Candidate> cands) {
    boolean[] person = new boolean[words.length];
    boolean[] otherName = new boolean[words.length]; // a country's, a listed name's, ...
    for (Candidate c : cands) {
      if (c.type() == EntityType.PERSON) {
        Arrays.fill(person, c.a(), c.b(), true);
      } else if (c.type() != null && (c.type() != EntityType.LOCATION || c.canonical() != null)) {
        Arrays.fill(otherName, c.a(), c.b(), true);
      }
    }
    List<Candidate> names = new ArrayList<>();
    for (int k = 1; k < words.length; k++) {
      if (!DISEASE_WORDS.contains(words[k])) {
        continue;
      }
      int b = k;
      boolean possessive = !NameFeatures.stripPossessive(words[k - 1]).equals(words[k - 1]);
      if (words[k - 1].equals("'s") || words[k - 1].equals("’s")) {
        b = k - 1;
        possessive = true;
      }
      int a = b;
      while (a > 0 && Character.isUpperCase(words[a - 1].charAt(0))) {
        a--;
      }
      // after a possessive only a disease named after its discoverer ("Italy's virus death
      // toll" and a governor's "virus briefing" are the country's and the person's)
      boolean name = a < b && (!possessive || EPONYM_WORDS.contains(words[k]));
      for (int t = a; t < b && name; t++) {
        name = !otherName[t] && (possessive || !person[t]);
      }
      if (name) {
        names.add(new Candidate(a, k + 1, null, null, null, false, Candidate.PRIO_EVENT));
      }
    }
    cands.addAll(names);
  }

  /**
   * Capitalised names of events, laws, documents and ships, which the guidelines make no
   * entities, and whose words are no mentions either: "Vietnam War", "Toronto International Film
   * Festival", "Treaty of Versailles", "Operation Desert Storm", "USS Hornet". They become
   * candidates without a type: the longest span still wins, and the event is then dropped.
   */
  void events(String[] words, List<Candidate> cands) {
    int n = words.length;
    List<Candidate> prefixes = new ArrayList<>();
    for (Candidate c : cands) {
      if (c.priority() == Candidate.PRIO_GAZETTEER) {
        prefixes.add(c);
      }
    }
    for (int k = 0; k < n; k++) {
      String w = words[k];
      boolean last = EVENT_HEADS.contains(w) || isShow(words, k);
      boolean ship = ShipNames.PREFIXES.contains(w);
      boolean first = ship || EVENT_STARTS.contains(w);
      if (!last && !first) {
        continue;
      }
      int a = k;
      if (last) {
        // an act's name may hold an "of" between its capitalised words ("the Protection of
        // Forests Act"); "of" after an event's head starts its own tail below
        boolean act = w.equals("Act");
        while (a > 0 && (isCap(words[a - 1], false) || isNameTail(words, a - 1)
                || act && a < k && a >= 2 && words[a - 1].equals("of")
                    && isCap(words[a - 2], false))
            && !ARTICLES.contains(words[a - 1].toLowerCase(Locale.ROOT))) {
          a--;
        }
      }
      int b = k + 1;
      // "Treaty of Versailles", "War of 1812", "Operation Desert Storm"
      int m = b;
      // "on Tuesday" after a name is when the event is, not part of it
      if (m + 1 < n && (words[m].equals("of") || words[m].equals("on")
          && !NameWords.DATE_WORDS.contains(words[m + 1]))) {
        m++;
        if (m + 1 < n && words[m].equals("the")) {
          m++;
        }
      }
      if (first || m > b) {
        int end = m;
        while (end < n && (isCap(words[end], false)
            || (end > m && words[end].chars().allMatch(Character::isDigit))
            || (end > m && words[end].equals("and") && end + 1 < n
                && isCap(words[end + 1], false))
            // "FS Charles de Gaulle": a ship named after a person keeps the name's particles
            || ship && end > m && end + 1 < n && NameWords.PARTICLES.contains(words[end])
                && isCap(words[end + 1], false))) {
          end++;
        }
        if (end == m && m < n && words[m].matches("\\d{4}")) {
          end = m + 1; // "War of 1812"
        }
        if (end > m) {
          b = end;
        }
      }
      // "U.S. Fed Cup team", "WTO Agreement on Textiles": a listed country or organisation
      // before an event name of two words or more stays a mention; "Kosovo War" is one name
      int named = a;
      for (Candidate c : prefixes) {
        if (c.a() == a && c.b() < b && c.b() > named && b - c.b() >= 2
            && (c.type() == EntityType.COUNTRY || c.type() == EntityType.ORGANIZATION)) {
          named = c.b();
        }
      }
      boolean prefixed = named > a;
      int from = a;
      a = named;
      // "John Cup" is a person, but "London Marathon" is held in the listed city
      if (b - a >= 2 && !(b - a == 2 && last && gazetteer.givenNames.contains(words[a])
          && !gazetteer.namesOnlyPlaces(words[a]))) {
        cands.add(new Candidate(a, b, null, null, null, false, Candidate.PRIO_EVENT));
        if (prefixed) {
          // "the United Nations Climate Action Summit": the model's one name over the listed
          // organisation and the event (or its first words) would win as the longest; the two
          // are what it names
          int eventStart = a;
          int eventEnd = b;
          cands.removeIf(c -> c.priority() == Candidate.PRIO_MODEL && c.canonical() == null
              && c.type() != EntityType.PERSON && c.a() <= from && c.b() > eventStart
              && c.b() <= eventEnd);
        }
      }
    }
  }

  /**
   * Whether "Show" ends a show's name ("Geneva Motor Show", "Chelsea Flower Show"). A headline
   * uses it as a verb: after a plural ("Polls Show") or before a capitalised word ("Documents
   * Show Okafor Knew") it ends no name.
   */
  private static boolean isShow(String[] words, int k) {
    return words[k].equals("Show") && k > 0 && !words[k - 1].endsWith("s")
        && (k + 1 == words.length || !isCap(words[k + 1], false));
  }

  /** An apostrophe or a possessive inside an event's name: "Thirty Years ' War". */
  private static boolean isNameTail(String[] words, int t) {
    return (words[t].equals("'") || words[t].equals("’")) && t > 0
        && isCap(words[t - 1], false);
  }
}
