package dev.lede.entities;

import com.google.common.base.CharMatcher;
import com.google.common.collect.Sets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The word lists and token tests that several stages share: organisation heads, role words,
 * name particles, religious and ethnic group words, and what a capitalised word is. A list that
 * one stage alone uses lives with that stage.
 *
 * <p>Thread-safe: holds only immutable data.
 */
final class NameWords {

  /** A whole word right before an offset, whitespace between: see {@link #wordBefore}. */
  private static final Pattern WORD_BEFORE = Pattern.compile("(?<!\\S)(\\S+)\\s+\\z");
  /** How far before an offset, in chars, {@link #wordBefore} looks. */
  static final int WORD_BEFORE_WINDOW = 24;
  /** What only a person's name follows: see {@link #saysPerson}. */
  private static final Pattern PERSON_BEFORE = Pattern.compile(
      "\\b(?:the\\s+late|Mr|Mrs|Ms|Dr|Sir|Dame|Lady|Lord)\\.?\\s+\\z");
  /** The longest word of {@link #PERSON_BEFORE}, its full stop included ("Dame."). */
  private static final int PERSON_BEFORE_WORD = 5;
  /** What a text says after a name only of a person's: see {@link #saysPerson}. */
  private static final String PERSON_AFTER = "(?:['’]s\\s+(?:son|daughter|wife|husband|widow"
      + "|father|mother|will|death|funeral)\\b|\\s+(?:died|dies|was\\s+born)\\b"
      + "|,\\s+(?:who|whose)\\b)";

  /**
   * What a person is, written before the name as a title would be, first in a sentence with a
   * capital ("Fullback Tomas Okafor", "Defenseman Greta Lind", "WR Okafor"): sports positions
   * and a graduate. Kept apart from {@code titles.txt}, an input of the tagger.
   */
  static final Set<String> PERSON_ROLES = Set.of("fullback", "halfback", "quarterback",
      "linebacker", "cornerback", "tailback", "kicker", "punter", "receiver", "defenseman",
      "defenceman", "goalie", "goalkeeper", "goaltender", "striker", "midfielder", "defender",
      "winger", "pitcher", "shortstop", "outfielder", "infielder", "batsman", "wicketkeeper",
      "alum", "alumnus", "alumna", "qb", "rb", "wr", "lb", "cb");
  /**
   * Offices that end a job title before a name and are no one's surname ("Palmer City Clerk
   * Jane Doe", "County Attorney", "Town Manager"): a person span ending in one names an office.
   * Titles that are common surnames (King, Bishop, Judge, Major) are left out.
   */
  static final Set<String> OFFICES = Set.of("clerk", "manager", "attorney", "commissioner",
      "treasurer", "administrator", "superintendent", "auditor", "assessor", "registrar",
      "comptroller", "solicitor", "coroner", "supervisor", "prosecutor", "director", "chairman",
      "chairwoman", "chairperson", "spokesman", "spokeswoman", "spokesperson", "councilman",
      "councilwoman", "councilmember", "councillor", "councilor", "congressman",
      "congresswoman", "senator", "representative", "governor", "secretary", "minister",
      "president", "ceo", "superintendant", "inspector", "detective", "ombudsman");
  /** Ways that join places, after their names: "the Frankfurt-Bebra railway". */
  static final Set<String> ROUTE_WAYS = Set.of("railway", "railroad", "line", "motorway",
      "highway", "road", "pipeline", "canal");
  /**
   * Capitalised words that open a hyphenated compound without naming a place: "North-South",
   * "Trans-Siberian", "Anglo-French", "High-Speed".
   */
  static final Set<String> NO_PLACE_PARTS = Set.of("North", "South", "East", "West", "Trans",
      "Anglo", "Franco", "Sino", "Indo", "Euro", "Afro", "Austro", "Greco", "Pan", "Inter",
      "Cross", "High", "Speed", "Main", "Inner", "Outer", "Upper", "Lower", "Northern",
      "Southern", "Eastern", "Western", "Central", "Mid", "New", "Old", "Great");
  /** Connector words allowed inside a "Ministry of ..." name. */
  static final Set<String> CONNECTORS = Set.of("of", "and", "for", "the", "&", "on");
  /** Role words that end a job title, never an organisation ("Interior Minister"). */
  static final Set<String> ROLE_HEADS = Set.of("minister", "secretary", "president",
      "spokesman", "spokeswoman", "spokesperson", "chief", "ambassador", "envoy", "governor");
  static final Set<String> ARTICLES = Set.of("the", "a", "an");
  /** Words that own what follows: capitalised first in a sentence, still no word of a name. */
  static final Set<String> POSSESSIVE_DETERMINERS =
      Set.of("its", "their", "his", "her", "our", "your", "my");
  /**
   * Kinds of organisation, which introduce a name ("the retailer Kesmark", "Carmaker Valdemar
   * said", "the Norwegian side Brekkestad": sports writing's team) or end an apposition
   * ("Velmora, the country's largest lender,").
   */
  static final Set<String> ORG_KINDS = Set.of("company", "firm", "lender", "bank", "carmaker",
      "automaker", "chipmaker", "drugmaker", "maker", "retailer", "insurer", "airline",
      "conglomerate", "start-up", "startup", "manufacturer", "operator", "producer", "supplier",
      "utility", "charity", "broker", "chain", "corporation", "publisher", "broadcaster",
      "newspaper", "club", "party", "exchange", "group", "agency", "regulator", "watchdog",
      "union", "band", "steelmaker", "planemaker", "truckmaker", "toolmaker", "toymaker",
      "watchmaker", "glassmaker", "brewer", "side", "glassworks", "steelworks", "ironworks",
      "brewery", "distillery", "winery",
      // media and online services, named the same way ("the journal Nature Astronomy", "the
      // Taiwanese publication DigiTimes", "her record label, Big Machine,", "the app Signal")
      "journal", "publication", "newsletter", "magazine", "label", "website", "app", "platform",
      "outlet", "network", "channel");
  /**
   * Of those, the trades that open a news sentence before a company's name and never start a
   * name themselves ("Carmaker Valdemar said", unlike "Union Pacific", "Bank Leumi", "Club Med").
   */
  static final Set<String> LEAD_KINDS = Set.of("carmaker", "automaker", "chipmaker",
      "drugmaker", "retailer", "lender", "insurer", "airline", "conglomerate", "manufacturer",
      "broadcaster", "regulator", "watchdog", "supplier", "broker", "start-up", "startup",
      "rival", "rivals");
  /** Name particles kept inside person names ("Ursula von der Leyen", "Mohammed bin Salman"). */
  static final Set<String> PARTICLES = Set.of("von", "van", "der", "den", "de", "la",
      "del", "della", "di", "da", "du", "le", "bin", "ibn", "al", "el", "ben", "dos", "das", "ter",
      "des", "dei", "vom", "zu");
  /** Words after "Treasury" that make it the securities, not the department. */
  private static final Set<String> TREASURY_NOUNS = Set.of("yield", "yields", "bond", "bonds",
      "bill", "bills", "note", "notes", "securities", "market", "markets", "futures", "prices",
      "auction", "auctions", "curve", "rates", "secretary", "debt", "issuance",
      "inflation-protected",
      // a gilt's name ("Treasury Stock 2030", "Treasury Loan"), a job title ("Treasury minister")
      "stock", "loan", "gilt", "gilts", "minister", "ministers");

  /** Head nouns of organisation names: "... Party", "Organization of ...", "... Herald". */
  static final Set<String> ORG_HEADS = Set.of("organization", "organisation", "office",
      "party", "council", "commission", "committee", "agency", "association", "union", "bank",
      "fund", "institute", "university", "court", "authority", "front", "movement", "federation",
      "corporation", "company", "group", "forces", "army", "navy", "foundation", "league",
      "administration", "alliance", "assembly", "parliament", "congress", "senate", "tribunal",
      "bureau", "service", "police", "guard", "brigade", "brigades", "network", "society",
      "coalition", "board", "secretariat", "programme", "program", "center", "centre", "college",
      "school", "airlines", "airways", "inc", "inc.", "corp", "corp.", "ltd", "ltd.", "co", "co.",
      "plc", "library", "herald", "times", "post", "tribune", "journal", "gazette", "chronicle",
      "telegraph", "trust", "club", "orchestra", "philharmonic", "records", "studios",
      "pictures", "laboratory", "laboratories", "labs", "pharmaceuticals", "therapeutics",
      "industries",
      "technologies", "holdings", "investments", "ventures", "partners", "motors", "enterprises",
      "entertainment", "se", "gmbh", "llc", "llp", "nv", "shipping", "railways",
      "solutions", "securities", "insurance", "communications", "logistics",
      "petroleum", "energy", "academy", "conservatory", "conservatoire", "polytechnic",
      "seminary", "forum", "publishers", "publishing", "exchange",
      // businesses named for their trade, which a town's name before them made places
      // ("Valley Dairy", "Matanuska Creamery")
      "dairy", "dairies", "creamery", "bakery", "brewery", "distillery", "winery", "farms",
      "foods",
      // and care businesses ("Morningside Recovery", "Pinecrest Rehab")
      "recovery", "rehab", "rehabilitation", "wellness", "healthcare", "services",
      // a hospital is a body that treats and employs, not a building the guidelines' facilities
      // name ("Brooklyn Hospital said", "doctors at the Mayo Clinic")
      "hospital", "clinic", "infirmary");

  /**
   * The heads of a ministry's name besides an organisation's ("Office"): alone, "the Ministry
   * said" after "the Finance Ministry" and "the Department said" after "the Department of Trade
   * and Industry" name that ministry again, as wire copy writes it.
   */
  static final Set<String> MINISTRY_HEADS = Set.of("ministry", "department");

  /**
   * Religious and ethnic groups and their adjectives: like demonyms, no entities on their own
   * ("Sunni Muslim", "Roman Catholics", "Kurds", "Western"); they stay inside longer names
   * ("Arab League", "Western Sahara", "Islamic Jihad").
   */
  static final Set<String> GROUP_WORDS = Set.of("muslim", "muslims", "sunni", "sunnis",
      "shiite", "shiites", "shi'ite", "shi'ites", "shia", "shias", "christian", "christians",
      "catholic", "catholics", "roman", "protestant", "protestants", "anglican", "anglicans",
      "orthodox", "evangelical", "evangelicals", "jew", "jews", "jewish", "hindu", "hindus",
      "buddhist", "buddhists", "sikh", "sikhs", "islamic", "islamist", "islamists", "arab", "arabs",
      "kurd", "kurds", "kurdish", "pashtun", "pashtuns", "hutu", "hutus", "tutsi", "tutsis",
      "uighur", "uighurs", "uyghur", "uyghurs", "druze", "alawite", "alawites", "western",
      "westerners", "eastern", "latino", "latinos", "hispanic", "hispanics");

  /**
   * A hyphenated adjective made from a name: "U.S.-led", "al-Qaida-linked", "Russian-speaking",
   * "Soviet-era", "EU-wide". The word after the hyphen is a participle or one of the few
   * adjective-making words, so that a hyphenated given name is no adjective ("Kim Jong-un",
   * "Moon Jae-in", "Tsai Ing-wen").
   */
  static final Pattern ATTRIBUTIVE = Pattern.compile(".+-(?:\\p{Ll}+ed|\\p{Ll}{3,}ing|run|born"
      + "|made|built|bound|held|owned|grown|known|wide|like|style|era|centric|friendly|specific"
      + "|free|proof)");

  /**
   * The legal forms that may follow a company's name, as alternatives of a regular expression
   * ("Deutsche Lufthansa AG", "J Sainsbury plc", "Nokia Oyj"): what {@link CompanyNames} takes
   * into a name and {@link EntityClusterer} leaves out of its key.
   */
  static final String DESIGNATORS =
      "AG|SA|SE|NV|plc|PLC|Ltd|Limited|GmbH|LLC|Inc|Corp|Co|Oyj|ASA|SpA|Bhd|Tbk";

  /**
   * A company's legal forms as the tokenizer gives them ("Inc." and "Inc"): after one, an "of"
   * says where the company is, not what it is called ("Apple Inc. of Cupertino"). "Co." and
   * "Company" are left out: "of" often continues their names ("Prudential Insurance Company of
   * America"). The European forms are here too ("Tessin Präzision SA of Lugano", "Norrvik
   * Pappers AB of Umeå"), as encyclopedias write foreign companies.
   */
  static final Set<String> LEGAL_FORMS = Set.of("Inc", "Inc.", "Corp", "Corp.", "Ltd", "Ltd.",
      "LLC", "plc", "PLC", "GmbH", "AG", "Limited", "SA", "S.A.", "SE", "NV", "N.V.", "BV",
      "B.V.", "AB", "ASA", "SpA", "S.p.A.", "Oyj");

  /**
   * Words that introduce a person's name without being part of it: party members and
   * "incumbent" ("Incumbent Democrat Carl Levin", "Republican John Doe", "Liberal Stephen Owen").
   */
  static final Set<String> PERSON_INTRODUCERS = Set.of("democrat", "republican",
      "liberal", "conservative", "socialist", "incumbent");
  /**
   * Role words after an organisation's name that are no part of it ("Conservative Party of
   * Canada MP", "Labour Party leader").
   */
  static final Set<String> TRAILING_ROLES = Set.of("mp", "mps", "mep", "meps",
      "candidate", "candidates", "member", "members", "leader", "leaders", "official",
      "officials", "chairman", "chairwoman", "spokesman", "spokeswoman", "spokesperson",
      "chief", "president", "secretary");
  /**
   * Job titles that end an organisation's span only in the model's reading, never its name
   * ("Talvora CEO Andrew Pike", "the House of Representatives Speaker", "the Chiefs QB", the
   * honorific "Rt. Hon." of a member of a parliament): cut after any organisation of two words
   * or more, with or without a head noun.
   */
  static final Set<String> TRAILING_TITLES = Set.of("ceo", "ceos", "cfo", "coo", "cto",
      "speaker", "qb", "qbs", "rb", "rbs", "rt", "hon");
  /**
   * Words of time or tenure that open a sentence before an organisation and are no word of it
   * ("Yesterday Acme Inc. said", "Former Brenmoor University player Tom Hale").
   */
  static final Set<String> TENURE_WORDS = Set.of("yesterday", "former", "interim", "acting");
  /**
   * Last words of capitalised event, law and document names: "Vietnam War", "Suez Crisis",
   * "Orange Revolution", "Patriot Act", "Marshall Plan", "World Cup", "Arab Spring".
   */
  static final Set<String> EVENT_HEADS = Set.of("War", "Wars", "Battle", "Campaign",
      "Rebellion", "Revolt", "Uprising", "Revolution", "Intifada", "Massacre", "Offensive",
      "Crisis", "Spring", "Festival", "Olympics", "Paralympics", "Games", "Cup", "Championship",
      "Championships", "Tournament", "Marathon", "Summit", "Treaty", "Accord", "Accords",
      "Agreement", "Protocol", "Convention", "Conventions", "Declaration", "Charter", "Act",
      "Plan", "Election", "Elections", "Siege", "Famine", "Earthquake", "Flood",
      "Genocide", "Purge", "Riots", "Coup", "Blockade", "Regulation", "Directive",
      "Constitution", "Expo", "Exhibition", "Biennale", "Carnival", "Parade", "Prix", "Trophy",
      "Regatta");
  /** The most words of a headline. */
  private static final int HEADLINE_MAX_WORDS = 25;
  /** Words a headline leaves in lower case: "Biden Meets Xi in San Francisco as Tensions Ease". */
  private static final Set<String> HEADLINE_SMALL_WORDS = Set.of("a", "an", "the", "and", "or",
      "but", "nor", "for", "of", "in", "on", "at", "to", "by", "as", "from", "with", "into",
      "over", "amid", "vs", "vs.", "via", "per", "up", "out", "off", "after", "before", "is",
      "are", "be");
  /** What a headline leaves in lower case: its small words and the particles of names. */
  private static final Set<String> HEADLINE_UNCAPITALISED =
      Sets.union(HEADLINE_SMALL_WORDS, PARTICLES);
  /** Days and months, which end a name ("the Chicago Tribune on Friday"). */
  static final Set<String> DATE_WORDS = Set.of("Monday", "Tuesday", "Wednesday",
      "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May",
      "June", "July", "August", "September", "October", "November", "December");

  /** Verbs whose object is a language when it is a demonym ("spoke Spanish", "learn Arabic"). */
  private static final Set<String> LANGUAGE_VERBS = Set.of("speak", "speaks", "spoke", "spoken",
      "speaking", "learn", "learns", "learned", "learnt", "learning", "teach", "teaches",
      "taught", "teaching");
  /** Prepositions after which a demonym that describes nothing is a language ("in French"). */
  private static final Set<String> LANGUAGE_PREPOSITIONS = Set.of("in", "into");

  private NameWords() {}

  /**
   * Whether a demonym at tokens [a, last] names a language, not its country's people or things:
   * after a verb of speaking, learning or teaching ("spoke Spanish"), after "in" or "into" where
   * no word it describes follows ("replied in French.", but "in French waters"), before
   * "language(s)" ("the Arabic language"), or joined by "and", "or" or a comma to a demonym read
   * so just before ("spoke Spanish and Portuguese").
   *
   * @param words the sentence's words
   * @param a the demonym's first token
   * @param last the demonym's last token
   * @param languageEnd the last token of the sentence's previous demonym read as a language, or
   *     -1
   */
  static boolean isLanguage(String[] words, int a, int last, int languageEnd) {
    String before = a > 0 ? words[a - 1].toLowerCase(Locale.ROOT) : "";
    String after = last + 1 < words.length ? words[last + 1] : "";
    boolean describes = !after.isEmpty() && Character.isLetter(after.charAt(0)) && !isAnd(after);
    return LANGUAGE_VERBS.contains(before)
        || LANGUAGE_PREPOSITIONS.contains(before) && !describes
        || after.equals("language") || after.equals("languages")
        || (isAnd(before) || before.equals(",")) && languageEnd == a - 2;
  }

  /** A name written in capitals, longer than most acronyms ("KYIV", "BRUSSELS"). */
  static boolean isShouted(String text) {
    return text.length() >= 4 && text.equals(text.toUpperCase(Locale.ROOT));
  }

  /**
   * The word right before an offset, whitespace between, without the quotes or brackets that open
   * it ("Mr." of "Mr. Kelso Brandt", "Governor" of "“Governor Okafor"), or null: none within
   * {@link #WORD_BEFORE_WINDOW} chars.
   */
  static @Nullable String wordBefore(String body, int start) {
    Matcher m = WORD_BEFORE.matcher(body).useTransparentBounds(true)
        .region(Math.max(0, start - WORD_BEFORE_WINDOW), start);
    if (!m.find()) {
      return null;
    }
    String word = m.group(1);
    int from = 0;
    while (from < word.length() && !Character.isLetterOrDigit(word.charAt(from))) {
      from++;
    }
    return word.substring(from);
  }

  /** A text with each run of whitespace (line breaks, no-break spaces) as one space. */
  static String singleSpaced(String text) {
    return CharMatcher.whitespace().collapseFrom(text, ' ');
  }

  static boolean isCap(String w, boolean caps) {
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
  static boolean isLowerPrefixed(String w) {
    int hyphen = w.indexOf('-');
    return hyphen > 0 && hyphen + 1 < w.length() && Character.isLowerCase(w.charAt(0))
        && Character.isUpperCase(w.charAt(hyphen + 1));
  }

  /** A lowercase word without capitals that is no name particle ("southern", "based"). */
  static boolean isPlainLower(String w) {
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

  /** Whether a token is a possessive of its own: "’s", "'S" after a word in capitals, "’". */
  static boolean isPossessive(String w) {
    return w.equals("'s") || w.equals("’s") || w.equals("'S") || w.equals("’S") || w.equals("'")
        || w.equals("’");
  }

  /** Whether a capitalised organisation head word ("University", "Bureau") is among the words. */
  static boolean hasHead(String[] words, int a, int b) {
    for (int t = a; t < b; t++) {
      if (!words[t].isEmpty() && Character.isUpperCase(words[t].charAt(0))
          && ORG_HEADS.contains(words[t].toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the capitalised words from {@code from} on include an organisation head. */
  static boolean headInCapitalRun(String[] words, int from) {
    for (int t = from; t < words.length && isCap(words[t], false); t++) {
      if (ORG_HEADS.contains(words[t].toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  static boolean isAnd(String w) {
    return w.equals("and") || w.equals("or");
  }

  static boolean hasLetterOrDigit(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isLetterOrDigit(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** A title-case line: almost every word, short ones included, starts with a capital. */
  static boolean isTitleCase(String[] words) {
    return mostlyCapitalised(words, Set.of());
  }

  /**
   * Whether a sentence is written in headline case: four to 25 words, nine in ten of them
   * capitalised, short lowercase function words and particles of names aside, and no full stop
   * at the end ("Biden Meets Xi in San Francisco as Tensions Ease").
   */
  static boolean isHeadlineCase(String[] words) {
    if (words.length == 0 || words.length > HEADLINE_MAX_WORDS
        || words[words.length - 1].equals(".")) {
      return false; // a sentence of names ends in a full stop; a headline seldom does
    }
    return mostlyCapitalised(words, HEADLINE_UNCAPITALISED);
  }

  /** At least four words starting with a letter, {@code skipped} aside, nine in ten capitalised. */
  private static boolean mostlyCapitalised(String[] words, Set<String> skipped) {
    int lettered = 0;
    int capital = 0;
    for (String w : words) {
      if (w.isEmpty() || !Character.isLetter(w.charAt(0)) || skipped.contains(w)) {
        continue;
      }
      lettered++;
      if (Character.isUpperCase(w.charAt(0))) {
        capital++;
      }
    }
    return lettered >= 4 && capital * 10 >= lettered * 9;
  }

  /** Whether a word is a possessive or ends in one ("’s", "Britain's"). */
  static boolean hasPossessive(String w) {
    return isPossessive(w) || !NameFeatures.stripPossessive(w).equals(w);
  }

  /**
   * "Treasury yields", "Treasury Secretary", a gilt's "Treasury 5 pct": the word names something
   * else than the department.
   */
  static boolean isTreasuryNoun(String[] words, String[] pos, int a, int b) {
    if (!words[a].equalsIgnoreCase("Treasury") || b - a != 1) {
      return false;
    }
    return b < words.length && (TREASURY_NOUNS.contains(words[b].toLowerCase(Locale.ROOT))
        || Character.isDigit(words[b].charAt(0)));
  }

  /**
   * Whether the text says of a name what it says only of a person: "the late Conrad Palmer",
   * "Mr. Conrad Palmer", "when Conrad Palmer died", "Conrad Palmer's will", "Conrad Palmer, who
   * founded it". An organisation named after a person ("the Conrad Palmer Foundation") does not
   * make such a name the organisation.
   *
   * @param body the text
   * @param name the name, as the text writes it
   */
  static boolean saysPerson(String body, String name) {
    String n = Pattern.quote(name);
    Matcher after = Occurrences.matcher(Pattern.compile("\\b" + n + PERSON_AFTER), body);
    Matcher whole = Occurrences.matcher(Pattern.compile(n + "\\b"), body);
    Matcher title = Occurrences.matcher(PERSON_BEFORE, body);
    for (int at = body.indexOf(name); at >= 0; at = body.indexOf(name, at + 1)) {
      if (after.region(at, body.length()).lookingAt()
          || whole.region(at, body.length()).lookingAt()
          && Occurrences.endsAt(body, title, at, PERSON_BEFORE_WORD)) {
        return true;
      }
    }
    return false;
  }
}
