package dev.lede.entities;

import com.google.common.base.CharMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Combines the name finder's spans with gazetteer and pattern matches into typed mentions: the
 * longest span wins, countries and ministries come from the rules, titles, possessives and
 * demonyms stay outside.
 *
 * <p>Thread-safe: holds only immutable data.
 */
final class MentionRules {

  /**
   * A typed mention: offsets into the body, and the canonical name where the rules know it; a
   * canonical of the form {@code "=<offset>"} links an abbreviation to the mention starting at
   * that offset, whose entity it joins.
   */
  record Found(int start, int end, EntityType type, String canonical, String code,
      boolean usState) {}

  private record Cand(int a, int b, EntityType type, String canonical, String code,
      boolean usState, int priority, int endChar) {
    Cand(int a, int b, EntityType type, String canonical, String code, boolean usState,
        int priority) {
      this(a, b, type, canonical, code, usState, priority, -1);
    }
  }

  /** A known given name and surname that no other candidate covers ("Donald Trump/VERB"). */
  private static final int PRIO_LISTED_NAME = 0;

  private static final int PRIO_MODEL = 1;
  /** A big city's name beats the model's same-length guess ("MINSK" is no person). */
  private static final int PRIO_CITY = 2;
  private static final int PRIO_GAZETTEER = 3;
  private static final int PRIO_MINISTRY = 4;
  /** An event's name beats the model's same span ("Toronto International Film Festival"). */
  private static final int PRIO_EVENT = PRIO_GAZETTEER;

  /** Connector words allowed inside a "Ministry of ..." name. */
  private static final Set<String> CONNECTORS = Set.of("of", "and", "for", "the", "&", "on");
  /** Role words that end a job title, never an organisation ("Interior Minister"). */
  private static final Set<String> ROLE_HEADS = Set.of("minister", "secretary", "president",
      "spokesman", "spokeswoman", "spokesperson", "chief", "ambassador", "envoy", "governor");
  private static final Set<String> ARTICLES = Set.of("the", "a", "an");
  /** Name particles kept inside person names ("Ursula von der Leyen", "Mohammed bin Salman"). */
  private static final Set<String> PARTICLES = Set.of("von", "van", "der", "den", "de", "la",
      "del", "della", "di", "da", "du", "le", "bin", "ibn", "al", "el", "ben", "dos", "das", "ter");
  /** Words after "Treasury" that make it the securities, not the department. */
  private static final Set<String> TREASURY_NOUNS = Set.of("yield", "yields", "bond", "bonds",
      "bill", "bills", "note", "notes", "securities", "market", "markets", "futures", "prices",
      "auction", "auctions", "curve", "rates", "secretary", "debt", "issuance", "inflation-protected");
  /** An abbreviation defined in parentheses after a name: "Ministry of Defence (MoD)". */
  private static final Pattern ABBREVIATION =
      Pattern.compile("\\A\\s*\\(\\s*([A-Z][A-Za-z&.]{1,9})\\s*\\)");

  /** Head nouns of organisation names: "... Party", "Organization of ...", "... Herald". */
  private static final Set<String> ORG_HEADS = Set.of("organization", "organisation", "office",
      "party", "council", "commission", "committee", "agency", "association", "union", "bank",
      "fund", "institute", "university", "court", "authority", "front", "movement", "federation",
      "corporation", "company", "group", "forces", "army", "navy", "foundation", "league",
      "administration", "alliance", "assembly", "parliament", "congress", "senate", "tribunal",
      "bureau", "service", "police", "guard", "brigade", "brigades", "network", "society",
      "coalition", "board", "secretariat", "programme", "program", "center", "centre", "college",
      "school", "airlines", "airways", "inc", "inc.", "corp", "corp.", "ltd", "ltd.", "co", "co.",
      "plc", "library", "herald", "times", "post", "tribune", "journal", "gazette", "chronicle",
      "telegraph");

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

  /** A file name, web address or e-mail address: the model sometimes reads them as names. */
  private static final Pattern ADDRESS_LIKE = Pattern.compile(
      "(?i)(?:https?://|www\\.).*|\\S+\\.(?:pdf|docx?|xlsx?|pptx?|html?|txt|csv|xml|jpe?g|png"
          + "|gif|zip)|[^@\\s]+@[^@\\s]+\\.[a-z]{2,}");

  /**
   * Religious and ethnic groups and their adjectives: like demonyms, no entities on their own
   * ("Sunni Muslim", "Roman Catholics", "Kurds", "Western"); they stay inside longer names
   * ("Arab League", "Western Sahara", "Islamic Jihad").
   */
  private static final Set<String> GROUP_WORDS = Set.of("muslim", "muslims", "sunni", "sunnis",
      "shiite", "shiites", "shi'ite", "shi'ites", "shia", "shias", "christian", "christians",
      "catholic", "catholics", "roman", "protestant", "protestants", "anglican", "anglicans",
      "orthodox", "evangelical", "evangelicals", "jew", "jews", "jewish", "hindu", "hindus",
      "buddhist", "buddhists", "sikh", "sikhs", "islamic", "islamist", "islamists", "arab", "arabs",
      "kurd", "kurds", "kurdish", "pashtun", "pashtuns", "hutu", "hutus", "tutsi", "tutsis",
      "uighur", "uighurs", "uyghur", "uyghurs", "druze", "alawite", "alawites", "western",
      "westerners", "eastern", "latino", "latinos", "hispanic", "hispanics");

  /** Words before a storm's name: a storm is an event, its name no entity ("Storm Helga"). */
  private static final Pattern STORM_BEFORE = Pattern.compile(
      "(?:Storm|Hurricane|Typhoon|Cyclone|Tropical Storm|Tropical Depression)\\s+\\z");
  private static final Pattern STORM_INSIDE = Pattern.compile(
      "\\A(?:Storm|Hurricane|Typhoon|Cyclone|Tropical Storm)\\s+(\\p{Lu}\\p{L}+)\\z");

  /** Organisation heads that also name buildings or places ("Civic Center", "Home Office"). */
  private static final Set<String> PLACE_LIKE_HEADS = Set.of("center", "centre", "office",
      "court", "front");

  /** A hyphenated adjective made from a name: "U.S.-led", "al-Qaida-linked". */
  private static final Pattern ATTRIBUTIVE = Pattern.compile(".+-\\p{Ll}{2,}");

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
  /**
   * Words that introduce a person's name without being part of it: party members and
   * "incumbent" ("Incumbent Democrat Carl Levin", "Republican John Doe", "Liberal Stephen Owen").
   */
  private static final Set<String> PERSON_INTRODUCERS = Set.of("democrat", "republican",
      "liberal", "conservative", "socialist", "incumbent");
  /**
   * Role words after an organisation's name that are no part of it ("Conservative Party of
   * Canada MP", "Labour Party leader").
   */
  private static final Set<String> TRAILING_ROLES = Set.of("mp", "mps", "mep", "meps",
      "candidate", "candidates", "member", "members", "leader", "leaders", "official",
      "officials", "chairman", "chairwoman", "spokesman", "spokeswoman", "spokesperson",
      "chief", "president", "secretary");
  /**
   * Last words of capitalised event, law and document names: "Vietnam War", "Suez Crisis",
   * "Orange Revolution", "Patriot Act", "Marshall Plan", "World Cup", "Arab Spring".
   */
  private static final Set<String> EVENT_HEADS = Set.of("War", "Wars", "Battle", "Campaign",
      "Rebellion", "Revolt", "Uprising", "Revolution", "Intifada", "Massacre", "Offensive",
      "Crisis", "Spring", "Festival", "Olympics", "Paralympics", "Games", "Cup", "Championship",
      "Championships", "Tournament", "Marathon", "Summit", "Treaty", "Accord", "Accords",
      "Agreement", "Protocol", "Convention", "Conventions", "Declaration", "Charter", "Act",
      "Plan", "Election", "Elections");
  /** First words of event names followed by their own name: "Operation Desert Storm". */
  private static final Set<String> EVENT_STARTS = Set.of("Operation", "Battle", "Siege",
      "Treaty");
  /** Days and months, which end a name ("the Chicago Tribune on Friday"). */
  private static final Set<String> DATE_WORDS = Set.of("Monday", "Tuesday", "Wednesday",
      "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May",
      "June", "July", "August", "September", "October", "November", "December");
  /** Honorifics that only ever come before a person's name. */
  private static final Set<String> HONORIFICS = Set.of("Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms",
      "Miss", "Dr.", "Mister");
  /** An age written before a name: "the 32-year-old Craybas". */
  private static final Pattern AGE = Pattern.compile("\\d+-years?-old");
  /** Nouns after a surname that make it a person's: "the Bush administration". */
  private static final Set<String> PERSON_NOUNS = Set.of("administration", "presidency");

  private final Gazetteer gazetteer;
  private final NameFeatures features;

  MentionRules(Gazetteer gazetteer, NameFeatures features) {
    this.gazetteer = gazetteer;
    this.features = features;
  }

  /** The first sense of the given kinds whose case fits the text, or null. */
  static Gazetteer.Sense sense(String body, PhraseTrie.Match<Gazetteer.Sense> m, boolean caps,
      Gazetteer.Kind... kinds) {
    String text = body.substring(m.start(), m.end());
    boolean shouted = caps || isShouted(text);
    for (PhraseTrie.Entry<Gazetteer.Sense> e : m.entries()) {
      for (Gazetteer.Kind k : kinds) {
        if (e.value().kind() == k && (shouted || sameWords(text, e.phrase()))) {
          return e.value();
        }
      }
    }
    return null;
  }

  /** A name written in capitals, longer than most acronyms ("KYIV", "BRUSSELS"). */
  private static boolean isShouted(String text) {
    return text.length() >= 4 && text.equals(text.toUpperCase(Locale.ROOT));
  }

  private static boolean sameWords(String text, String phrase) {
    return text.equals(phrase) || singleSpaced(text).equals(phrase);
  }

  /** A text with each run of whitespace (line breaks, no-break spaces) as one space. */
  private static String singleSpaced(String text) {
    return CharMatcher.whitespace().collapseFrom(text, ' ');
  }

  private static boolean isCap(String w, boolean caps) {
    if (w.isEmpty()) {
      return false;
    }
    char c = w.charAt(0);
    return Character.isUpperCase(c) || (caps && Character.isLetter(c));
  }

  /**
   * A name written with a lowercase prefix ("al-Qaeda", "el-Sisi"): looked up in the gazetteers,
   * whose entries match case-sensitively.
   */
  private static boolean isLowerPrefixed(String w) {
    int hyphen = w.indexOf('-');
    return hyphen > 0 && hyphen + 1 < w.length() && Character.isLowerCase(w.charAt(0))
        && Character.isUpperCase(w.charAt(hyphen + 1));
  }

  /** A lowercase word without capitals that is no name particle ("southern", "based"). */
  private static boolean isPlainLower(String w) {
    if (w.isEmpty() || !Character.isLowerCase(w.charAt(0))
        || PARTICLES.contains(w.toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (int i = 1; i < w.length(); i++) {
      if (Character.isUpperCase(w.charAt(i))) {
        return false; // "al-Qaida", "eBay"
      }
    }
    return true;
  }

  /**
   * Two names joined by "and" that the model read as one: two people ("Latif Hakimi and Mohammad
   * Yasir", when both sides look like person names, a known given name first or a known surname
   * last, and no organisation head is in the span), or an organisation whose name ends in its
   * head, then another name ("World Health Organization and Doctors Without Borders"), or a
   * known organisation, then another name ("OECD and UNESCO"; {@code knownOrgEndingAt[t]} is the
   * first token of a listed organisation's name ending at token t, or -1).
   */
  private List<int[]> splitPairs(List<int[]> spans, String[] words, int[] knownOrgEndingAt) {
    int per = TaggedSentence.TYPES.indexOf("PER");
    List<int[]> out = new ArrayList<>(spans.size());
    for (int[] s : spans) {
      int and = -1;
      boolean head = false;
      for (int t = s[0]; t < s[1]; t++) {
        if (words[t].equals("and") && t > s[0] && t < s[1] - 1 && and < 0) {
          and = t;
        }
        head |= ORG_HEADS.contains(words[t].toLowerCase(Locale.ROOT));
      }
      if (and > 0 && !head && personLike(words, s[0], and)
          && personLike(words, and + 1, s[1])) {
        out.add(new int[] {s[0], and, per});
        out.add(new int[] {and + 1, s[1], per});
      } else if (and > s[0] && Character.isUpperCase(words[and + 1].charAt(0))
          && (knownOrgEndingAt[and - 1] == s[0] || and > s[0] + 1
              && ORG_HEADS.contains(words[and - 1].toLowerCase(Locale.ROOT)))) {
        // "World Health Organization and Doctors Without Borders": two organisations
        out.add(new int[] {s[0], and, TaggedSentence.TYPES.indexOf("ORG")});
        out.add(new int[] {and + 1, s[1], s[2]});
      } else {
        out.add(s);
      }
    }
    return out;
  }

  private boolean personLike(String[] words, int a, int b) {
    return b - a >= 1 && b - a <= 4 && Character.isUpperCase(words[a].charAt(0))
        && (gazetteer.givenNames.contains(words[a])
            || gazetteer.surnames.contains(NameFeatures.stripPossessive(words[b - 1])));
  }

  private static boolean is(String w, String word, boolean caps) {
    return caps ? w.equalsIgnoreCase(word) : w.equals(word);
  }

  /** Resolves one sentence's candidates into non-overlapping typed mentions. */
  List<Found> resolve(String body, String[] words, String[] pos, int[] starts, int[] ends,
      NameFeatures.Prepared prepared, List<int[]> spans) {
    int n = words.length;
    boolean caps = prepared.allCaps();
    boolean titleCase = isTitleCase(words);
    List<Cand> cands = new ArrayList<>();
    boolean[] demonym = new boolean[n];
    boolean[] countryToken = new boolean[n];
    // tokens of a listed region or of a city name of several words ("Santo Domingo")
    boolean[] placeToken = new boolean[n];
    // start token of a demonym or country phrase that ends at token i, else -1
    int[] nationEndingAt = new int[n];
    java.util.Arrays.fill(nationEndingAt, -1);

    // A big city that is also a given name ("Paris", "Washington") is left to the model, but
    // "Washington said" stays a place: the guidelines keep a capital standing for its
    // government a LOCATION.
    boolean[] bigCity = new boolean[n];
    // per token: the first token of a listed organisation's name ending there, or -1
    int[] knownOrgEndingAt = new int[n];
    java.util.Arrays.fill(knownOrgEndingAt, -1);
    for (int i = 0; i < n; i++) {
      if (!isCap(words[i], caps) && !isLowerPrefixed(words[i])) {
        continue;
      }
      for (PhraseTrie.Match<Gazetteer.Sense> m
          : gazetteer.phrases.matchAt(body, starts, ends, i, Math.min(n, i + 8))) {
        Gazetteer.Sense s = sense(body, m, caps, Gazetteer.Kind.values());
        if (s == null) {
          continue;
        }
        int a = m.firstToken();
        int b = m.lastToken() + 1;
        switch (s.kind()) {
          case COUNTRY -> {
            if (b - a == 1 && a > 0 && b < n && !caps && isCap(words[a - 1], false)
                && features.isTitle(words[a - 1]) && isCap(words[b], false)
                && gazetteer.surnames.contains(NameFeatures.stripPossessive(words[b]))) {
              // "Defence Minister Israel Katz", "Senator Chad Hayes": a first name after a
              // title; the longer person span wins over the country.
              cands.add(new Cand(a, b + 1, EntityType.PERSON, null, null, false,
                  PRIO_GAZETTEER));
            }
            cands.add(new Cand(a, b, EntityType.COUNTRY, s.canonical(), s.code(), false,
                PRIO_GAZETTEER, m.end()));
            for (int t = a; t < b; t++) {
              countryToken[t] = true;
            }
            if (m.end() == ends[b - 1]) {
              nationEndingAt[b - 1] = a;
            }
          }
          case DEMONYM -> {
            for (int t = a; t < b; t++) {
              demonym[t] = true;
            }
            if (m.end() == ends[b - 1]) {
              nationEndingAt[b - 1] = a;
            }
          }
          case ORGANIZATION -> {
            cands.add(new Cand(a, b, EntityType.ORGANIZATION, s.canonical(), null, false,
                PRIO_GAZETTEER, m.end()));
            knownOrgEndingAt[b - 1] = a;
          }
          case REGION -> {
            cands.add(new Cand(a, b, EntityType.LOCATION, s.canonical(), null,
                s.code() != null, PRIO_GAZETTEER, m.end()));
            java.util.Arrays.fill(placeToken, a, b, true);
          }
          case MINISTRY_NAMED -> {
            if (!isTreasuryNoun(words, pos, a, b)) {
              int from = a > 0 && nationEndingAt[a - 1] >= 0 ? nationEndingAt[a - 1] : a;
              cands.add(new Cand(from, b, EntityType.MINISTRY, s.canonical(), null, false,
                  PRIO_MINISTRY));
            }
          }
          case CITY -> {
            if (b - a >= 2) {
              java.util.Arrays.fill(placeToken, a, b, true);
            }
            boolean big = s.population() >= Gazetteer.BIG_CITY_POPULATION;
            bigCity[a] |= big && b - a == 1;
            if (big
                // "Amman's" is PROPN+PART; a shouted dateline ("BRUSSELS —") may get any tag;
                // so may a capitalised name inside a sentence, which the tagger often reads
                // as a verb ("travelled to Kyiv/VERB")
                && (pos[a].startsWith("PROPN") || caps
                    || isShouted(body.substring(m.start(), m.end()))
                    || a > 0 && isCap(words[a], false) && !titleCase)
                && !gazetteer.givenNames.contains(words[a])) {
              cands.add(new Cand(a, b, EntityType.LOCATION, s.canonical(), null, false,
                  PRIO_CITY, m.end()));
            }
          }
          default -> { }
        }
        break; // the longest acceptable phrase at this token
      }
    }
    ministries(body, words, starts, ends, caps, nationEndingAt, cands);
    if (!caps && !titleCase) {
      boolean[] placeStart = new boolean[n];
      // per token: the first token of the longest place name ending there, or -1
      int[] placeEndingAt = new int[n];
      java.util.Arrays.fill(placeEndingAt, -1);
      for (Cand c : cands) {
        if (c.type() == EntityType.COUNTRY || c.type() == EntityType.LOCATION) {
          placeStart[c.a()] = true;
          int e = c.b() - 1;
          placeEndingAt[e] = placeEndingAt[e] < 0 ? c.a() : Math.min(placeEndingAt[e], c.a());
        }
      }
      organisations(words, demonym, placeStart, placeEndingAt, cands);
    }
    boolean headline = caps || titleCase;
    for (int[] s : splitPairs(joinParticles(spans, words), words, knownOrgEndingAt)) {
      Cand c = modelCandidate(s, words, pos, caps, demonym, countryToken, placeToken);
      // in a headline every word is capitalised: a long span is more likely the headline itself
      if (c != null && !(headline && c.b() - c.a() > 3)) {
        cands.add(c);
      }
    }
    if (!headline) {
      listedNamePersons(words, pos, demonym, countryToken, placeToken, cands);
    }
    prefixedOrganisations(words, cands);
    if (!headline) {
      events(words, cands);
    }
    cands.sort(Comparator.<Cand>comparingInt(c -> -(ends[c.b() - 1] - starts[c.a()]))
        .thenComparingInt(c -> -c.priority())
        .thenComparingInt(Cand::a));
    boolean[] taken = new boolean[n];
    List<Cand> kept = new ArrayList<>();
    for (Cand c : cands) {
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
    kept.sort(Comparator.comparingInt(Cand::a));
    List<Found> out = new ArrayList<>();
    kept.removeIf(c -> c.type() == null); // events hold their words, but are no entities
    for (int k = 0; k < kept.size(); k++) {
      Cand c = kept.get(k);
      if ((c.type() == EntityType.LOCATION || c.type() == EntityType.ORGANIZATION)
          && c.priority() == PRIO_MODEL && c.canonical() == null && c.b() - c.a() <= 3
          && c.a() > 0 && !caps && HONORIFICS.contains(words[c.a() - 1])) {
        // "Mr. Talabani", "Ms. Rice": an honorific names a person whatever the model guessed
        c = new Cand(c.a(), c.b(), EntityType.PERSON, null, null, false, PRIO_MODEL, c.endChar());
      }
      if ((c.type() == EntityType.LOCATION || c.type() == EntityType.ORGANIZATION)
          && c.priority() == PRIO_MODEL && c.canonical() == null && c.b() - c.a() == 1
          && personContext(words, pos, caps, kept, k, features::isTitle, bigCity[c.a()])) {
        c = new Cand(c.a(), c.b(), EntityType.PERSON, null, null, false, PRIO_MODEL, c.endChar());
      }
      int start = starts[c.a()];
      String last = words[c.b() - 1];
      // a possessive the tokenizer left attached ("Lukashenko’s", "Situations’")
      int end = c.endChar() >= 0 ? c.endChar()
          : ends[c.b() - 1] - (last.length() - NameFeatures.stripPossessive(last).length());
      out.add(new Found(start, end, c.type(), c.canonical(), c.code(), c.usState()));
    }
    return out;
  }

  /**
   * Whether the context of a one-word name the model took for a place (or, before
   * "administration" or after an age, an organisation) says it is a person: an age before it
   * ("the 25-year-old Hingis" when no noun follows), a title before it, a verb of saying or
   * meeting after it ("Tymoshenko said"), a possessive before a person's kind of noun
   * ("Politkovskaya's murder"), "administration" after it ("the Bush administration"), or a
   * person it is coordinated with ("Yushchenko and Tymoshenko"). Known places never reach here:
   * the gazetteers' matches win over the model's. A person title before the name ("Judge
   * Harrow") is a feature of the model, which still misses some.
   */
  private static boolean personContext(String[] words, String[] pos, boolean caps,
      List<Cand> kept, int k, Predicate<String> isTitle, boolean bigCity) {
    Cand c = kept.get(k);
    int a = c.a();
    int b = c.b();
    if (caps) {
      return false; // a headline's words are all capitalised: its context says little
    }
    boolean bare = NameFeatures.stripPossessive(words[a]).equals(words[a]);
    if (b < words.length && bare && PERSON_NOUNS.contains(words[b])) {
      return true;
    }
    if (a > 0 && AGE.matcher(words[a - 1]).matches()
        && (b == words.length || !("NOUN".equals(pos[b]) || "PROPN".equals(pos[b])))) {
      return true; // "the 25-year-old Hingis is", not "the 500-year-old Kremlin walls"
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
    if (b < words.length && bare && PERSON_VERBS.contains(words[b])) {
      return true;
    }
    int possessed = !bare ? b : b + 1 < words.length && isPossessive(words[b]) ? b + 1 : -1;
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

  private static boolean isPossessive(String w) {
    return w.equals("'s") || w.equals("’s") || w.equals("'") || w.equals("’");
  }

  private static boolean isAnd(String w) {
    return w.equals("and") || w.equals("or");
  }

  /**
   * A country or a known organisation written right before an organisation's name is part of that
   * name ("U.N. World Food Program", "U.S. Senate", "EU Commission"): the joined span competes
   * with its parts, and the longest wins. A possessive in between keeps them apart.
   */
  private static void prefixedOrganisations(String[] words, List<Cand> cands) {
    List<Cand> joined = new ArrayList<>();
    for (Cand c : cands) {
      if ((c.type() != EntityType.COUNTRY && c.type() != EntityType.ORGANIZATION)
          || c.canonical() == null
          || !NameFeatures.stripPossessive(words[c.b() - 1]).equals(words[c.b() - 1])
          // "Singapore-based DBS Group": a country inside a hyphenated adjective is a mention
          // of its own, never the start of the name after it
          || ATTRIBUTIVE.matcher(words[c.b() - 1]).matches()) {
        continue;
      }
      for (Cand d : cands) {
        if (d.a() == c.b() && d.type() == EntityType.ORGANIZATION) {
          joined.add(new Cand(c.a(), d.b(), EntityType.ORGANIZATION, null, null, false,
              PRIO_MODEL));
        }
      }
    }
    cands.addAll(joined);
  }

  /**
   * Capitalised names of events, laws and documents, which the guidelines make no entities, and
   * whose words are no mentions either: "Vietnam War", "Toronto International Film Festival",
   * "Treaty of Versailles", "Turkish War of Independence", "Operation Desert Storm". They become
   * candidates without a type: the longest span still wins, and the event is then dropped.
   */
  private void events(String[] words, List<Cand> cands) {
    int n = words.length;
    List<Cand> prefixes = new ArrayList<>();
    for (Cand c : cands) {
      if (c.priority() == PRIO_GAZETTEER) {
        prefixes.add(c);
      }
    }
    for (int k = 0; k < n; k++) {
      String w = words[k];
      boolean last = EVENT_HEADS.contains(w);
      boolean first = EVENT_STARTS.contains(w);
      if (!last && !first) {
        continue;
      }
      int a = k;
      if (last) {
        while (a > 0 && (isCap(words[a - 1], false) || isNameTail(words, a - 1))
            && !ARTICLES.contains(words[a - 1].toLowerCase(Locale.ROOT))) {
          a--;
        }
      }
      int b = k + 1;
      // "Treaty of Versailles", "War of 1812", "Operation Desert Storm"
      int m = b;
      if (m + 1 < n && (words[m].equals("of") || words[m].equals("on"))) {
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
                && isCap(words[end + 1], false)))) {
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
      for (Cand c : prefixes) {
        if (c.a() == a && c.b() < b && c.b() > named && b - c.b() >= 2
            && (c.type() == EntityType.COUNTRY || c.type() == EntityType.ORGANIZATION)) {
          named = c.b();
        }
      }
      a = named;
      if (b - a >= 2 && !(b - a == 2 && last && gazetteer.givenNames.contains(words[a]))) {
        cands.add(new Cand(a, b, null, null, null, false, PRIO_EVENT));
      }
    }
  }

  /** An apostrophe or a possessive inside an event's name: "Thirty Years ' War". */
  private static boolean isNameTail(String[] words, int t) {
    return (words[t].equals("'") || words[t].equals("’")) && t > 0
        && isCap(words[t - 1], false);
  }

  /** A title-case line: almost every word, short ones included, starts with a capital. */
  static boolean isTitleCase(String[] words) {
    int lettered = 0;
    int capital = 0;
    for (String w : words) {
      if (!w.isEmpty() && Character.isLetter(w.charAt(0))) {
        lettered++;
        if (Character.isUpperCase(w.charAt(0))) {
          capital++;
        }
      }
    }
    return lettered >= 4 && capital * 10 >= lettered * 9;
  }

  /** "Treasury yields", "Treasury Secretary": the word names something else than the department. */
  private static boolean isTreasuryNoun(String[] words, String[] pos, int a, int b) {
    if (!words[a].equalsIgnoreCase("Treasury") || b - a != 1) {
      return false;
    }
    return b < words.length && TREASURY_NOUNS.contains(words[b].toLowerCase(Locale.ROOT));
  }

  /** Ministry and cabinet-department patterns, in either word order. */
  private void ministries(String body, String[] words, int[] starts, int[] ends, boolean caps,
      int[] nationEndingAt, List<Cand> cands) {
    int n = words.length;
    for (int k = 0; k < n; k++) {
      boolean ministry = is(words[k], "Ministry", caps);
      boolean department = !ministry && is(words[k], "Department", caps);
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
          if (isCap(w, caps) && !(caps && CONNECTORS.contains(lw))) {
            // "Ministry of Foreign Affairs of Belarus": the country is not part of the name
            if (last >= 0 && words[m - 1].equalsIgnoreCase("of") && nationStartsAt(nationEndingAt, m)) {
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
            // the longest cabinet portfolio: "Department of Homeland Security and State ..."
            for (int m = last; m >= k + 2 && forwardEnd < 0; m--) {
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
      int prefixStart = k;
      while (prefixStart - 1 >= 0 && isCap(words[prefixStart - 1], caps)
          && !ARTICLES.contains(words[prefixStart - 1].toLowerCase(Locale.ROOT))
          && !ROLE_HEADS.contains(words[prefixStart - 1].toLowerCase(Locale.ROOT))
          && !words[prefixStart - 1].endsWith("'s") && !words[prefixStart - 1].endsWith("’s")) {
        prefixStart--;
      }
      int nation = k > 0 && nationEndingAt[k - 1] >= 0 ? nationEndingAt[k - 1] : -1;
      if (forwardEnd > 0) {
        cands.add(new Cand(nation >= 0 ? nation : k, forwardEnd, EntityType.MINISTRY, null, null,
            false, PRIO_MINISTRY));
      } else if (prefixStart < k) {
        if (ministry) {
          cands.add(new Cand(prefixStart, k + 1, EntityType.MINISTRY, null, null, false,
              PRIO_MINISTRY));
        } else {
          // the longest suffix of the prefix that is a cabinet portfolio ("State")
          for (int p = prefixStart; p < k; p++) {
            String portfolio = singleSpaced(body.substring(starts[p], ends[k - 1]))
                .toLowerCase(Locale.ROOT);
            if (gazetteer.departments.containsKey(portfolio)) {
              int from = p > 0 && nationEndingAt[p - 1] >= 0 ? nationEndingAt[p - 1] : p;
              cands.add(new Cand(from, k + 1, EntityType.MINISTRY, null, null, false,
                  PRIO_MINISTRY));
              break;
            }
          }
        }
      }
    }
  }

  /**
   * Capitalised names around an organisation head noun: "World Health Organization",
   * "Organization of Petroleum Exporting Countries", "Office for Democratic Institutions and Human
   * Rights". Candidates compete with the model's spans: the longest wins.
   */
  private static void organisations(String[] words, boolean[] demonym, boolean[] placeStart,
      int[] placeEndingAt, List<Cand> cands) {
    int n = words.length;
    for (int k = 0; k < n; k++) {
      if (!isCap(words[k], false) || !ORG_HEADS.contains(words[k].toLowerCase(Locale.ROOT))) {
        continue;
      }
      int a = k;
      // a demonym is an adjective, not part of the name ("Israeli army"); a country is
      while (a > 0 && isCap(words[a - 1], false) && !demonym[a - 1]
          && !ATTRIBUTIVE.matcher(words[a - 1]).matches() // "Singapore-based"
          && !ARTICLES.contains(words[a - 1].toLowerCase(Locale.ROOT))
          && !ROLE_HEADS.contains(words[a - 1].toLowerCase(Locale.ROOT))
          && !(a - 1 == 0 && words[a - 1].length() <= 3)) {
        a--;
      }
      // "Newfoundland and Labrador Court of Appeal", "Bosnia and Herzegovina Football
      // Federation": a place name whose last words start the name is part of it, lowercase
      // "and" included
      for (int t = a; t < k; t++) {
        if (placeEndingAt[t] >= 0 && placeEndingAt[t] < a) {
          a = placeEndingAt[t];
          break;
        }
      }
      // "Australian Labor Party", "Israeli Defense Forces": a demonym before a name that has
      // words of its own besides the head is part of it, as before a ministry's name; before a
      // bare head it stays an adjective ("Israeli Army")
      if (a < k && a > 0 && demonym[a - 1] && isCap(words[a - 1], false)
          && !(a - 2 >= 0 && isPossessive(words[a - 2]))) {
        while (a > 0 && demonym[a - 1] && isCap(words[a - 1], false)) {
          a--;
        }
      }
      int b = k + 1;
      if (b + 1 < n && (words[b].equals("of") || words[b].equals("for") || words[b].equals("on"))) {
        int m = b + 1;
        if (m < n && words[m].equals("the")) {
          m++;
        }
        int last = -1;
        while (m < n) {
          if (isCap(words[m], false) && !DATE_WORDS.contains(words[m])) {
            last = m;
            m++;
          } else if ((words[m].equals("and") || words[m].equals("&") || words[m].equals("of"))
              && m + 1 < n && isCap(words[m + 1], false)) {
            if (!words[m].equals("of") && ((placeEndingAt[m - 1] >= 0 && !placeStart[m + 1])
                || headInCapitalRun(words, m + 1))) {
              // "Liberal Party of Canada and Canadian Alliance", "Party of Russia and Yabloko":
              // after a place, or before another organisation's head, "and" joins two names;
              // two places stay in one ("Charity Commission for England and Wales")
              break;
            }
            m++;
          } else {
            break;
          }
        }
        if (last >= 0) {
          b = last + 1;
        }
        if (b - 1 > k + 2 && TRAILING_ROLES.contains(words[b - 1].toLowerCase(Locale.ROOT))) {
          b--; // "Conservative Party of Canada MP"
        }
      }
      // "Federal Aviation Administration", but "the Bush Administration" is a person's
      // government: an administration is an agency only with two words or more before it
      boolean administration = words[k].equalsIgnoreCase("Administration");
      if (b - a >= (administration ? 3 : 2)) {
        cands.add(new Cand(a, b, EntityType.ORGANIZATION, null, null, false, PRIO_MODEL));
      }
    }
  }

  /** Whether the capitalised words from {@code from} on include an organisation head. */
  private static boolean headInCapitalRun(String[] words, int from) {
    for (int t = from; t < words.length && isCap(words[t], false); t++) {
      if (ORG_HEADS.contains(words[t].toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
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

  /**
   * Person spans split by name particles are one name ("Ursula" "von der" "Leyen"); a capitalised
   * particle right before a person span belongs to it ("Von der Leyen"); a person span followed
   * by particles and a capitalised word ends with that word ("Ursula von der Leyen").
   */
  private static List<int[]> joinParticles(List<int[]> spans, String[] words) {
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

  /** Cleans one model span: titles, articles, punctuation and possessives outside. */
  private Cand modelCandidate(int[] s, String[] words, String[] pos, boolean caps,
      boolean[] demonym, boolean[] countryToken, boolean[] placeToken) {
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
    while (b > a && (words[b - 1].equals("'s") || words[b - 1].equals("’s"))) {
      b--;
    }
    // "the", "a" and a lowercase connector the model took along ("and Muslims") stay outside
    while (a < b && (!hasLetterOrDigit(words[a]) || words[a].equals("a")
        || CONNECTORS.contains(words[a]))) {
      a++;
    }
    // "Hamas-ruled Gaza Strip": the hyphenated adjective is not part of the name
    while (a < b && ATTRIBUTIVE.matcher(words[a]).matches()) {
      a++;
    }
    if (b - a >= 1 && ATTRIBUTIVE.matcher(words[b - 1]).matches()) {
      return null;
    }
    // "southern Kandahar", "Gulf of Mexico south": a lowercase word at an edge is no part of a name
    if (!caps) {
      while (a < b - 1 && isPlainLower(words[a])) {
        a++;
      }
      while (b - 1 > a && isPlainLower(words[b - 1])) {
        b--;
      }
    }
    // "Italy 2-1", "Chelsea 3": a trailing score or number is no part of a name
    while (b - 1 > a && !hasLetter(words[b - 1])) {
      b--;
    }
    while (b > a && (CONNECTORS.contains(words[b - 1]) || !hasLetterOrDigit(words[b - 1]))) {
      b--;
    }
    if (a >= b) {
      return null;
    }
    for (int t = a; t < b; t++) {
      // a verb inside is a title-case headline, not a name; a possessive inside joins two names
      if ("VERB".equals(pos[t]) || "AUX".equals(pos[t])
          || (t < b - 1 && !NameFeatures.stripPossessive(words[t]).equals(words[t]))
          || (t > a && (words[t].equals("'s") || words[t].equals("’s")))) {
        return null;
      }
    }
    if (b - a == 1 && words[a].equalsIgnoreCase("Treasury") && isTreasuryNoun(words, pos, a, b)) {
      return null;
    }
    // "Belarus and Russia": two countries, not one organisation
    if (b - a >= 3 && (countryToken[a] || countryToken[b - 1] || demonym[a])) {
      for (int t = a + 1; t < b - 1; t++) {
        if (words[t].equals("and") || words[t].equals("&") || words[t].equals(",")) {
          return null;
        }
      }
    }
    if (a >= b) {
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
    }
    String headWord = words[b - 1].toLowerCase(Locale.ROOT);
    if (type == EntityType.LOCATION && b - a >= 2 && (headWord.equals("club")
        || (ORG_HEADS.contains(headWord) && !PLACE_LIKE_HEADS.contains(headWord)))) {
      type = EntityType.ORGANIZATION; // "Cambridge Whig Club", "Harrow School" are no places
    }
    if (b - a == 1 && (features.isTitle(words[a]) || NEVER_NAMES.contains(words[a]))) {
      return null; // a bare title ("Justice", "Senator") names no one by itself, nor "776 BC"
    }
    if (type != EntityType.PERSON && introducedPerson(words, a, b)) {
      type = EntityType.PERSON; // "Incumbent Democrat Carl Levin", "General Douglas MacArthur"
    }
    if (type != EntityType.PERSON && titledPerson(words, a, b)) {
      type = EntityType.PERSON; // "Justice Scalia", "CIA Director Porter Goss"
    }
    if (type == EntityType.ORGANIZATION
        && fullPersonName(words, a, b, demonym, countryToken, placeToken)) {
      type = EntityType.PERSON; // "Morgan Freeman", "Abu Farraj al-Libbi" read as a body or place
    }
    int named = afterPortfolio(words, a, b);
    if (type != EntityType.PERSON && named > a && (gazetteer.givenNames.contains(words[named])
        || gazetteer.surnames.contains(NameFeatures.stripPossessive(words[b - 1])))) {
      type = EntityType.PERSON; // "Secretary of State Condoleezza Rice"
    }
    if (type == EntityType.PERSON) {
      // "Russian President Vladimir Putin", "Health Minister Jane Doe", "Mr."
      int cut = -1;
      for (int j = a; j < b - 1; j++) {
        if (features.isTitle(words[j]) || demonym[j] || countryToken[j]
            || ROLE_HEADS.contains(words[j].toLowerCase(Locale.ROOT))
            || PERSON_INTRODUCERS.contains(words[j].toLowerCase(Locale.ROOT))) {
          cut = j;
        }
      }
      a = cut + 1 > a ? cut + 1 : a;
      a = afterPortfolio(words, a, b);
      if (b - a == 1 && features.isTitle(words[a])) {
        return null;
      }
    } else if (ROLE_HEADS.contains(words[b - 1].toLowerCase(Locale.ROOT))) {
      return null; // a job title, "Interior Minister"
    }
    for (int t = a; t < b; t++) {
      if (ADDRESS_LIKE.matcher(words[t]).matches()) {
        return null; // "UnleadedStocks.pdf", "www.example.org", "ops@example.com": no name
      }
    }
    boolean allDemonym = true;
    boolean anyCap = false;
    for (int t = a; t < b; t++) {
      allDemonym &= demonym[t] || GROUP_WORDS.contains(
          NameFeatures.stripPossessive(words[t]).toLowerCase(Locale.ROOT).replace('’', '\''));
      anyCap |= isCap(words[t], false)
          || (!words[t].isEmpty() && Character.isDigit(words[t].charAt(0)));
    }
    if (allDemonym || (!anyCap && !caps)) {
      return null;
    }
    String last = words[b - 1].toLowerCase(Locale.ROOT);
    // "the Party", "the West", "a Democrat", "Social Democrat": a word, not a name
    if ((b - a == 1 && NEVER_ALONE.contains(last))
        || (b - a == 2 && (last.equals("democrat") || last.equals("republican")))) {
      return null;
    }
    return new Cand(a, b, type, null, null, false, PRIO_MODEL);
  }

  /**
   * The first token of a person span after the portfolio that ends a job title before it:
   * "Secretary of State Condoleezza Rice", "Minister for Foreign Affairs Jane Doe". The portfolio
   * is the longest cabinet portfolio starting the span that leaves a name after it.
   */
  private int afterPortfolio(String[] words, int a, int b) {
    if (a < 2 || !(words[a - 1].equals("of") || words[a - 1].equals("for"))
        || !(features.isTitle(words[a - 2])
            || ROLE_HEADS.contains(words[a - 2].toLowerCase(Locale.ROOT)))) {
      return a;
    }
    int best = a;
    StringBuilder portfolio = new StringBuilder();
    for (int t = a; t < b - 1; t++) {
      if (t > a) {
        portfolio.append(' ');
      }
      portfolio.append(words[t].toLowerCase(Locale.ROOT));
      if (gazetteer.departments.containsKey(portfolio.toString())) {
        best = t + 1;
      }
    }
    return best;
  }

  /**
   * Person names the model missed: a known given name and a known surname, with at most one
   * name or initial between them ("Donald Trump", "Mary Chaworth"), the given name tagged a
   * proper noun and not a title ("Justice Thomas"), standing on their own (no
   * capitalised word right after them, nor before them unless it is a title: "George
   * Washington University", "Fort Worth"). The tagger reads many surnames as verbs or
   * auxiliaries ("Trump/VERB", "Musk's/AUX"), and the model, which weighs the tags, then
   * misses the whole name. Only where no other candidate covers any of its words, so a model
   * span, a listed organisation or a place wins ("Morgan Stanley", "Washington Monday"); never
   * ending in a day, a month or an event's head ("Venice Sunday", "Winter Games").
   */
  private void listedNamePersons(String[] words, String[] pos, boolean[] demonym,
      boolean[] countryToken, boolean[] placeToken, List<Cand> cands) {
    int n = words.length;
    for (int a = 0; a < n - 1; a++) {
      // the given name itself must read as a name: "In July", "Justice Thomas" are none
      if (!gazetteer.givenNames.contains(words[a]) || !pos[a].startsWith("PROPN")
          || features.isTitle(words[a])
          || a > 0 && isCap(words[a - 1], false) && !features.isTitle(words[a - 1])) {
        continue;
      }
      for (int b = a + 2; b <= Math.min(n, a + 3); b++) {
        if ((b == n || !isCap(words[b], false)) && !covered(cands, a, b)
            && !DATE_WORDS.contains(NameFeatures.stripPossessive(words[b - 1]))
            && !EVENT_HEADS.contains(words[b - 1])
            && fullPersonName(words, a, b, demonym, countryToken, placeToken)) {
          cands.add(new Cand(a, b, EntityType.PERSON, null, null, false, PRIO_LISTED_NAME));
          break;
        }
      }
    }
  }

  /** Whether a candidate already covers any of the tokens [a, b). */
  private static boolean covered(List<Cand> cands, int a, int b) {
    for (Cand c : cands) {
      if (c.a() < b && a < c.b()) {
        return true;
      }
    }
    return false;
  }

  /**
   * An organisation span that reads as a person's name: two or three words, a known given name
   * first and a known surname last ("Morgan Freeman", "Edward Kennedy"), or an Arabic name of up
   * to four words ending in "al-"/"el-" with a known given name first or "Abu"/"bin"/"ibn" in it
   * ("Abu Farraj al-Libbi"). Never with an
   * organisation head, a demonym, a country, a listed region or a city name of several words
   * inside ("Brent North Sea", "Santo Domingo"); listed organisations of the same span still win
   * ("Morgan Stanley").
   */
  private boolean fullPersonName(String[] words, int a, int b, boolean[] demonym,
      boolean[] countryToken, boolean[] placeToken) {
    if (b - a < 2 || b - a > 4) {
      return false;
    }
    boolean kunya = false;
    for (int t = a; t < b; t++) {
      String lw = words[t].toLowerCase(Locale.ROOT);
      if (ORG_HEADS.contains(lw) || demonym[t] || countryToken[t] || placeToken[t]
          || GROUP_WORDS.contains(lw)
          || (!isCap(words[t], false) && !isLowerPrefixed(words[t]))) {
        return false;
      }
      kunya |= t < b - 1 && (lw.equals("abu") || lw.equals("bin") || lw.equals("ibn"));
    }
    String last = NameFeatures.stripPossessive(words[b - 1]);
    if (last.startsWith("al-") || last.startsWith("el-")) {
      return kunya || gazetteer.givenNames.contains(words[a]);
    }
    // a middle word must be a name too: "Sydney Morning Herald" is a newspaper
    return b - a <= 3 && gazetteer.givenNames.contains(words[a])
        && gazetteer.surnames.contains(last)
        && (b - a == 2 || gazetteer.givenNames.contains(words[a + 1])
            || gazetteer.surnames.contains(words[a + 1]) || words[a + 1].matches("\\p{Lu}\\."));
  }

  /**
   * Titles and party-member words, then a name of two or three words that starts with a known
   * given name, as an organisation or place span: a person ("Incumbent Democrat Carl Levin",
   * "General Douglas MacArthur"). Never with an organisation head inside.
   */
  private boolean introducedPerson(String[] words, int a, int b) {
    int t = a;
    while (t < b - 2 && (features.isTitle(words[t])
        || PERSON_INTRODUCERS.contains(words[t].toLowerCase(Locale.ROOT)))) {
      t++;
    }
    if (t == a || b - t > 3 || !gazetteer.givenNames.contains(words[t])) {
      return false;
    }
    for (int u = a; u < b; u++) {
      if (ORG_HEADS.contains(words[u].toLowerCase(Locale.ROOT)) || !isCap(words[u], false)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A title followed by a known surname, as an organisation or place span: a titled person
   * ("Justice Scalia", "CIA Director Porter Goss"). Never when an organisation head is inside
   * ("General Assembly") or the name part is not a known surname.
   */
  private boolean titledPerson(String[] words, int a, int b) {
    int title = -1;
    for (int t = a; t < b - 1; t++) {
      if (features.isTitle(words[t])) {
        title = t;
      }
    }
    if (title < 0 || b - title - 1 > 3
        || !gazetteer.surnames.contains(NameFeatures.stripPossessive(words[b - 1]))) {
      return false;
    }
    for (int t = a; t < b; t++) {
      if (ORG_HEADS.contains(words[t].toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasLetter(String w) {
    return w.codePoints().anyMatch(Character::isLetter);
  }

  private static boolean hasLetterOrDigit(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isLetterOrDigit(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Document-level decisions: a country name that is part of a person's name in this text is that
   * person ("Jordan" after "Michael Jordan"); "Georgia" is the US state when the text is about US
   * states; abbreviations defined in parentheses are mentions of what they abbreviate.
   */
  List<Found> documentPass(String body, List<Found> found, List<dev.lede.text.Token> tokens) {
    // storms are events: "Storm Helga" and every later bare "Helga" are no entities
    Set<String> storms = new HashSet<>();
    for (Found f : found) {
      String text = body.substring(f.start(), f.end());
      Matcher inside = STORM_INSIDE.matcher(text);
      if (inside.matches()) {
        storms.add(text);
        storms.add(inside.group(1));
      } else if (f.code() == null && STORM_BEFORE.matcher(body)
          .region(Math.max(0, f.start() - 24), f.start()).find()) {
        storms.add(text);
      }
    }
    if (!storms.isEmpty()) {
      List<Found> kept = new ArrayList<>(found.size());
      for (Found f : found) {
        String text = body.substring(f.start(), f.end());
        boolean stormWord = text.equals("Storm") || text.equals("Hurricane")
            || text.equals("Typhoon") || text.equals("Cyclone");
        if (f.code() != null || !(storms.contains(text) || stormWord)) {
          kept.add(f);
        }
      }
      found = kept;
    }
    Set<String> personWords = new HashSet<>();
    Set<String> personLower = new HashSet<>();
    // A country's name alone is a person only as a surname ("Jordan" after "Michael Jordan"): a
    // later "Israel" after "Israel Katz" is the country.
    Set<String> surnamesLower = new HashSet<>();
    // surnames with their particles, lower case ("von der leyen", "bin salman")
    Set<String> particleSurnames = new HashSet<>();
    int usCues = 0;
    int georgiaCues = 0;
    for (Found f : found) {
      String text = body.substring(f.start(), f.end());
      if (f.type() == EntityType.PERSON) {
        String[] parts = text.split("\\s+");
        if (parts.length >= 2) {
          for (String p : parts) {
            if (p.length() >= 3 && Character.isUpperCase(p.charAt(0))
                && !PARTICLES.contains(p.toLowerCase(Locale.ROOT)) && !features.isTitle(p)) {
              personWords.add(p);
              personLower.add(p.toLowerCase(Locale.ROOT));
            }
          }
          surnamesLower.add(NameFeatures.stripPossessive(parts[parts.length - 1])
              .toLowerCase(Locale.ROOT));
          for (int j = 1; j < parts.length - 1; j++) {
            if (PARTICLES.contains(parts[j].toLowerCase(Locale.ROOT))
                && !PARTICLES.contains(parts[j - 1].toLowerCase(Locale.ROOT))) {
              particleSurnames.add(NameFeatures.stripPossessive(String.join(" ",
                  List.of(parts).subList(j, parts.length))).toLowerCase(Locale.ROOT));
            }
          }
        }
      }
      if (f.usState() || "Atlanta".equals(f.canonical())) {
        usCues++;
      }
      if ("Tbilisi".equals(f.canonical()) || "Caucasus".equals(f.canonical())) {
        georgiaCues++;
      }
    }
    // one name, one type in a text: the model's majority vote over identical mentions
    Map<String, int[]> votes = new HashMap<>();
    for (Found f : found) {
      if (f.canonical() == null && f.code() == null && f.type() != EntityType.MINISTRY) {
        votes.computeIfAbsent(body.substring(f.start(), f.end()), k -> new int[5])
            [f.type().ordinal()]++;
      }
    }
    List<Found> out = new ArrayList<>(found.size());
    Map<String, Found> aliases = new HashMap<>();
    for (Found f : found) {
      String text = body.substring(f.start(), f.end());
      Found g = f;
      int[] v = votes.get(text);
      if (v != null && f.canonical() == null && f.code() == null
          && f.type() != EntityType.MINISTRY) {
        int best = f.type().ordinal();
        for (int k = 0; k < v.length; k++) {
          if (v[k] > v[best]) {
            best = k;
          }
        }
        g = new Found(f.start(), f.end(), EntityType.values()[best], null, null, false);
      }
      if (g.type() != EntityType.PERSON && g.type() != EntityType.MINISTRY
          && !text.contains(" ") && (g.type() == EntityType.COUNTRY ? surnamesLower
              : personLower).contains(text.toLowerCase(Locale.ROOT))) {
        g = new Found(f.start(), f.end(), EntityType.PERSON, null, null, false);
      } else if (f.type() == EntityType.COUNTRY && "GE".equals(f.code()) && usCues > georgiaCues) {
        g = new Found(f.start(), f.end(), EntityType.LOCATION, "Georgia", null, true);
      }
      Found def = aliases.get(text);
      if (def != null) {
        g = new Found(f.start(), f.end(), def.type(),
            def.canonical() == null ? "=" + def.start() : def.canonical(), null, false);
      }
      out.add(g);
      if (g.type() == EntityType.ORGANIZATION || g.type() == EntityType.MINISTRY) {
        Matcher m = ABBREVIATION.matcher(body).region(g.end(), Math.min(body.length(),
            g.end() + 16));
        if (m.lookingAt() && !text.equals(m.group(1))) {
          aliases.putIfAbsent(m.group(1), g);
        }
      }
    }
    // uncovered tokens: a defined abbreviation, or a surname/given name of a person of this text
    List<Found> extra = new ArrayList<>();
    int next = 0;
    int lastCovered = -1; // index of the last token inside a mention
    for (int i = 0; i < tokens.size(); i++) {
      dev.lede.text.Token t = tokens.get(i);
      while (next < out.size() && out.get(next).end() <= t.start()) {
        next++;
      }
      if (next < out.size() && out.get(next).start() < t.end()) {
        lastCovered = i;
        continue;
      }
      String w = NameFeatures.stripPossessive(t.text());
      int end = t.start() + w.length();
      Found def = aliases.get(w);
      if (def != null && t.start() > def.start()) {
        extra.add(new Found(t.start(), end, def.type(),
            def.canonical() == null ? "=" + def.start() : def.canonical(), null, false));
      } else if (personWords.contains(w)) {
        // a surname repeat keeps its particles ("Von der Leyen's", "von der Leyen")
        int first = i;
        while (first - 1 > lastCovered && PARTICLES.contains(
            tokens.get(first - 1).text().toLowerCase(Locale.ROOT))) {
          first--;
        }
        if (first < i && !particleSurnames.contains(singleSpaced(
            body.substring(tokens.get(first).start(), end)).toLowerCase(Locale.ROOT))) {
          first = i;
        }
        extra.add(new Found(tokens.get(first).start(), end, EntityType.PERSON, null, null,
            false));
      }
    }
    out.addAll(extra);
    out.sort(Comparator.comparingInt(Found::start));
    return out;
  }
}
