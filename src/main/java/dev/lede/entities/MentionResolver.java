package dev.lede.entities;

import static dev.lede.entities.NameWords.ARTICLES;
import static dev.lede.entities.NameWords.LEAD_KINDS;
import static dev.lede.entities.NameWords.ORG_KINDS;
import static dev.lede.entities.NameWords.isAnd;
import static dev.lede.entities.NameWords.isCap;
import static dev.lede.entities.NameWords.isPossessive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Resolves one sentence into non-overlapping typed mentions: the stages propose candidates
 * (lexicon, guideline rules, model), the longest span wins, then the higher priority, then the
 * earlier candidate, and a one-word place or organisation the model guessed becomes a person
 * where its context says so (an honorific before it, {@link #personContext}), a one-word person
 * an organisation where only one fits ({@link #organisationContext}); capitalised words that a
 * kind of organisation introduces are one where nothing else covers them
 * ({@link #introducedOrganisations}).
 *
 * <p>The order of the stages matters and is fixed: ties between candidates of the same span and
 * priority go to the one proposed first (a guideline organisation before the model's place), the
 * listed-name persons fill only what no earlier candidate covers, and prefixed organisations and
 * events build on the candidates before them.
 *
 * <p>Thread-safe: holds only immutable data.
 */
final class MentionResolver {

  /** Words that join names of one kind: "Huawei and Cambricon", "BHP or Glencore". */
  private static final Set<String> COORDINATORS = Set.of("and", "or");
  /**
   * Verbs of saying and meeting right after a name: their subject is a person or an organisation,
   * and places that stand for governments ("Moscow said") are matched by the gazetteers first.
   */
  private static final Set<String> PERSON_VERBS = Set.of("said", "says", "told", "tells", "added",
      "adds", "asked", "replied", "wrote", "writes", "insisted", "insists", "argued", "argues",
      "admitted", "admits", "denied", "denies", "explained", "explains", "recalled", "recalls",
      "testified", "met", "meets");
  /**
   * Title-list words that modify a title rather than end one ("Foreign Minister", "Vice
   * President") or start a place's name ("St. Petersburg", "Saint Lucia").
   */
  private static final Set<String> NOT_BEFORE_NAME = Set.of("foreign", "defence", "defense",
      "interior", "finance", "health", "trade", "field", "crown", "vice", "deputy", "prime",
      "chief", "saint", "st.", "st", "leader", "private", "father");
  /**
   * Nouns that a person's possessive comes before, a place's hardly ever: "Politkovskaya's
   * murder", "Cobain's widow", "Srebotnik's seventh title" (the noun may follow one adjective).
   */
  private static final Set<String> PERSON_POSSESSIONS = Set.of("wife", "husband", "son",
      "daughter", "father", "mother", "brother", "sister", "widow", "widower", "children",
      "lawyer", "lawyers", "murder", "death", "killing", "assassination", "arrest", "funeral",
      "career", "hometown", "birthplace", "successor", "predecessor", "title", "memoir",
      "biography", "resignation", "re-election", "reelection", "nomination", "co-defendant",
      "co-defendants", "girlfriend", "boyfriend", "mistress", "bodyguards", "aide", "aides");
  /** What only an organisation has, after its name or its possessive: "Korvath shares". */
  private static final Set<String> ORG_POSSESSIONS = Set.of("shares", "stock", "shareholders",
      "headquarters", "subsidiary", "subsidiaries", "customers", "employees", "factories",
      "stores", "profits", "revenue", "revenues");
  /** Of those, what follows the bare name too ("Korvath shares", not "Korvath headquarters"). */
  private static final Set<String> ORG_POSSESSIONS_BARE = Set.of("shares", "stock",
      "shareholders");
  /** What a company changes of its own: "Korvath cut its forecast". */
  private static final Set<String> COMPANY_FIGURES = Set.of("forecast", "forecasts", "outlook",
      "guidance", "dividend", "workforce", "stake", "prices", "profit", "profits", "revenue",
      "sales", "shares");
  /** People and shares "of" or "at" an organisation: "analysts at Brightwater". */
  private static final Set<String> ORG_MEMBERS = Set.of("shares", "shareholders", "employees",
      "analysts", "workers", "staff", "executives", "subsidiary", "customers", "board");
  /**
   * Tags of the words a kind of organisation may follow without an article, as news writes it:
   * "said, and rights group Viasna", "for carmaker Toyota".
   */
  private static final Set<String> NO_ARTICLE_BEFORE = Set.of("PUNCT", "CCONJ", "SCONJ", "ADP");
  /** Tags of the words between an article and a kind of organisation: "the big US carmaker". */
  private static final Set<String> DESCRIBING = Set.of("NOUN", "ADJ", "PROPN", "NUM", "ADV");
  /** The most words of an apposition read after a name. */
  private static final int APPOSITION_WORDS = 10;

  /** A capitalised word with "-based", "-listed" or "-headquartered" after it. */
  private static final Pattern BASED = Pattern.compile(
      "\\p{Lu}[\\p{L}.]*-(?:based|listed|headquartered)");

  /** Lower-case words inside names of several words: "without", "and", "for", "&". */
  private static final Set<String> NAME_GOES_ON = Set.of("without", "and", "for", "&");

  /** Parts of speech that go on with a noun phrase after a capitalised word. */
  private static final Set<String> PHRASE_GOES_ON = Set.of("NOUN", "PROPN", "ADJ", "NUM");

  /** Words after an apposition's head that end it: punctuation and the prepositions after one. */
  private static final Set<String> APPOSITION_ENDS = Set.of(",", ".", ";", ")", "in", "with",
      "that", "which", "for", "at", "on", "from", "based");
  /** Prepositions after which a name is a place or body, not a speaker: "in Heidelberg said". */
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "from", "near",
      "outside", "inside", "across", "throughout", "around", "into");
  /** Honorifics that only ever come before a person's name. */
  private static final Set<String> HONORIFICS = Set.of("Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms",
      "Miss", "Dr.", "Mister",
      // a peer's or a knight's style: "Lord Varrow said", "Dame Olwen Prys-Keller" (stop 46)
      "Lord", "Baroness", "Baron", "Sir", "Dame",
      // a legislator's style in the Commonwealth: "Hon. Ada Eze", "Rt. Hon. Ada Eze"
      "Hon.");
  /**
   * Words that introduce a person's birth surname, as encyclopedias give it ("Gerda Sommer, née
   * Hartung"): what follows is a person's name like what follows an honorific.
   */
  private static final Set<String> BIRTH_NAME = Set.of("née", "nee", "né", "Née");
  /** The most capitalised words of a name after an honorific or an age (contextNames). */
  private static final int MAX_HONORIFIC_NAME_WORDS = 3;
  /** The most words of a name a kind of organisation retypes ("Horlogerie Vallée de Joux"). */
  private static final int MAX_KIND_NAME_WORDS = 4;
  /** An age written before a name: "the 32-year-old Craybas". */
  private static final Pattern AGE = Pattern.compile("\\d+-years?-old");
  /** Nouns after a surname that make it a person's: "the Bush administration". */
  private static final Set<String> PERSON_NOUNS = Set.of("administration", "presidency");
  /** A person's side, after the person's name: "the Trump camp". */
  private static final String SIDE_NOUN = "camp";

  private final NameFeatures features;
  private final LexiconCandidates lexicon;
  private final GuidelineRules guidelines;
  private final EventNames eventNames;
  private final MinistryRules ministries;
  private final ModelCandidates model;
  private final PublicationNames publications;

  MentionResolver(Gazetteer gazetteer, NameFeatures features) {
    this.features = features;
    this.lexicon = new LexiconCandidates(gazetteer, features);
    this.guidelines = new GuidelineRules(gazetteer, features);
    this.eventNames = new EventNames(gazetteer);
    this.ministries = new MinistryRules(gazetteer);
    this.model = new ModelCandidates(gazetteer, features);
    this.publications = new PublicationNames(gazetteer, features);
  }

  /**
   * Resolves one sentence's candidates into non-overlapping typed mentions.
   *
   * @param s the sentence
   * @param spans the name finder's spans: first token, token after the last, index into {@link
   *     TaggedSentence#TYPES}
   * @return the mentions, in text order
   */
  List<TypedMention> resolve(SentenceTokens s, List<int[]> spans) {
    List<Candidate> cands = new ArrayList<>();
    LexiconCandidates.Marks marks = lexicon.match(s, cands);
    ministries.ministries(s, marks, cands);
    if (!s.headline()) {
      guidelines.organisations(s, marks, cands);
      guidelines.ampersandNames(s, marks, cands);
      guidelines.unionNames(s, marks, cands);
      StreetNames.streets(s, cands);
    }
    model.add(s, spans, marks, cands);
    if (!s.headline()) {
      publications.publications(s, marks, cands);
      lexicon.listedNamePersons(s, marks, cands);
      contextNames(s, marks, features::isTitle, cands);
      lexicon.lowercasePlaces(s, cands);
      StreetNames.routeEnds(s.words(), marks.demonym(), cands);
      StreetNames.facilityNames(s.words(), cands);
      AreaNames.areaNames(s.words(), s.pos(), marks.demonym(), cands);
      introducedOrganisations(s, cands);
    }
    GuidelineRules.prefixedOrganisations(s.words(), cands);
    if (!s.headline()) {
      GuidelineRules.namedShops(s.words(), cands);
      eventNames.events(s.words(), cands);
      EventNames.diseases(s.words(), cands);
      ProductNames.crudeGrades(s.words(), cands);
      ProductNames.ownedProducts(s.words(), cands);
    }
    List<Candidate> kept = longestFirst(s, cands);
    if (!s.headline()) {
      SportsClubs.clubs(s.words(), kept);
      SportsClubs.teamsBeforeRoles(s.words(), s.pos(), kept);
      GuidelineRules.groupNames(s.words(), kept);
      GuidelineRules.facilities(s.words(), kept);
      GuidelineRules.foreignOrganisations(s.words(), kept);
    }
    return mentions(s, marks, kept);
  }

  /**
   * Person names the model missed that their context names a person, as the guidelines do
   * (titles and honorifics stay outside the name): after an honorific ("My co-counsel, Mr.
   * Varkonyi, will", "Mrs. Halvorsen, 71,") or "née" ("Gerda Sommer, née Hartung"), after an
   * age when no noun follows ("the 32-year-old Varkonyi will play"), and one word between "the"
   * and "administration" or "presidency" ("under the Moravec administration"). Up to {@value
   * #MAX_HONORIFIC_NAME_WORDS} capitalised words, none a title or a demonym ("the 25-year-old
   * Briton"), where no other candidate covers any of them (the model's place or body there is
   * retyped in {@link #mentions}). "Miss" is left out: it also opens a pageant's name ("Miss
   * World"). Not run on headlines, whose capitals say nothing ("Mr. Okafor Says No").
   *
   * @param s the sentence
   * @param marks the lexicon's marks (demonyms)
   * @param isTitle whether a word is a person's title
   * @param cands the candidates; such names are added
   */
  static void contextNames(SentenceTokens s, LexiconCandidates.Marks marks,
      Predicate<String> isTitle, List<Candidate> cands) {
    String[] words = s.words();
    String[] pos = s.pos();
    for (int i = 0; i + 1 < words.length; i++) {
      boolean honorific = HONORIFICS.contains(words[i]) && !words[i].equals("Miss")
          || BIRTH_NAME.contains(words[i]);
      boolean age = AGE.matcher(words[i]).matches();
      if (!honorific && !age && !(words[i].equalsIgnoreCase("the") && i + 2 < words.length
          && PERSON_NOUNS.contains(words[i + 2]))) {
        continue;
      }
      int max = honorific || age ? MAX_HONORIFIC_NAME_WORDS : 1;
      int e = i + 1;
      while (e < words.length && e - i - 1 < max && isCap(words[e], false)
          && !isTitle.test(words[e])
          && !marks.demonym()[e] && (honorific || age || pos[e].startsWith("PROPN"))) {
        e++;
      }
      // "the 30-year-old Valdor plant": a noun after the name, and the thing is what is aged
      boolean aged = age && e < words.length
          && ("NOUN".equals(pos[e]) || "PROPN".equals(pos[e]));
      if (e > i + 1 && !aged && !LexiconCandidates.covered(cands, i + 1, e)) {
        cands.add(new Candidate(i + 1, e, EntityType.PERSON, null, null, false,
            Candidate.PRIO_LISTED_NAME));
      }
    }
  }

  /**
   * The candidates that win, in text order: the longest span in characters first, then the
   * higher priority, then the earlier start; a candidate overlapping one kept before is dropped,
   * and so are events, which hold their words but are no entities.
   */
  static List<Candidate> longestFirst(SentenceTokens s, List<Candidate> cands) {
    int[] starts = s.starts();
    int[] ends = s.ends();
    cands.sort(Comparator.<Candidate>comparingInt(c -> -(ends[c.b() - 1] - starts[c.a()]))
        .thenComparingInt(c -> -c.priority())
        .thenComparingInt(Candidate::a));
    boolean[] taken = new boolean[s.size()];
    List<Candidate> kept = new ArrayList<>();
    for (Candidate c : cands) {
      boolean free = true;
      for (int t = c.a(); t < c.b() && free; t++) {
        free = !taken[t];
      }
      if (!free) {
        continue;
      }
      for (int t = c.a(); t < c.b(); t++) {
        taken[t] = true;
      }
      kept.add(c);
    }
    kept.sort(Comparator.comparingInt(Candidate::a));
    kept.removeIf(c -> c.type() == null); // events hold their words, but are no entities
    return kept;
  }

  /** The kept candidates as mentions, retyped where their context names a person. */
  private List<TypedMention> mentions(SentenceTokens s, LexiconCandidates.Marks marks,
      List<Candidate> kept) {
    String[] words = s.words();
    String[] pos = s.pos();
    boolean caps = s.caps();
    List<TypedMention> out = new ArrayList<>();
    for (int k = 0; k < kept.size(); k++) {
      Candidate c = kept.get(k);
      if ((c.type() == EntityType.LOCATION || c.type() == EntityType.ORGANIZATION)
          && c.priority() == Candidate.PRIO_MODEL && c.canonical() == null && c.b() - c.a() <= 3
          && c.a() > 0 && !caps && (HONORIFICS.contains(words[c.a() - 1])
              || BIRTH_NAME.contains(words[c.a() - 1]))) {
        // "Mr. Talabani", "Ms. Rice": an honorific names a person whatever the model guessed
        c = new Candidate(c.a(), c.b(), EntityType.PERSON, null, null, false,
            Candidate.PRIO_MODEL, c.endChar());
      }
      if ((c.type() == EntityType.LOCATION || c.type() == EntityType.ORGANIZATION)
          && c.priority() == Candidate.PRIO_MODEL && c.canonical() == null && c.b() - c.a() == 1
          && personContext(words, pos, caps, kept, k, features::isTitle,
              marks.bigCity()[c.a()])
          || c.type() == EntityType.LOCATION && c.priority() == Candidate.PRIO_MODEL
              && c.canonical() == null && c.b() - c.a() <= 3 && !caps
              && isWhoClause(words, pos, c.a(), c.b())) {
        c = new Candidate(c.a(), c.b(), EntityType.PERSON, null, null, false,
            Candidate.PRIO_MODEL, c.endChar());
      }
      // "The Okafor camp said", "the Trump camp": a camp after a one-word name the model read as
      // a place, a listed given name or surname, is that person's side; a facility's camp
      // follows a name with an Arabic article or a kind of camp ("the al-Hol camp", "the Zaatari
      // refugee camp"), and a name no list knows as a person's stays the model's place
      if (c.type() == EntityType.LOCATION && c.priority() == Candidate.PRIO_MODEL
          && c.canonical() == null && c.b() - c.a() == 1 && !caps && c.b() < words.length
          && words[c.b()].equals(SIDE_NOUN) && !marks.bigCity()[c.a()]
          && features.isListedName(words[c.a()])) {
        c = new Candidate(c.a(), c.b(), EntityType.PERSON, null, null, false,
            Candidate.PRIO_MODEL, c.endChar());
      }
      // "the Danish toymaker Brikstad Legetøj": a kind of organisation before a name of two to
      // four words the model read as a person or a place
      if (c.priority() == Candidate.PRIO_MODEL && c.canonical() == null && !caps
          && c.b() - c.a() >= 2 && c.b() - c.a() <= MAX_KIND_NAME_WORDS
          && (c.type() == EntityType.PERSON || c.type() == EntityType.LOCATION)
          && namedByKind(words, pos, c.a(), c.b(), features::isListedName)) {
        c = new Candidate(c.a(), c.b(), EntityType.ORGANIZATION, null, null, false,
            Candidate.PRIO_MODEL, c.endChar());
      }
      // a place the model guessed takes only the plainest cue: "sales at retailer Kesmark"
      if (c.priority() == Candidate.PRIO_MODEL && c.canonical() == null && c.b() - c.a() == 1
          && !caps && (c.type() == EntityType.PERSON
              && (organisationContext(words, pos, c.a(), c.b(), features::isListedName)
                  || coordinatedWithOrganisation(words, kept, k, features::isListedName))
              || c.type() == EntityType.LOCATION
                  && (namedByKind(words, pos, c.a(), c.b(), features::isListedName)
                      || apposedKind(words, c.b()))
              || basedBefore(words, c.a()) && endsItsPhrase(words, pos, c.b()))) {
        c = new Candidate(c.a(), c.b(), EntityType.ORGANIZATION, null, null, false,
            Candidate.PRIO_MODEL, c.endChar());
      }
      int start = s.starts()[c.a()];
      String last = words[c.b() - 1];
      // a possessive the tokenizer left attached ("Lukashenko’s", "Situations’")
      int end = c.endChar() >= 0 ? c.endChar()
          : s.ends()[c.b() - 1] - (last.length() - NameFeatures.stripPossessive(last).length());
      out.add(new TypedMention(start, end, c.type(), c.canonical(), c.code(), c.usState()));
    }
    return out;
  }

  /**
   * Whether the context of a one-word name the model took for a person says it is an
   * organisation: a kind of organisation right before it ("the retailer Korvath", unless the
   * name is a listed given name or surname), what only a company has right after it ("Korvath
   * shares", "Korvath's shareholders", "Korvath's profits"), people or shares "of" or "at" it
   * ("analysts at Brightwater", "the board of Velmora"), "its" and a company's figure right
   * after its verb ("Korvath cut its forecast"), "which" rather than "who" after it ("Korvath,
   * which makes batteries"), or an apposition whose last word is a kind of organisation
   * ("Velmora, the country's largest lender,", not "Lind, the company's chief executive," nor
   * "Lind, a member of the party,").
   */
  static boolean organisationContext(String[] words, String[] pos, int a, int b,
      Predicate<String> isListedName) {
    int n = words.length;
    if (namedByKind(words, pos, a, b, isListedName)) {
      return true;
    }
    boolean bare = NameFeatures.stripPossessive(words[a]).equals(words[a]);
    int possessed = possessed(words, a, b);
    int owned = possessed >= 0 ? possessed : b; // after "Korvath ’s", "Korvath's" or "Korvath"
    // a noun: "Okafor shares a flat" is a person's verb
    if (owned < n && (possessed < 0 ? ORG_POSSESSIONS_BARE : ORG_POSSESSIONS)
        .contains(words[owned].toLowerCase(Locale.ROOT)) && "NOUN".equals(pos[owned])) {
      return true;
    }
    if (a >= 2 && (words[a - 1].equals("of") || words[a - 1].equals("at"))
        && ORG_MEMBERS.contains(words[a - 2].toLowerCase(Locale.ROOT))) {
      return true;
    }
    // "Korvath cut its forecast": the subject owns "its" when what it owns is a company's
    // ("Smith praised its design" owns nothing)
    if (bare && b + 2 < n && "VERB".equals(pos[b]) && words[b + 1].equals("its")
        && COMPANY_FIGURES.contains(words[b + 2].toLowerCase(Locale.ROOT))) {
      return true;
    }
    if (!bare || b + 1 >= n || !words[b].equals(",")) {
      return false;
    }
    // "an edition of Propertius, which ...": after a preposition the antecedent may be its head
    if (words[b + 1].equals("which")) {
      return a == 0 || !"ADP".equals(pos[a - 1]);
    }
    return apposedKind(words, b);
  }

  /**
   * Whether a place's "-based", "-listed" or "-headquartered" comes right before token a: what
   * is based or listed somewhere is a body ("Singapore-based Grab", "Ohio-based Meridian",
   * "London-listed Glencore"); a person would come after a noun ("London-based artist"). The
   * name must end its noun phrase ({@link #endsItsPhrase}): in "U.S.-based Muslim groups" and
   * "the West Bank-based Palestinian government" the capitalised word describes the noun.
   */
  static boolean basedBefore(String[] words, int a) {
    // most words have no hyphen: the pattern is not run on them
    return a > 0 && words[a - 1].indexOf('-') > 0 && BASED.matcher(words[a - 1]).matches();
  }

  /**
   * Whether the name before token b ends its phrase: no noun, adjective or number follows, nor
   * a word that goes on with a name of several words ("Reporters without Borders", "LIMMT
   * Economic and Trade Company"), whose end this cannot tell.
   */
  private static boolean endsItsPhrase(String[] words, String[] pos, int b) {
    return b >= pos.length || !PHRASE_GOES_ON.contains(pos[b])
        && !(NAME_GOES_ON.contains(words[b]) && b + 1 < words.length
            && NameWords.isCap(words[b + 1], false));
  }

  /**
   * Whether the name ending before token b has an apposition whose head is a kind of
   * organisation: after a comma, an article, an owner's possessive or "one of", up to {@value
   * #APPOSITION_WORDS} words ending at a comma, a full stop, a semicolon, a bracket or a
   * preposition after the head ("Velmora, the country's largest lender,", "Vivantes, Berlin's
   * municipal hospital group,", "Lime, the largest operator in the city", "Korvath, one of the
   * region's biggest banks,"); not "Lind, the company's chief executive," nor "Lind, a member
   * of the party,", whose kind is another's.
   */
  static boolean apposedKind(String[] words, int b) {
    int n = words.length;
    if (b + 2 >= n || !words[b].equals(",")) {
      return false;
    }
    int t = b + 1;
    boolean oneOf = words[t].equalsIgnoreCase("one") && words[t + 1].equals("of");
    if (oneOf) {
      t += 2;
    }
    boolean opens = t < n && (ARTICLES.contains(words[t].toLowerCase(Locale.ROOT))
        || NameWords.hasPossessive(words[t]) || t + 1 < n && isPossessive(words[t + 1]));
    if (!opens) {
      return false;
    }
    for (int e = t + 1; e < n && e <= b + APPOSITION_WORDS; e++) {
      String w = words[e];
      if (APPOSITION_ENDS.contains(w)) {
        String head = words[e - 1].toLowerCase(Locale.ROOT);
        return ORG_KINDS.contains(head) || oneOf && head.endsWith("s")
            && ORG_KINDS.contains(head.substring(0, head.length() - 1));
      }
      if (w.equals("of")) {
        return false; // "Okafor, a member of the party,": the kind is another's
      }
    }
    return false;
  }

  /**
   * Whether the one-word name of kept candidate k is joined by "and" or "or" to an organisation:
   * names joined so are of one kind ("Huawei and Cambricon could win market share", "Glencore or
   * Vantaris"). A listed given name or surname stays a person ("Microsoft and Gates").
   */
  private static boolean coordinatedWithOrganisation(String[] words, List<Candidate> kept,
      int k, Predicate<String> isListedName) {
    Candidate c = kept.get(k);
    int a = c.a();
    int b = c.b();
    if (isListedName.test(words[a])) {
      return false;
    }
    if (k > 0 && a >= 2 && COORDINATORS.contains(words[a - 1])) {
      Candidate before = kept.get(k - 1);
      if (before.b() == a - 1 && before.type() == EntityType.ORGANIZATION) {
        return true;
      }
    }
    if (k + 1 < kept.size() && b + 1 < words.length && COORDINATORS.contains(words[b])) {
      Candidate after = kept.get(k + 1);
      return after.a() == b + 1 && after.type() == EntityType.ORGANIZATION;
    }
    return false;
  }

  /**
   * Whether a relative clause on the name at tokens [a, b) starts right after it: "who", after
   * its comma or not ("Rawa Majid, who fled to Turkey"). A place is never "who"; a club or a
   * band may be ("Arsenal, who play at home"), so only a place the model guessed is read so.
   * After a preposition the clause is more often on the noun before it ("visitors to Kuressaare,
   * who arrive by ferry"), except in an example ("leaders such as", "people like").
   */
  private static boolean isWhoClause(String[] words, String[] pos, int a, int b) {
    int w = b < words.length && words[b].equals(",") ? b + 1 : b;
    return w < words.length && words[w].equals("who")
        && (a == 0 || !"ADP".equals(pos[a - 1]) || words[a - 1].equals("as")
            || words[a - 1].equals("like"));
  }

  /**
   * Whether the name of tokens {@code a} to {@code b} is an organisation's because a kind of
   * organisation introduces it ("the retailer Kesmark", "the investment firm Kinnevik"), also as
   * its apposition in commas ("The glassworks, Hallerbacher Glashütte, closed"). A name opening
   * with a listed given name or surname may be the subject of a clause on the noun instead ("the
   * company Smith founded"), or one of the people it lists ("the band, John, Paul and George").
   */
  private static boolean namedByKind(String[] words, String[] pos, int a, int b,
      Predicate<String> isListedName) {
    boolean apposed = a >= 2 && words[a - 1].equals(",") && b < words.length
        && words[b].equals(",") && introducedByKind(words, pos, a - 1);
    return (apposed || introducedByKind(words, pos, a))
        && !isListedName.test(NameFeatures.stripPossessive(words[a]));
  }

  /**
   * Whether a kind of organisation, after an article and up to two words describing it, comes
   * right before token {@code a}: "the retailer Kesmark", "a big investment firm Kinnevik"; or
   * without the article, first in the sentence or after punctuation, a conjunction or a
   * preposition ("rights group Viasna says").
   */
  private static boolean introducedByKind(String[] words, String[] pos, int a) {
    // written in lower case, unless first in the sentence ("Carmaker Valdemar said"): "the
    // European Union Referendum Act" holds no kind
    if (a < 1 || !(ORG_KINDS.contains(words[a - 1])
        || a == 1 && LEAD_KINDS.contains(words[0].toLowerCase(Locale.ROOT)))) {
      return false;
    }
    if (!"NOUN".equals(pos[a - 1]) && a > 1) {
      return false; // first in a sentence the tagger may read a kind as a proper noun
    }
    for (int t = a - 2; t >= a - 4; t--) {
      if (t < 0 || ARTICLES.contains(words[t].toLowerCase(Locale.ROOT))
          || NO_ARTICLE_BEFORE.contains(pos[t])) {
        return true; // news drops the article: "rights group Viasna", "for carmaker Toyota"
      }
      if (!DESCRIBING.contains(pos[t]) && !(pos[t].equals("VERB") && words[t].endsWith("ed"))) {
        return false; // "the collapsed crypto exchange FTX", "the US carmaker", not "met"
      }
    }
    return false;
  }

  /**
   * Organisations the model missed where a kind of organisation introduces them: "the crypto
   * exchange FTX", "the utility Vattenfors". One to three capitalised words right after the
   * kind, then a word that is neither capitalised nor "of", or the sentence's end; no day or
   * month, title, listed given name or surname, or word that names nothing ("GDP") among them,
   * and no other candidate on any of them. So too up to three capitalised words after a
   * lower-case "the" whose apposition is headed by a kind ("the Ostlund Project, an activist
   * group that works"; {@link #apposedKind}).
   */
  private void introducedOrganisations(SentenceTokens s, List<Candidate> cands) {
    String[] words = s.words();
    String[] pos = s.pos();
    int n = words.length;
    for (int a = 1; a < n; a++) {
      // "a spokesman for the Ostlund Project, an activist group that works": after a lower-case
      // "the", a name whose apposition's head is a kind of organisation
      if (words[a - 1].equals("the")) {
        int e = a;
        while (e < n && e < a + 3 && NameWords.isCap(words[e], false)
            && !features.isTitle(words[e]) && !NameWords.DATE_WORDS.contains(words[e])) {
          e++;
        }
        if (e > a && apposedKind(words, e) && !features.isGivenName(words[a])
            && !LexiconCandidates.covered(cands, a, e)) {
          cands.add(new Candidate(a, e, EntityType.ORGANIZATION, null, null, false,
              Candidate.PRIO_LISTED_NAME));
        }
      }
      boolean based = basedBefore(words, a);
      if (!based && !introducedByKind(words, pos, a)) {
        continue;
      }
      int b = a;
      while (b < n && b < a + 3 && NameWords.isCap(words[b], false)
          && !NameWords.DATE_WORDS.contains(words[b]) && !features.isTitle(words[b])
          && !NameWords.TRAILING_TITLES.contains(words[b].toLowerCase(Locale.ROOT))
          && !features.isListedName(words[b]) && !ModelCandidates.namesNothing(words[b])) {
        b++;
      }
      // "the party Member of Parliament": a name going on with "of" is some other name's start
      if (b > a && (b == n || !NameWords.isCap(words[b], false) && !words[b].equals("of"))
          && (!based || endsItsPhrase(words, pos, b)) && !LexiconCandidates.covered(cands, a, b)) {
        cands.add(new Candidate(a, b, EntityType.ORGANIZATION, null, null, false,
            Candidate.PRIO_LISTED_NAME));
      }
    }
  }

  /**
   * The token after a one-word name's possessive, attached ("Korvath's") or a clitic of its own
   * ("Korvath ’s"); -1 without one. The index may be the sentence's length.
   */
  private static int possessed(String[] words, int a, int b) {
    if (!NameFeatures.stripPossessive(words[a]).equals(words[a])) {
      return b;
    }
    return b + 1 < words.length && isPossessive(words[b]) ? b + 1 : -1;
  }

  /**
   * Whether the context of a one-word name the model took for a place (or, before
   * "administration" or after an age, an organisation) says it is a person: an age before it
   * ("the 25-year-old Hingis" when no noun follows), a title before it, a verb of saying or
   * meeting after it ("Tymoshenko said"), a possessive before a person's kind of noun
   * ("Politkovskaya's murder"), "administration" after it ("the Bush administration"), a
   * country's possessive before it and a verb after it ("Turkey's Erdogan won"; a place only), or
   * a person it is coordinated with ("Yushchenko and Tymoshenko"). Known places never reach here:
   * the gazetteers' matches win over the model's. A person title before the name ("Judge
   * Harrow") is a feature of the model, which still misses some.
   */
  static boolean personContext(String[] words, String[] pos, boolean caps,
      List<Candidate> kept, int k, Predicate<String> isTitle, boolean bigCity) {
    Candidate c = kept.get(k);
    int a = c.a();
    int b = c.b();
    if (caps) {
      return false; // a headline's words are all capitalised: its context says little
    }
    if (a >= 2 && words[a - 1].equals("of") && isTitle.test(words[a - 2])) {
      return false; // "the Bishop of Arden said": the office's place, whoever speaks
    }
    boolean bare = NameFeatures.stripPossessive(words[a]).equals(words[a]);
    if (b < words.length && bare && PERSON_NOUNS.contains(words[b])) {
      return true;
    }
    if (a > 0 && AGE.matcher(words[a - 1]).matches()
        && (b == words.length || !("NOUN".equals(pos[b]) || "PROPN".equals(pos[b])))) {
      return true; // "the 25-year-old Hingis is", not "the 500-year-old Kremlin walls"
    }
    // "Turkey's Erdogan won", "Argentina's Milei cuts": a country's leader, the subject of a verb
    Candidate before = k > 0 ? kept.get(k - 1) : null;
    // (an organisation there is more often a company: "Japan's Toyota said")
    if (c.type() == EntityType.LOCATION && bare && before != null
        && before.type() == EntityType.COUNTRY
        && (before.b() == a - 1 && isPossessive(words[a - 1])
            || before.b() == a && !NameFeatures.stripPossessive(words[a - 1]).equals(words[a - 1]))
        && b < words.length && ("VERB".equals(pos[b]) || "AUX".equals(pos[b]))) {
      return true;
    }
    if (c.type() != EntityType.LOCATION) {
      return false;
    }
    if (a > 0 && Character.isUpperCase(words[a - 1].charAt(0)) && isTitle.test(words[a - 1])
        && !NOT_BEFORE_NAME.contains(words[a - 1].toLowerCase(Locale.ROOT))) {
      return true; // "Mr. Washington"
    }
    if (bigCity) {
      return false; // "Washington said", "Paris's mayor": the city
    }
    if (a > 0 && words[a - 1].equalsIgnoreCase("the")) {
      return false; // "the Élysée said", "the Kremlin's": a place or body, not a person
    }
    // "an institute in Heidelberg said": the subject is what the place follows
    if (b < words.length && bare && PERSON_VERBS.contains(words[b])
        && (a == 0 || !PLACE_PREPOSITIONS.contains(words[a - 1].toLowerCase(Locale.ROOT)))) {
      return true;
    }
    int possessed = possessed(words, a, b);
    if (possessed >= 0 && possessed < words.length
        && (PERSON_POSSESSIONS.contains(words[possessed].toLowerCase(Locale.ROOT))
            || (possessed + 1 < words.length && "ADJ".equals(pos[possessed])
                && PERSON_POSSESSIONS.contains(words[possessed + 1].toLowerCase(Locale.ROOT))))) {
      return true;
    }
    boolean personBefore = k > 0 && a >= 2 && isAnd(words[a - 1])
        && kept.get(k - 1).b() == a - 1 && kept.get(k - 1).type() == EntityType.PERSON;
    boolean personAfter = k + 1 < kept.size() && b + 1 < words.length && isAnd(words[b])
        && kept.get(k + 1).a() == b + 1 && kept.get(k + 1).type() == EntityType.PERSON;
    return personBefore || personAfter;
  }
}
