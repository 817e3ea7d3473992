package dev.lede.entities;

import static dev.lede.entities.NameWords.ATTRIBUTIVE;
import static dev.lede.entities.NameWords.CONNECTORS;
import static dev.lede.entities.NameWords.GROUP_WORDS;
import static dev.lede.entities.NameWords.ORG_HEADS;
import static dev.lede.entities.NameWords.PARTICLES;
import static dev.lede.entities.NameWords.PERSON_INTRODUCERS;
import static dev.lede.entities.NameWords.ROLE_HEADS;
import static dev.lede.entities.NameWords.TRAILING_ROLES;
import static dev.lede.entities.NameWords.hasLetterOrDigit;
import static dev.lede.entities.NameWords.isCap;
import static dev.lede.entities.NameWords.isPlainLower;
import static dev.lede.entities.NameWords.isTreasuryNoun;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The model stage: the name finder's PER/LOC/ORG spans cleaned into candidates. Spans the model
 * cut at name particles are joined ({@link #joinParticles}), two names it read as one are split
 * ({@link #splitPairs}); then each span loses the titles, articles, punctuation, possessives and
 * adjectives at its edges that the guidelines keep outside, and is dropped when it names no one
 * (a bare title, "776 BC", a demonym, a party member) ({@link #candidate}). The type is the
 * model's: rules that retyped its spans from word lists (a title or a known given name before
 * it, an organisation's head noun) no longer helped the neural tagger on any dev set (README,
 * "Every rule against the neural tagger") and were dropped.
 *
 * <p>Thread-safe: holds only immutable data.
 */
final class ModelCandidates {

  /** A token of initials only: "J.", "R.E.", "W.H.S.". */
  private static final Pattern INITIALS = Pattern.compile("(\\p{Lu}\\.)+");
  /**
   * Plural nouns whose possessive is a word of a name ("People's Liberation Army", "Children's
   * Hospital", "Women's Institute"): before any other possessive a name ends.
   */
  private static final Set<String> COMMON_OWNERS = Set.of("people", "children", "women", "men",
      "workers", "veterans", "farmers", "citizens", "nations", "students", "teachers", "writers",
      "soldiers", "sailors", "mothers", "fathers", "girls", "boys", "peoples");
  /** Initials whose last full stop the tokenizer split off: "R.E" before ".". */
  private static final Pattern INITIALS_CUT = Pattern.compile("(\\p{Lu}\\.)*\\p{Lu}");

  /**
   * Capitalised words that are never a name on their own: a bare organisation head ("the Party"),
   * a party member ("a Democrat", "Social Democrat") and the geopolitical compass points ("the
   * West"). They stay names inside longer spans ("Social Democratic Party", "West Bank").
   */
  private static final Set<String> NEVER_ALONE = Set.of("party", "west", "east", "democrat",
      "republican");

  /**
   * Abbreviations and capitalised words that never name a person, place or organisation on their
   * own, though the model reads capitals as names: eras ("776 BC"), times of day and zones ("4
   * AM", "CDT"), post-nominal letters ("Mark Tedeschi, QC"), diseases ("HIV", "COVID-19") and
   * everyday abbreviations ("CEO", "DVD", "IQ"). Matched case-sensitively, as written.
   */
  private static final Set<String> NEVER_NAMES = Set.of("BC", "BCE", "AD", "B.C.", "A.D.", "AM",
      "PM", "A.M.", "P.M.", "GMT", "UTC", "EST", "EDT", "CST", "CDT", "PST", "PDT", "CET", "QC",
      "KC", "PhD", "MBA", "HIV", "AIDS", "SARS", "COVID", "COVID-19", "IQ", "GDP", "CEO", "CFO",
      "COO", "CTO", "SVP", "EVP", "TV", "DVD", "VHS", "CD", "GPS", "USB", "SMS", "FAQ", "DUI",
      "OK", "RFP", "SEO", "DNA", "ASAP", "FYI");

  private final Gazetteer gazetteer;
  private final NameFeatures features;

  ModelCandidates(Gazetteer gazetteer, NameFeatures features) {
    this.gazetteer = gazetteer;
    this.features = features;
  }

  /**
   * Adds the cleaned candidates of the model's spans.
   *
   * @param s the sentence
   * @param spans the model's spans: first token, token after the last, index into {@link
   *     TaggedSentence#TYPES}
   * @param marks what the lexicon marked in the sentence
   * @param cands where candidates are added
   */
  void add(SentenceTokens s, List<int[]> spans, LexiconCandidates.Marks marks,
      List<Candidate> cands) {
    String[] words = s.words();
    int ministries = cands.size();
    List<int[]> initialled = withInitials(withListedWords(spans, s), s, marks);
    for (int[] span : splitPairs(joinParticles(initialled, words), words,
        marks.knownOrgEndingAt())) {
      Candidate c = candidate(span, s, marks);
      if (c != null && !runsPastAMinistry(c, cands.subList(0, ministries), words)) {
        cands.add(c);
      }
      Candidate owner = ownerPerson(span, words, marks);
      if (owner != null) {
        cands.add(owner);
      }
    }
  }

  /**
   * Whether a model span takes a ministry's name and the "of" after it ("Ministry of Foreign
   * Affairs of Belarus"): the guideline rule ends the ministry's name before a country after
   * "of", and the longer model span would otherwise win and make the ministry an organisation.
   */
  private static boolean runsPastAMinistry(Candidate c, List<Candidate> before, String[] words) {
    for (Candidate m : before) {
      if (m.type() == EntityType.MINISTRY && m.a() >= c.a() && m.a() < c.b() && m.b() < c.b()
          && words[m.b()].equalsIgnoreCase("of")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a span is a listed country or place followed by job titles ("U.S. Representative",
   * "U.S. Representatives", "Texas Governor"): a title names no organisation, and the place is
   * a mention of its own, which the lexicon proposes.
   */
  private boolean placeBeforeATitle(String[] words, int a, int b,
      LexiconCandidates.Marks marks) {
    int t = b;
    while (t > a && isCap(words[t - 1], false) && isTitleOrTitles(words[t - 1])) {
      t--;
    }
    if (t == b || t == a) {
      return false;
    }
    for (int k = a; k < t; k++) {
      if (!(marks.countryToken()[k] || marks.placeToken()[k] || marks.bigCity()[k])) {
        return false;
      }
    }
    return true;
  }

  /** A title or its plural ("Representative", "Representatives"). */
  private boolean isTitleOrTitles(String w) {
    return features.isTitle(w)
        || w.length() > 2 && w.endsWith("s") && features.isTitle(w.substring(0, w.length() - 1));
  }

  /**
   * A person span takes the capitalised word before it when the two make a person's name in the
   * name lexicon ("Xi Jinping", "Andrés Manuel López Obrador" first in a sentence, where the
   * model often leaves out an unknown first word), then the word after it likewise ("Adlai
   * Stevenson I"): the lexicon is evidence the model lacked there. Never a title, nor a word of
   * another span.
   */
  List<int[]> withListedWords(List<int[]> spans, SentenceTokens s) {
    int per = TaggedSentence.TYPES.indexOf("PER");
    String[] words = s.words();
    List<int[]> out = null;
    int previousEnd = 0;
    for (int i = 0; i < spans.size(); i++) {
      int[] span = spans.get(i);
      int a = span[0];
      if (span[2] == per && a - 1 >= previousEnd && !s.caps()
          && Character.isUpperCase(words[a - 1].charAt(0)) && !features.isTitle(words[a - 1])
          && NameFeatures.stripPossessive(words[a - 1]).equals(words[a - 1])
          && span[1] - a <= NameLexicon.MAX_TOKENS - 1
          && (gazetteer.names.lookup(Arrays.copyOfRange(words, a - 1, span[1]))
              & 1 << NameLexicon.PER) != 0) {
        if (out == null) {
          out = new ArrayList<>(spans);
        }
        out.set(i, new int[] {a - 1, span[1], span[2]});
        a--;
      }
      int b = span[1];
      int nextStart = i + 1 < spans.size() ? spans.get(i + 1)[0] : words.length;
      if (span[2] == per && b < nextStart && !s.caps()
          && Character.isUpperCase(words[b].charAt(0)) && !features.isTitle(words[b])
          && b + 1 - a <= NameLexicon.MAX_TOKENS
          && (gazetteer.names.lookup(Arrays.copyOfRange(words, a, b + 1))
              & 1 << NameLexicon.PER) != 0) {
        if (out == null) {
          out = new ArrayList<>(spans);
        }
        out.set(i, new int[] {a, b + 1, span[2]});
        b++;
      }
      previousEnd = b;
    }
    return out == null ? spans : out;
  }

  /**
   * Person spans take the initials written directly before them: a person's name includes its
   * initials ("J. Michael Straczynski", "W.H.S. Koerner", "R.E. Glenn"), which the model often
   * leaves out. Never a country's or a listed organisation's abbreviation ("U.S. John Smith"),
   * nor a token of another span.
   */
  static List<int[]> withInitials(List<int[]> spans, SentenceTokens s,
      LexiconCandidates.Marks marks) {
    int per = TaggedSentence.TYPES.indexOf("PER");
    String[] words = s.words();
    List<int[]> out = new ArrayList<>(spans.size());
    int previousEnd = 0;
    for (int[] span : spans) {
      int[] cur = span.clone();
      if (cur[2] == per) {
        int a = cur[0];
        while (true) {
          if (a - 1 >= previousEnd && INITIALS.matcher(words[a - 1]).matches()
              && !listed(a - 1, marks)) {
            a--;
          } else if (a - 2 >= previousEnd && words[a - 1].equals(".")
              && s.ends()[a - 2] == s.starts()[a - 1]
              && INITIALS_CUT.matcher(words[a - 2]).matches() && !listed(a - 2, marks)) {
            a -= 2;
          } else {
            break;
          }
        }
        cur[0] = a;
      }
      previousEnd = cur[1];
      out.add(cur);
    }
    return out;
  }

  /** Whether token t is part of a country's or a listed organisation's name. */
  private static boolean listed(int t, LexiconCandidates.Marks marks) {
    if (marks.countryToken()[t]) {
      return true;
    }
    for (int e = t; e < marks.knownOrgEndingAt().length; e++) {
      int start = marks.knownOrgEndingAt()[e];
      if (start >= 0 && start <= t) {
        return true;
      }
    }
    return false;
  }

  /**
   * Person spans split by name particles are one name ("Ursula" "von der" "Leyen"); a capitalised
   * particle right before a person span belongs to it ("Von der Leyen"); a person span followed
   * by particles and a capitalised word ends with that word ("Ursula von der Leyen").
   */
  static List<int[]> joinParticles(List<int[]> spans, String[] words) {
    int per = TaggedSentence.TYPES.indexOf("PER");
    List<int[]> out = new ArrayList<>(spans.size());
    for (int[] s : spans) {
      int[] cur = s.clone();
      if (cur[2] == per) {
        int a = cur[0];
        while (a > 0 && PARTICLES.contains(words[a - 1].toLowerCase(Locale.ROOT))
            && !(a - 1 > 0 && !out.isEmpty() && out.get(out.size() - 1)[1] == a - 1)) {
          a--;
        }
        if (a < cur[0] && Character.isUpperCase(words[a].charAt(0))) {
          cur[0] = a;
        }
        if (!out.isEmpty()) {
          int[] prev = out.get(out.size() - 1);
          boolean particlesOnly = prev[2] == per && prev[1] < cur[0];
          for (int t = prev[1]; t < cur[0] && particlesOnly; t++) {
            particlesOnly = PARTICLES.contains(words[t].toLowerCase(Locale.ROOT));
          }
          if (particlesOnly) {
            prev[1] = cur[1];
            continue;
          }
        }
      }
      out.add(cur);
    }
    // A person span followed by lowercase particles and a capitalised word takes them in
    // ("Ursula" + "von der Leyen", where the model tagged only the given name), and with them
    // a span the model started on that word ("Leyen" read as a place).
    for (int i = 0; i < out.size(); i++) {
      int[] cur = out.get(i);
      if (cur[2] != per) {
        continue;
      }
      int t = cur[1];
      while (t < words.length && PARTICLES.contains(words[t])) {
        t++;
      }
      if (t == cur[1] || t >= words.length || words[t].isEmpty()
          || !Character.isUpperCase(words[t].charAt(0))) {
        continue;
      }
      int[] next = i + 1 < out.size() ? out.get(i + 1) : null;
      if (next != null && next[0] < t) {
        continue; // something else sits between
      }
      if (next != null && next[0] == t) {
        cur[1] = next[1];
        out.remove(i + 1);
      } else {
        cur[1] = t + 1;
      }
    }
    return out;
  }

  /**
   * Two names joined by "and" that the model read as one: two people ("Latif Hakimi and Mohammad
   * Yasir", when both sides look like person names, a known given name first or a known surname
   * last, and no organisation head is in the span), or an organisation whose name ends in its
   * head, then another name ("World Health Organization and Doctors Without Borders"), or a
   * known organisation, then another name ("OECD and UNESCO"; {@code knownOrgEndingAt[t]} is the
   * first token of a listed organisation's name ending at token t, or -1).
   */
  List<int[]> splitPairs(List<int[]> spans, String[] words, int[] knownOrgEndingAt) {
    int per = TaggedSentence.TYPES.indexOf("PER");
    List<int[]> out = new ArrayList<>(spans.size());
    for (int[] s : splitRows(splitRepeats(spans, words, per), words, per)) {
      int and = -1;
      boolean head = false;
      for (int t = s[0]; t < s[1]; t++) {
        if (words[t].equals("and") && t > s[0] && t < s[1] - 1 && and < 0) {
          and = t;
        }
        head |= ORG_HEADS.contains(words[t].toLowerCase(Locale.ROOT));
      }
      // an organisation or place span needs a known given name first on each side ("DB Cargo
      // and Rail Cargo Austria" is no pair of people, though "Cargo" is a listed surname)
      boolean given = s[2] == per || gazetteer.givenNames.contains(words[s[0]])
          && gazetteer.givenNames.contains(words[and < 0 ? s[0] : and + 1]);
      if (and > 0 && !head && given && personLike(words, s[0], and)
          && personLike(words, and + 1, s[1])) {
        out.add(new int[] {s[0], and, per});
        out.add(new int[] {and + 1, s[1], per});
      } else if (and > s[0] && Character.isUpperCase(words[and + 1].charAt(0))
          && (knownOrgEndingAt[and - 1] == s[0] || and > s[0] + 1
              && ORG_HEADS.contains(words[and - 1].toLowerCase(Locale.ROOT))
              || hasHead(words, s[0], and) && hasHead(words, and + 1, s[1]))) {
        // "World Health Organization and Doctors Without Borders", "Massachusetts Institute of
        // Technology and Harvard University": two organisations
        out.add(new int[] {s[0], and, TaggedSentence.TYPES.indexOf("ORG")});
        out.add(new int[] {and + 1, s[1], s[2]});
      } else {
        out.add(s);
      }
    }
    return out;
  }

  /** Whether a capitalised organisation head word ("University", "Bureau") is among the words. */
  private static boolean hasHead(String[] words, int a, int b) {
    for (int t = a; t < b; t++) {
      if (Character.isUpperCase(words[t].charAt(0))
          && ORG_HEADS.contains(words[t].toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A person's name never repeats a word: a person span that does is two names in a row, as
   * where a signature meets the next line's greeting ("Phillip" "Phillip, can you...") or a
   * heading its first sentence ("Coron" "Coron is an island..."). The span is cut before each
   * capitalised word seen earlier in it.
   */
  static List<int[]> splitRepeats(List<int[]> spans, String[] words, int per) {
    List<int[]> out = new ArrayList<>(spans.size());
    for (int[] s : spans) {
      int from = s[0];
      for (int t = s[0] + 1; t < s[1] && s[2] == per; t++) {
        for (int u = from; u < t; u++) {
          if (isNameWord(words[u]) && words[u].equals(words[t])) {
            out.add(new int[] {from, t, per});
            from = t;
            break;
          }
        }
      }
      out.add(from == s[0] ? s : new int[] {from, s[1], s[2]});
    }
    return out;
  }

  /**
   * Names in a row read as one: a person span that goes on, after a listed given name and at
   * least one more name word, with another listed given name and a capitalised word is two
   * people ("Debra Perlingiere Jackie Taylor", a signature and the next line's name). A word that
   * is a given name and a surname ("Martin") cuts only after a word that is no given name; a
   * particle ("Giuseppe De Felice Giuffrida") or a lowercase word after it ("Lula da Silva") never
   * ends or starts a second name.
   */
  List<int[]> splitRows(List<int[]> spans, String[] words, int per) {
    List<int[]> out = new ArrayList<>(spans.size());
    for (int[] s : spans) {
      int from = s[0];
      for (int t = s[0] + 2; t < s[1] - 1 && s[2] == per; t++) {
        if (t - from >= 2 && gazetteer.givenNames.contains(words[from])
            && gazetteer.givenNames.contains(words[t]) && isNameWord(words[t + 1])
            && isNameWord(words[t - 1])
            && !PARTICLES.contains(words[t - 1].toLowerCase(Locale.ROOT))
            && !PARTICLES.contains(words[t + 1].toLowerCase(Locale.ROOT))
            && (!gazetteer.givenNames.contains(words[t - 1])
                || !gazetteer.surnames.contains(words[t]))) {
          out.add(new int[] {from, t, per});
          from = t;
        }
      }
      out.add(from == s[0] ? s : new int[] {from, s[1], s[2]});
    }
    return out;
  }

  /** Whether a word from {@code a} to {@code b} (exclusive) is capitalised or a number. */
  private static boolean anyCapitalised(String[] words, int a, int b) {
    for (int t = a; t < b; t++) {
      String w = words[t];
      if (isCap(w, false) || (!w.isEmpty() && Character.isDigit(w.charAt(0)))) {
        return true;
      }
    }
    return false;
  }

  /** A capitalised word of two letters or more: initials ("J. R. R.") and particles may repeat. */
  private static boolean isNameWord(String w) {
    return w.length() > 1 && Character.isUpperCase(w.charAt(0))
        && Character.isLetter(w.charAt(w.length() - 1));
  }

  private boolean personLike(String[] words, int a, int b) {
    return b - a >= 1 && b - a <= 4 && Character.isUpperCase(words[a].charAt(0))
        && (gazetteer.givenNames.contains(words[a])
            || gazetteer.surnames.contains(NameFeatures.stripPossessive(words[b - 1])));
  }

  /**
   * Where the name after an owner starts in a span that holds a possessive ("Britain's Keir
   * Starmer", "Tanzania's Samia Suluhu Hassan", "Egypt's Abdel Fattah el-Sisi"): after its last
   * possessive {@code last}, when two or more capitalised words, particles or words with a
   * lowercase prefix follow it; else {@code a}.
   */
  private static int afterOwner(String[] words, int a, int last, int b) {
    if (b - (last + 1) < 2) {
      return a;
    }
    for (int t = last + 1; t < b; t++) {
      if (!Character.isUpperCase(words[t].charAt(0)) && !PARTICLES.contains(words[t])
          && !NameWords.isLowerPrefixed(words[t])) {
        return a; // "el-Sisi" is a name word, "Egypt's new Cabinet" has none after the owner
      }
    }
    return last + 1;
  }

  /**
   * The last of a span's tokens before its last one that is a possessive clitic or ends in a
   * possessive, or -1.
   */
  private static int lastPossessive(String[] words, int a, int b) {
    int last = -1;
    for (int t = a; t < b - 1; t++) {
      if (isClitic(words[t]) || !NameFeatures.stripPossessive(words[t]).equals(words[t])) {
        last = t;
      }
    }
    return last;
  }

  /**
   * The person who owns the name after a possessive in a span the model did not type as a
   * person ("President Vladimir Putin's United Russia", read as one organisation): the owner,
   * titles cut, when it is two to four capitalised words starting with a listed given name and
   * holding no place. {@link #candidate} keeps what follows the possessive; without this the
   * owner would be lost.
   */
  private Candidate ownerPerson(int[] span, String[] words, LexiconCandidates.Marks marks) {
    if (span[2] == TaggedSentence.TYPES.indexOf("PER")) {
      return null;
    }
    int possessive = lastPossessive(words, span[0], span[1]);
    if (possessive < 0) {
      return null;
    }
    int end = isClitic(words[possessive]) ? possessive : possessive + 1;
    int a = span[0];
    while (a < end && features.isTitle(words[a])) {
      a++;
    }
    if (end - a < 2 || end - a > 4 || !gazetteer.givenNames.contains(words[a])) {
      return null;
    }
    for (int t = a; t < end; t++) {
      if (!Character.isUpperCase(words[t].charAt(0)) || marks.countryToken()[t]
          || marks.placeToken()[t] || marks.demonym()[t]) {
        return null;
      }
    }
    return new Candidate(a, end, EntityType.PERSON, null, null, false, Candidate.PRIO_MODEL);
  }

  /** Whether a token is a possessive clitic of its own ("’s" after "Okafor"). */
  private static boolean isClitic(String word) {
    return word.equals("'s") || word.equals("’s");
  }

  private static boolean isSaint(String word) {
    return word.equals("St.") || word.equals("St") || word.equals("Saint");
  }

  /**
   * Cleans one model span: titles, articles, punctuation and possessives outside; null when what
   * is left names no one.
   */
  Candidate candidate(int[] s, SentenceTokens sentence, LexiconCandidates.Marks marks) {
    String[] words = sentence.words();
    String[] pos = sentence.pos();
    boolean caps = sentence.caps();
    boolean[] demonym = marks.demonym();
    boolean[] countryToken = marks.countryToken();
    int a = s[0];
    int b = s[1];
    EntityType type = switch (TaggedSentence.TYPES.get(s[2])) {
      case "PER" -> EntityType.PERSON;
      case "LOC" -> EntityType.LOCATION;
      default -> EntityType.ORGANIZATION;
    };
    while (b > a && !hasLetterOrDigit(words[b - 1])) {
      b--;
    }
    while (b > a && isClitic(words[b - 1])) {
      b--;
    }
    // "the", "a" and a lowercase connector the model took along ("and Muslims") stay outside
    while (a < b && (!hasLetterOrDigit(words[a]) || words[a].equals("a")
        || CONNECTORS.contains(words[a]))) {
      a++;
    }
    // "Hamas-ruled Gaza Strip", "Singapore-based Harbourline Group": the hyphenated adjective is
    // not part of the name (the guidelines make its country a mention of its own)
    while (a < b && ATTRIBUTIVE.matcher(words[a]).matches()) {
      a++;
    }
    if (b - a >= 1 && ATTRIBUTIVE.matcher(words[b - 1]).matches()) {
      return null;
    }
    // "southern Kandahar", "Gulf of Mexico south": a lowercase word at an edge is no part of a
    // name, unless the whole name is written in lower case ("san francisco", web text's way)
    if (!caps && anyCapitalised(words, a, b)) {
      while (a < b - 1 && isPlainLower(words[a])) {
        a++;
      }
      while (b - 1 > a && isPlainLower(words[b - 1])) {
        b--;
      }
    }
    while (b > a && (CONNECTORS.contains(words[b - 1]) || !hasLetterOrDigit(words[b - 1]))) {
      b--;
    }
    // "Nigeria ’s Okafor" split after the country: the possessive is the name before's, not this one's
    while (a < b && isClitic(words[a])) {
      a++;
    }
    if (a >= b) {
      return null;
    }
    boolean possessiveInName = false;
    int possessive = lastPossessive(words, a, b);
    if (possessive >= 0 && type == EntityType.PERSON) {
      int after = afterOwner(words, a, possessive, b);
      int name = after;
      while (name < b && features.isTitle(words[name])) {
        name++;
      }
      // a name of two words or more after the titles: "Ukraine's President Volodymyr
      // Zelensky", not "Ukraine's General Staff", nor a listed organisation ("Vladimir Putin's
      // United Russia": the person is the owner)
      boolean listedAfter = after > a && marks.knownOrgEndingAt()[b - 1] == after;
      if (after > a && b - name >= 2 && !listedAfter) {
        a = after;
      } else {
        // "Cristiano Ronaldo's Al-Nassr": no name after the possessive, so the person is its
        // owner, unless the owner is a place ("Spain's Treasury") or a saint
        int end = isClitic(words[possessive]) ? possessive : possessive + 1;
        boolean named = end > a && !isSaint(words[a]);
        for (int t = a; t < end; t++) {
          named &= Character.isUpperCase(words[t].charAt(0)) && !marks.countryToken()[t]
              && !marks.placeToken()[t] && !demonym[t];
        }
        if (named) {
          b = end;
        }
      }
    } else if (possessive >= 0) {
      int ownerEnd = isClitic(words[possessive]) ? possessive - 1 : possessive;
      String owner = ownerEnd >= a ? NameFeatures.stripPossessive(words[ownerEnd]) : "";
      if (isSaint(words[a]) || features.isTitle(owner)
          || COMMON_OWNERS.contains(owner.toLowerCase(Locale.ROOT))) {
        // "St. Peter's Basilica", "King's College", "People's Liberation Army", "Boston
        // Children's Hospital": the possessive is a word of the name
        possessiveInName = true;
      } else if (ownerEnd >= a) {
        // "China's Huawei", "South Korea's Foreign Ministry", "Musk's SpaceX": the owner is a
        // mention of its own, or none
        int owned = afterOwner(words, a, possessive, b);
        a = owned > a ? owned : possessive + 1;
        if (b - a >= 2 && b - a <= 4 && gazetteer.givenNames.contains(words[a])
            && !features.isTitle(words[a])) {
          type = EntityType.PERSON; // "Spain's Pedro Sánchez", read as a place from "Spain"
        }
      }
    }
    for (int t = a; t < b && !possessiveInName; t++) {
      // a possessive inside joins two names
      if ((t < b - 1 && !NameFeatures.stripPossessive(words[t]).equals(words[t]))
          || (t > a && isClitic(words[t]))) {
        return null;
      }
    }
    if (b - a == 1 && words[a].equalsIgnoreCase("Treasury") && isTreasuryNoun(words, pos, a, b)) {
      return null;
    }
    if (type != EntityType.PERSON) {
      boolean head = false;
      for (int t = a; t < b - 1; t++) {
        head |= ORG_HEADS.contains(words[t].toLowerCase(Locale.ROOT));
      }
      if (head && b - a >= 3 && TRAILING_ROLES.contains(words[b - 1].toLowerCase(Locale.ROOT))) {
        b--;
      }
      if (placeBeforeATitle(words, a, b, marks)) {
        return null;
      }
      // "Minister of Finance of Denmark", "Secretary of State of Ohio": the portfolio belongs
      // to the job title, which names no one; what follows its "of" is a name of its own
      if (a >= 2 && (words[a - 1].equals("of") || words[a - 1].equals("for"))
          && (features.isTitle(words[a - 2])
              || ROLE_HEADS.contains(words[a - 2].toLowerCase(Locale.ROOT)))) {
        int after = afterPortfolio(words, a - 2, b);
        if (after > a) {
          a = after < b && (words[after].equals("of") || words[after].equals("for"))
              ? after + 1 : after;
          if (a >= b) {
            return null;
          }
        }
      }
    }
    if (b - a == 1 && (features.isTitle(words[a]) || NEVER_NAMES.contains(words[a]))) {
      return null; // a bare title ("Justice", "Senator") names no one by itself, nor "776 BC"
    }
    // "King Abdullah of Jordan", "Queen Sofia of Spain": a ruler's country after "of" is a
    // mention of its own, the ruler a person (the model may type the whole as anything)
    if (b - a >= 3 && (type == EntityType.PERSON || features.isTitle(words[a]))) {
      for (int j = a + 1; j < b - 1; j++) {
        if (words[j].equals("of")) {
          int from = j + 1 < b - 1 && words[j + 1].equalsIgnoreCase("the") ? j + 2 : j + 1;
          boolean country = true;
          for (int t = from; t < b; t++) {
            country &= countryToken[t];
          }
          if (country) {
            b = j;
            type = EntityType.PERSON;
          }
          break;
        }
      }
    }
    if (type == EntityType.PERSON) {
      // "Secretary of State Jane Doe", "Minister for Foreign Affairs Jane Doe": the portfolio
      // first, so that a word of it that is also a title ("Foreign") does not cut it in two
      a = afterPortfolio(words, a, b);
      if (a >= b) {
        return null; // "Secretary of State" alone: a job, no one's name
      }
      // "Russian President Vladimir Putin", "Health Minister Jane Doe", "Mr."
      int cut = -1;
      for (int j = a; j < b - 1; j++) {
        boolean role = features.isTitle(words[j])
            || ROLE_HEADS.contains(words[j].toLowerCase(Locale.ROOT));
        // after a given name or initials a title word is a surname: "Martin Luther King Jr.",
        // "Billie Jean King", "B.B. King", "Tom Bishop"
        if (role && j > a && (gazetteer.givenNames.contains(words[j - 1])
            || INITIALS.matcher(words[j - 1]).matches())) {
          role = false;
        }
        if (role || demonym[j] || countryToken[j]
            || PERSON_INTRODUCERS.contains(words[j].toLowerCase(Locale.ROOT))) {
          cut = j;
        }
      }
      a = cut + 1 > a ? cut + 1 : a;
      if (b - a == 1 && features.isTitle(words[a])) {
        return null;
      }
    } else if (ROLE_HEADS.contains(words[b - 1].toLowerCase(Locale.ROOT))) {
      return null; // a job title, "Interior Minister"
    }
    boolean allDemonym = true;
    for (int t = a; t < b; t++) {
      allDemonym &= demonym[t] || GROUP_WORDS.contains(
          NameFeatures.stripPossessive(words[t]).toLowerCase(Locale.ROOT).replace('’', '\''));
    }
    // A name the model finds written in lower case stays ("went to kerala", "my friend lisa"):
    // web text writes names so, and the model learnt them from such text.
    if (allDemonym) {
      return null;
    }
    String last = words[b - 1].toLowerCase(Locale.ROOT);
    // "the Party", "the West", "a Democrat", "Social Democrat": a word, not a name
    if ((b - a == 1 && NEVER_ALONE.contains(last))
        || (b - a == 2 && (last.equals("democrat") || last.equals("republican")))) {
      return null;
    }
    return new Candidate(a, b, type, null, null, false, Candidate.PRIO_MODEL);
  }

  /**
   * The first token of a person span after the portfolio that ends a job title in it or just
   * before it: "Secretary of State Condoleezza Rice", "Minister for Foreign Affairs Jane Doe",
   * whether the span starts at the title, at "of"/"for" or at the portfolio. The portfolio is the
   * longest cabinet portfolio after the title's "of"/"for"; the last such title in the span
   * counts. {@code b} when the portfolio ends the span: a job title with no name after it.
   */
  private int afterPortfolio(String[] words, int a, int b) {
    int start = a;
    for (int j = 1; j < b - 1; j++) {
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
        if (gazetteer.departments.containsKey(portfolio.toString())) {
          start = Math.max(start, t + 1);
        }
      }
    }
    return start;
  }
}
