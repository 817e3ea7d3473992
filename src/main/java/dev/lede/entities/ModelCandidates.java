package dev.lede.entities;

import static dev.lede.entities.NameWords.ATTRIBUTIVE;
import static dev.lede.entities.NameWords.CONNECTORS;
import static dev.lede.entities.NameWords.GROUP_WORDS;
import static dev.lede.entities.NameWords.LEAD_KINDS;
import static dev.lede.entities.NameWords.LEGAL_FORMS;
import static dev.lede.entities.NameWords.ORG_HEADS;
import static dev.lede.entities.NameWords.PARTICLES;
import static dev.lede.entities.NameWords.PERSON_INTRODUCERS;
import static dev.lede.entities.NameWords.ROLE_HEADS;
import static dev.lede.entities.NameWords.TENURE_WORDS;
import static dev.lede.entities.NameWords.TRAILING_ROLES;
import static dev.lede.entities.NameWords.TRAILING_TITLES;
import static dev.lede.entities.NameWords.hasLetterOrDigit;
import static dev.lede.entities.NameWords.isCap;
import static dev.lede.entities.NameWords.isPlainLower;
import static dev.lede.entities.NameWords.isTreasuryNoun;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The model stage: the name finder's PER/LOC/ORG spans cleaned into candidates. The spans' edges
 * are first repaired ({@link ModelSpans}: particles joined, two names read as one split, listed
 * names and initials completed); then each span loses the titles, articles, punctuation, possessives and
 * adjectives at its edges that the guidelines keep outside, and is dropped when it names no one
 * (a bare title, "776 BC", a demonym, a party member) ({@link #candidate}). The type is the
 * model's: rules that retyped its spans from word lists (a title or a known given name before
 * it, an organisation's head noun) no longer helped the neural tagger on any dev set (README,
 * "Every rule against the neural tagger") and were dropped.
 *
 * <p>Thread-safe: holds only immutable data.
 */
final class ModelCandidates {

  /**
   * Plural nouns whose possessive is a word of a name ("People's Liberation Army", "Children's
   * Hospital", "Women's Institute"): before any other possessive a name ends.
   */
  private static final Set<String> COMMON_OWNERS = Set.of("people", "children", "women", "men",
      "workers", "veterans", "farmers", "citizens", "nations", "students", "teachers", "writers",
      "soldiers", "sailors", "mothers", "fathers", "girls", "boys", "peoples");

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
   * AM", "CDT"), post-nominal letters ("Mark Tedeschi, QC"), diseases ("HIV", "COVID-19"),
   * everyday abbreviations ("CEO", "DVD", "IQ") and a business story's rates, indicators and
   * plans ("LIBOR", "GNP", "CPI", "IPO", "ESOPs"; the model read rates as people and indicators
   * as organisations). Matched case-sensitively, as written.
   */
  private static final Set<String> NEVER_NAMES = Set.of("BC", "BCE", "AD", "B.C.", "A.D.", "AM",
      "PM", "A.M.", "P.M.", "GMT", "UTC", "EST", "EDT", "CST", "CDT", "PST", "PDT", "CET", "QC",
      "KC", "PhD", "MBA", "HIV", "AIDS", "SARS", "COVID", "COVID-19", "IQ", "GDP", "CEO", "CFO",
      "COO", "CTO", "SVP", "EVP", "TV", "DVD", "VHS", "CD", "GPS", "USB", "SMS", "FAQ", "DUI",
      "OK", "RFP", "SEO", "DNA", "ASAP", "FYI", "GNP", "GNI", "LIBOR", "Libor", "EURIBOR",
      "Euribor", "SOFR", "CPI", "PPI", "PMI", "IPO", "IPOs", "ESOP", "ESOPs", "ETF", "ETFs",
      "EPS", "LIFO", "FIFO");

  /** The tagger's index of the place type, {@link TaggedSentence#TYPES}. */
  private static final int LOCATION_TYPE = TaggedSentence.TYPES.indexOf("LOC");

  /** People and shares of an organisation, first in a sentence: "Shares of Kia rose". */
  private static final Set<String> MEMBERS_OF = Set.of("Shares", "Members", "Officials",
      "Employees", "Workers", "Analysts", "Investors", "Shareholders", "Supporters", "Staff",
      "Executives", "Leaders", "Fans", "Residents", "Soldiers", "Troops");

  /** Whether a word is one that names nothing on its own ("CEO", "GDP", "BC"). */
  static boolean namesNothing(String word) {
    return NEVER_NAMES.contains(word);
  }

  private final Gazetteer gazetteer;
  private final NameFeatures features;
  private final ModelSpans spans;
  private final OfficeNames offices;

  ModelCandidates(Gazetteer gazetteer, NameFeatures features) {
    this.gazetteer = gazetteer;
    this.features = features;
    this.spans = new ModelSpans(gazetteer, features);
    this.offices = new OfficeNames(gazetteer, features);
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
    List<int[]> initialled = ModelSpans.withInitials(this.spans.withListedWords(spans, s), s,
        marks);
    for (int[] span : atLegalForms(this.spans.splitPairs(ModelSpans.joinNicknames(
        ModelSpans.joinParticles(initialled, words), words), words, marks.knownOrgEndingAt()),
        words)) {
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

  /**
   * Whether a headline's span is a listed country or place followed by a word read as a verb
   * and what follows it ("Poland Tightens Border"): in headline case the tagger can run a name
   * into the verb and its object, which no name holds; the place is a mention of its own, which
   * the lexicon proposes.
   */
  private static boolean placeBeforeAVerb(String[] pos, int a, int b,
      LexiconCandidates.Marks marks) {
    int t = a;
    while (t < b && (marks.countryToken()[t] || marks.placeToken()[t] || marks.bigCity()[t])) {
      t++;
    }
    return t > a && t < b && "VERB".equals(pos[t]);
  }

  /** A title or its plural ("Representative", "Representatives"). */
  private boolean isTitleOrTitles(String w) {
    return features.isTitle(w)
        || w.length() > 2 && w.endsWith("s") && features.isTitle(w.substring(0, w.length() - 1));
  }

  /** Whether every token from {@code a} to {@code b} (exclusive) is a listed country's. */
  private static boolean allCountry(boolean[] countryToken, int a, int b) {
    for (int t = a; t < b; t++) {
      if (!countryToken[t]) {
        return false;
      }
    }
    return true;
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
   * Whether a span the model typed as a person is a listed country's or place's possessive and
   * one capitalised word after it ("Brazil's Lula", "South Korea ’s Yoon") that is no title, no
   * listed place, country, organisation or ministry ("Kenya ’s Treasury"), no organisation's or
   * ministry's head, and in capitals a listed given name ("BRAZIL'S LULA").
   */
  private boolean placeOwnsOneName(String[] words, int a, int possessive, int b,
      LexiconCandidates.Marks marks, boolean caps) {
    int ownerEnd = isClitic(words[possessive]) ? possessive - 1 : possessive;
    if (ownerEnd < a || b != possessive + 2) {
      return false;
    }
    for (int t = a; t <= ownerEnd; t++) {
      if (!marks.countryToken()[t] && !marks.placeToken()[t]) {
        return false;
      }
    }
    String name = words[b - 1];
    String lower = name.toLowerCase(Locale.ROOT);
    return Character.isUpperCase(name.charAt(0)) && !features.isTitle(name)
        && !marks.countryToken()[b - 1] && !marks.placeToken()[b - 1]
        && marks.knownOrgEndingAt()[b - 1] < 0 && !gazetteer.namesSomething(name)
        && !gazetteer.namesMinistry(name) && !ORG_HEADS.contains(lower)
        && !NameWords.MINISTRY_HEADS.contains(lower)
        && (!caps || gazetteer.givenNames.contains(NameFeatures.titleCase(name)));
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
    return word.equals("'s") || word.equals("’s") || word.equals("'S") || word.equals("’S");
  }

  static boolean isSaint(String word) {
    return word.equals("St.") || word.equals("St") || word.equals("Saint");
  }

  /**
   * Whether a possessive is a word of a name rather than its owner's: a saint's ("St. Peter's
   * Basilica"), a title's ("King's College") or a common group's ("People's Liberation Army",
   * "Workers' Party").
   *
   * @param owner the possessive's word without its ending
   * @param afterSaint whether the name starts with a saint's title
   * @param isTitle whether a word is a person's title
   */
  static boolean possessiveOfName(String owner, boolean afterSaint, Predicate<String> isTitle) {
    return afterSaint || isTitle.test(owner)
        || COMMON_OWNERS.contains(owner.toLowerCase(Locale.ROOT));
  }

  /**
   * The spans with a company's name cut after its legal form when "of" follows: "Apple Inc. of
   * Cupertino" is the company "Apple Inc." and the place "Cupertino", where the company is (the
   * capitalised words after the "of"); the tagger reads the whole as one name, and a place that
   * is also a given name ("London") is left to it by the lexicon.
   */
  static List<int[]> atLegalForms(List<int[]> spans, String[] words) {
    List<int[]> out = null;
    for (int i = 0; i < spans.size(); i++) {
      int[] s = spans.get(i);
      int cut = -1;
      for (int j = s[0]; j + 2 < s[1] && cut < 0; j++) {
        if (LEGAL_FORMS.contains(words[j]) && words[j + 1].equals("of")) {
          cut = j + 1;
        }
      }
      if (cut >= 0 && out == null) {
        out = new ArrayList<>(spans.subList(0, i));
      }
      if (cut >= 0) {
        out.add(new int[] {s[0], cut, s[2]});
        // the place: the capitalised words after "of"; a name after an "and" that follows is
        // another of the tagger's kind ("Velmora Ltd. of London and Kestrel Systems")
        int place = cut + 1;
        int end = place < s[1] && words[place].equals("the") ? place + 1 : place;
        while (end < s[1] && isCap(words[end], false)) {
          end++;
        }
        if (end > place) {
          out.add(new int[] {place, end, LOCATION_TYPE});
        }
        if (end + 1 < s[1] && words[end].equals("and")) {
          out.add(new int[] {end + 1, s[1], s[2]});
        }
      } else if (out != null) {
        out.add(s);
      }
    }
    return out == null ? spans : out;
  }

  /**
   * Whether a span is an Arabic person's name built on a kunya or a nasab: three or four words,
   * "Abu" first or "bin"/"ibn" inside, ending in a name with the article "al-"/"el-" ("Abu
   * Farraj al-Libbi", "Khalid bin Salman al-Harbi"), every word a capitalised name (no listed
   * place, country, demonym or organisation head). The guidelines make it a PERSON whatever the
   * tagger typed it; places of this build have two words ("Abu Dhabi", "Abu al-Khasib").
   */
  private static boolean kunyaName(String[] words, int a, int b, LexiconCandidates.Marks marks) {
    if (b - a < 3 || b - a > 4) {
      return false;
    }
    String last = NameFeatures.stripPossessive(words[b - 1]);
    if (!(last.startsWith("al-") || last.startsWith("el-")) || last.length() < 5
        || !Character.isUpperCase(last.charAt(3))) {
      return false;
    }
    boolean kunya = words[a].equals("Abu");
    for (int t = a; t < b; t++) {
      String lw = words[t].toLowerCase(Locale.ROOT);
      boolean nasab = t > a && t < b - 1 && (lw.equals("bin") || lw.equals("ibn"));
      kunya |= nasab;
      if (marks.demonym()[t] || marks.countryToken()[t] || marks.placeToken()[t]
          || ORG_HEADS.contains(lw)
          || (t < b - 1 && !nasab && !isCap(words[t], false))) {
        return false;
      }
    }
    return kunya;
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
    // "Carmaker Valdemar said": the kind of organisation that opens a sentence is no word of
    // the name after it
    if (a == 0 && b - a >= 2 && LEAD_KINDS.contains(words[a].toLowerCase(Locale.ROOT))
        && Character.isUpperCase(words[a].charAt(0)) && isCap(words[a + 1], false)) {
      a++;
    }
    // "The Netherlands will host", "“The Philippines declined”": a sentence's capital on "the"
    // before a listed country is the sentence's, not the name's, so the article stays outside as
    // the lexicon leaves it ("in The Gambia", capitalised within a sentence, keeps it)
    if (b - a >= 2 && words[a].equals("The") && LexiconCandidates.opensSentence(words, a)
        && allCountry(countryToken, a + 1, b)) {
      a++;
    }
    a = OpeningPrepositions.nameStart(words, a, b); // "Near Tessama, three strikes"
    if (type == EntityType.PERSON && OpeningPrepositions.placed(words, a, b)) {
      type = EntityType.LOCATION; // "Near Al Shadaddi, one strike"
    }
    // "Shares of Kia", "Workers at Amazon": a sentence's capitalised first word, people or
    // shares of what follows, is no part of its name
    if (b - a >= 2 && MEMBERS_OF.contains(words[a])
        && (words[a + 1].equals("of") || words[a + 1].equals("at"))) {
      a += 2;
      if (b - a > 1 && words[a].equals("the")) {
        a++;
      }
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
      // in capitals every word looks like a name: only a listed given name opens one there
      // ("BRITAIN'S KEIR STARMER", not "NDLOVU'S CABINET RESIGNS")
      boolean nameAfter = b - name >= 2 && (!caps
          || gazetteer.givenNames.contains(NameFeatures.titleCase(words[name])));
      if (after > a && nameAfter && !listedAfter) {
        a = after;
      } else if (placeOwnsOneName(words, a, possessive, b, marks, caps)) {
        // "Brazil's Lula Pledges", "Argentina's Milei Cuts": a person read over a country's
        // or place's possessive and one name is the name after it, the place a mention of its
        // own (a place is no person, and the possessive joins no two names)
        a = b - 1;
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
      if (possessiveOfName(owner, isSaint(words[a]), features::isTitle)) {
        // "St. Peter's Basilica", "King's College", "People's Liberation Army", "Boston
        // Children's Hospital": the possessive is a word of the name
        possessiveInName = true;
      } else if (ownerEnd >= a) {
        // "China's Huawei", "South Korea's Foreign Ministry", "Musk's SpaceX": the owner is a
        // mention of its own, or none
        int owned = afterOwner(words, a, possessive, b);
        a = owned > a ? owned : possessive + 1;
        String last = words[b - 1].toLowerCase(Locale.ROOT);
        if (b - a >= 2 && b - a <= 4 && gazetteer.givenNames.contains(words[a])
            && !features.isTitle(words[a]) && !GuidelineRules.FACILITY_HEADS.contains(last)
            && !ORG_HEADS.contains(last)) {
          // "Spain's Pedro Sánchez", read as a place from "Spain"; not a facility or body named
          // after a person, "New York's Kennedy Airport"
          type = EntityType.PERSON;
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
    if (words[b - 1].equalsIgnoreCase("Treasury") && isTreasuryNoun(words, pos, b - 1, b)) {
      return null; // "U.S. Treasury Secretary": the country and a title, as the lexicon reads
    }
    if (type != EntityType.PERSON && kunyaName(words, a, b, marks)) {
      type = EntityType.PERSON; // "Abu Farraj al-Libbi", which the tagger may read as a place
    }
    if (type != EntityType.PERSON) {
      boolean head = false;
      for (int t = a; t < b - 1; t++) {
        head |= ORG_HEADS.contains(words[t].toLowerCase(Locale.ROOT));
      }
      String lastWord = words[b - 1].toLowerCase(Locale.ROOT);
      // "Senate Leader", as "Labour Party of Kenya MP"; "Party MP" is no name without its role
      if (head && (b - a >= 3 || !NEVER_ALONE.contains(words[a].toLowerCase(Locale.ROOT)))
          && TRAILING_ROLES.contains(lastWord)
          || b - a >= 2 && TRAILING_TITLES.contains(lastWord)) {
        b--;
      }
      // "Yesterday Acme Inc. said", "Former Brenmoor University player": only an organisation
      // loses "former" ("the Former Yugoslavia" is a place's name)
      String firstWord = words[a].toLowerCase(Locale.ROOT);
      if (b - a >= 2 && TENURE_WORDS.contains(firstWord)
          && (type == EntityType.ORGANIZATION || firstWord.equals("yesterday"))) {
        a++;
      }
      if (placeBeforeATitle(words, a, b, marks)
          || sentence.headline() && placeBeforeAVerb(pos, a, b, marks)) {
        return null;
      }

      // "Minister of Finance of Denmark", "Secretary of State of Ohio": the portfolio belongs
      // to the job title, which names no one; what follows its "of" is a name of its own
      if (a >= 2 && (words[a - 1].equals("of") || words[a - 1].equals("for"))
          && (features.isTitle(words[a - 2])
              || ROLE_HEADS.contains(words[a - 2].toLowerCase(Locale.ROOT)))) {
        int after = offices.afterPortfolio(words, a - 2, b);
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
      a = offices.afterPortfolio(words, a, b);
      if (a >= b) {
        return null; // "Secretary of State" alone: a job, no one's name
      }
      // "The Bishop of Arden", "the Mayor of Kelby": an office of a place names no one, and
      // what follows its "of" is the place
      int place = offices.placeOfOffice(words, a, b);
      if (place >= 0) {
        return new Candidate(place, b, EntityType.LOCATION, null, null, false,
            Candidate.PRIO_MODEL);
      }
      // "Russian President Vladimir Putin", "Health Minister Jane Doe", "Mr."
      int cut = -1;
      for (int j = a; j < b - 1; j++) {
        String lower = words[j].toLowerCase(Locale.ROOT);
        boolean role = features.isTitle(words[j]) || ROLE_HEADS.contains(lower)
            || NameWords.PERSON_ROLES.contains(lower);
        // after a given name or initials a title word is a surname: "Martin Luther King Jr.",
        // "Billie Jean King", "B.B. King", "Tom Bishop", "Muhammed Sheikh Khalil"; not before
        // a name of two words or more ("Brooklyn Councilman Tomas Okafor")
        if (role && j > a && (gazetteer.givenNames.contains(words[j - 1])
            || ModelSpans.INITIALS.matcher(words[j - 1]).matches()) && b - j - 1 < 2) {
          role = false;
        }
        // a word in lower case between capitalised ones is no word of the name but what the
        // person is ("Kesmark alum Greta Okafor"), unless a particle or a connector ("von der
        // Leyen"); a name all in lower case is the name ("jill allen")
        role |= j > a && isCap(words[a], false) && isCap(words[j + 1], false)
            && lower.length() >= 3 && Character.isLowerCase(words[j].charAt(0))
            && lower.chars().allMatch(Character::isLetter) && !PARTICLES.contains(lower)
            && !NameWords.CONNECTORS.contains(lower);
        // a country that is also a given name opens the person the model read ("Chad
        // Whitfield", "Jordan Ellis"), as after a title ("Defence Minister Israel Katz"); a
        // country before a name that it is no given name of is no part of it ("U.S. John Smith")
        boolean firstName = j == a && countryToken[j] && !countryToken[j + 1]
            && gazetteer.givenNames.contains(words[j]);
        if (role || demonym[j] || countryToken[j] && !firstName
            || PERSON_INTRODUCERS.contains(words[j].toLowerCase(Locale.ROOT))) {
          cut = j;
        }
      }
      a = cut + 1 > a ? cut + 1 : a;
      if (b - a == 1 && features.isTitle(words[a])) {
        return null;
      }
      // "Palmer City Clerk Jane Doe" read as two people: a span ending in an office is the
      // office and its town, no one's name (the name after it is a span of its own); the town
      // is a place
      if (b - a >= 2 && NameWords.OFFICES.contains(words[b - 1].toLowerCase(Locale.ROOT))) {
        return offices.townOfOffice(words, a, b - 1, marks);
      }
    } else if (ROLE_HEADS.contains(words[b - 1].toLowerCase(Locale.ROOT))) {
      return null; // a job title, "Interior Minister"
    } else if (type == EntityType.LOCATION && b < words.length && isCap(words[b], false)
        && NameWords.OFFICES.contains(words[b].toLowerCase(Locale.ROOT))) {
      // "Palmer City Clerk Jane Doe" with the office left out of a place span ("Palmer City"):
      // the town's government word before an office names the town as above (Palmer, Kenai
      // County); a place span with no such word ends as it was
      Candidate town = offices.townOfOffice(words, a, b, marks);
      if (town != null) {
        return town;
      }
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
}
