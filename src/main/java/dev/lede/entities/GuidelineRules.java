package dev.lede.entities;

import static dev.lede.entities.NameWords.ARTICLES;
import static dev.lede.entities.NameWords.ATTRIBUTIVE;
import static dev.lede.entities.NameWords.DATE_WORDS;
import static dev.lede.entities.NameWords.LEAD_KINDS;
import static dev.lede.entities.NameWords.LEGAL_FORMS;
import static dev.lede.entities.NameWords.ORG_HEADS;
import static dev.lede.entities.NameWords.POSSESSIVE_DETERMINERS;
import static dev.lede.entities.NameWords.ROLE_HEADS;
import static dev.lede.entities.NameWords.TENURE_WORDS;
import static dev.lede.entities.NameWords.TRAILING_ROLES;
import static dev.lede.entities.NameWords.isCap;
import static dev.lede.entities.NameWords.isPlainLower;
import static dev.lede.entities.NameWords.hasPossessive;
import static dev.lede.entities.NameWords.isPossessive;
import static java.util.stream.Collectors.groupingBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The guideline stage: patterns that state {@code ENTITY-GUIDELINES.md} rather than correct the
 * model (ministries have their own class, {@link MinistryRules}). Organisations named around a
 * head noun ({@link #organisations}); a country or known body written before an organisation's name as part of it
 * ({@link #prefixedOrganisations}); names joined by an ampersand or "and Co", unions, facilities,
 * groups and shops. Names the guidelines make no entities (events, laws, ships, diseases) are
 * {@link EventNames}'. Each adds candidates that compete with the others: the longest span wins.
 *
 * <p>Thread-safe: holds only immutable data.
 */
final class GuidelineRules {

  /** What follows the "and" of a firm's name: "Pell and Co", "Grenwick and Company". */
  private static final Set<String> AND_CO = Set.of("Co", "Co.", "Company");
  /** Most capitalised words of a firm's name listed in commas before its "and Co". */
  private static final int MAX_LISTED_FIRM_WORDS = 3;

  /** The most capitalised words of a union's name before "union" ("the Fire Brigades union"). */
  private static final int MAX_UNION_NAME_WORDS = 3;
  /** Verbs whose subject is people, not a firm: "Okafor & Nowak wrote", "recalled". */
  private static final Set<String> WRITERS_VERBS = Set.of("wrote", "writes", "write",
      "co-wrote", "argued", "argue", "argues", "recalled", "recall", "recalls", "testified");

  /** Lowercase words for a group after its name: "the Wagner group", "the Sinaloa cartel". */
  private static final Set<String> GROUP_NOUNS = Set.of("group", "cartel", "militia", "gang",
      "conglomerate", "syndicate", "clan");
  /**
   * Last words that make a name a facility, a LOCATION by the guidelines ("named streets and
   * facilities (stadiums, airports, squares)"): "Allianz Arena", "Indian Oil Building", "Ramstein
   * Air Base", "Grand Central Station".
   */
  static final Set<String> FACILITY_HEADS = Set.of("building", "tower", "towers",
      "stadium", "arena", "airport", "station", "bridge", "square", "plaza", "mall", "base",
      "gymnasium", "field");
  /** Words before "Centre" or "Center" that make it a facility: "Kenyatta Convention Centre". */
  private static final Set<String> FACILITY_CENTRES = Set.of("convention", "exhibition",
      "conference", "shopping", "civic", "trade", "sports", "leisure", "aquatic", "aquatics");
  /**
   * Kinds of shop, restaurant and local business that end a name after an owner's possessive
   * ("Ray's Pizza", "Tony's Auto Repair").
   */
  private static final Set<String> SHOP_KINDS = Set.of("pizza", "pizzeria", "bakery", "cafe",
      "café", "coffee", "restaurant", "bar", "grill", "diner", "deli", "kitchen", "pub",
      "tavern", "bistro", "steakhouse", "burgers", "bagels", "donuts", "doughnuts", "tacos",
      "barbecue", "bbq", "catering", "creamery", "brewery", "garage", "motors", "repair",
      "repairs", "tires", "tyres", "store", "stores", "shop", "market", "grocery", "pharmacy",
      "salon", "barbershop", "gym", "karate", "hardware", "furniture", "jewelers", "jewellers",
      "bookshop", "bookstore", "florist", "cleaners", "laundry", "plumbing", "roofing",
      "landscaping", "towing", "grille", "inn", "motel", "taqueria", "trattoria", "cantina");
  /** Most capitalised words after an owner's possessive in a shop's name ("Auto Body Repair"). */
  private static final int MAX_SHOP_WORDS = 3;
  /**
   * First words that make a name an organisation in the languages news names them in:
   * "Universidad de Chile", "Fondation Jean Moulin", "Ayuntamiento de Madrid", "Partito
   * Democratico". Words that English also writes capitalised on their own ("Union", "Front",
   * "Tribunal") are left to {@link NameWords#ORG_HEADS}.
   */
  private static final Set<String> FOREIGN_ORG_HEADS = Set.of("Universität", "Université",
      "Universidad", "Universidade", "Università", "Universiteit", "Universitat", "Uniwersytet",
      "Univerzita", "Instituto", "Institut", "Istituto", "Fondation", "Fundación", "Fundação",
      "Fondazione", "Stiftung", "Lycée", "Académie", "Accademia", "Ayuntamiento", "Generalitat",
      "Banco", "Banque", "Banca", "Partido", "Parti", "Partito", "Partei", "Movimiento",
      "Mouvement", "Movimento", "Escuela", "École", "Colegio", "Hochschule", "Compagnie",
      "Société", "Sociedad", "Società", "Conseil", "Consejo", "Consiglio", "Comité", "Comisión",
      "Commissione", "Asamblea", "Assemblée", "Assemblea", "Congreso", "Frente", "Lega", "Ligue");

  /**
   * Heads that make an organisation only before "of" and a name: a church so named is a church
   * body, an ORGANIZATION ("Church of England", "Church of Jesus Christ"; a person's name after
   * "of" is part of it), where a name before "Church" is a building.
   */
  private static final Set<String> OF_ORG_HEADS = Set.of("Church");

  private final Gazetteer gazetteer;
  private final NameFeatures features;

  GuidelineRules(Gazetteer gazetteer, NameFeatures features) {
    this.gazetteer = gazetteer;
    this.features = features;
  }

  /**
   * Capitalised names around an organisation head noun: "World Health Organization",
   * "Organization of Petroleum Exporting Countries", "Office for Democratic Institutions and Human
   * Rights". Candidates compete with the model's spans: the longest wins. Reads the places among
   * the candidates so far, so it runs after the lexicon.
   */
  void organisations(SentenceTokens s, LexiconCandidates.Marks marks, List<Candidate> cands) {
    String[] words = s.words();
    boolean[] demonym = marks.demonym();
    int n = words.length;
    boolean[] placeStart = new boolean[n];
    // per token: the first token of the longest place name ending there, or -1
    int[] placeEndingAt = new int[n];
    Arrays.fill(placeEndingAt, -1);
    // per token, whether a candidate starts there, kept up to date as names are added: a look
    // through every candidate at each head was quadratic in a sentence of many names
    boolean[] candidateAt = new boolean[n];
    for (Candidate c : cands) {
      if (c.a() >= 0 && c.a() < n) {
        candidateAt[c.a()] = true;
      }
      if (c.type() == EntityType.COUNTRY || c.type() == EntityType.LOCATION) {
        placeStart[c.a()] = true;
        int e = c.b() - 1;
        placeEndingAt[e] = placeEndingAt[e] < 0 ? c.a() : Math.min(placeEndingAt[e], c.a());
      }
    }
    // per token, the last word of the name running on from it after "of" (-1: none), read once
    int[] nameEnds = new int[n];
    Arrays.fill(nameEnds, Integer.MIN_VALUE);
    for (int k = 0; k < n; k++) {
      String headWord = NameFeatures.stripPossessive(words[k]);
      if (!isCap(words[k], false) || !(ORG_HEADS.contains(headWord.toLowerCase(Locale.ROOT))
          || headOnlyBeforeOf(words, k))) {
        continue;
      }
      // "Harvard University's Kennedy School": an owner ends at its possessive
      boolean owner = !headWord.equals(words[k]);
      int a = k;
      // a demonym is an adjective, not part of the name ("Israeli army"); a country is
      while (a > 0 && isCap(words[a - 1], false) && !demonym[a - 1]
          && !ATTRIBUTIVE.matcher(words[a - 1]).matches() // "Singapore-based"
          && !ARTICLES.contains(words[a - 1].toLowerCase(Locale.ROOT))
          && !POSSESSIVE_DETERMINERS.contains(words[a - 1].toLowerCase(Locale.ROOT))
          && !ROLE_HEADS.contains(words[a - 1].toLowerCase(Locale.ROOT))
          && !(a - 1 == 0 && words[a - 1].length() <= 3)
          // "Rival General Motors has": a trade that opens the sentence is no word of the name
          && !(a - 1 == 0 && LEAD_KINDS.contains(words[0].toLowerCase(Locale.ROOT)))
          // "Former Brenmoor University player", "Yesterday Acme Inc. said": nor one of time
          && !(a - 1 == 0 && TENURE_WORDS.contains(words[0].toLowerCase(Locale.ROOT)))
          // "Sweden's Public Health Agency": a place's possessive is its owner, no word of it;
          // so is an organisation's ("Harvard University's Kennedy School"), and a person's
          // before a name with words of its own or after a first name ("Ishiba's Liberal
          // Democratic Party", "Rahul Gandhi's Congress"; not "McDonald's Corporation", a
          // listed company's "Moody's Investors Service", nor a saint's, a title's or a
          // group's: "St. John's College", "Workers' Party")
          && !(hasPossessive(words[a - 1]) && (marks.countryToken()[a - 1]
              || marks.placeToken()[a - 1] || marks.bigCity()[a - 1]
              || ORG_HEADS.contains(NameFeatures.stripPossessive(words[a - 1])
                  .toLowerCase(Locale.ROOT))
              // an acronym's ("NASA's Jet Propulsion Laboratory"), listed or not
              || NameFeatures.stripPossessive(words[a - 1]).matches("\\p{Lu}{2,}")
              || (a < k || a >= 2 && isCap(words[a - 2], false))
                  && !ModelCandidates.possessiveOfName(NameFeatures.stripPossessive(words[a - 1]),
                      a >= 2 && ModelCandidates.isSaint(words[a - 2]), features::isTitle)
                  && marks.knownOrgEndingAt()[a - 1] < 0
                  // listed inside a longer listed name, the lexicon marks only that one
                  && !gazetteer.namesSomething(words[a - 1])))) {
        a--;
      }
      // "the Competition and Markets Authority", "the Fish and Wildlife Service": after an
      // article, a capitalised word and "and" open the name; not a demonym, nor a word where a
      // candidate starts ("the US and Markets Authority", "the Kuomintang and Communist Party of
      // China" are two names)
      if (a < k && a >= 2 && words[a - 1].equals("and") && isCap(words[a - 2], false)
          && (a == 2 || ARTICLES.contains(words[a - 3].toLowerCase(Locale.ROOT)))
          && !candidateAt[a - 2] && !demonym[a - 2] && !hasPossessive(words[a - 2])) {
        a -= 2;
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
      // "Apple Inc. of Cupertino": after a legal form, "of" says where the company is
      if (!owner && b + 1 < n && !LEGAL_FORMS.contains(words[k])
          && (words[b].equals("of") || words[b].equals("for") || words[b].equals("on"))) {
        int m = b + 1;
        if (m < n && words[m].equals("the")) {
          m++;
        }
        int last = -1;
        int from = m;
        while (m < n && nameEnds[m] == Integer.MIN_VALUE) {
          // "Bank of England Governor Andrew Bailey": a title before a name ends the name;
          // "Office of the President" keeps its last word
          boolean titleBeforeName = ROLE_HEADS.contains(words[m].toLowerCase(Locale.ROOT))
              && m + 1 < n && isCap(words[m + 1], false);
          if (m > from && isCap(words[m - 1], false) && personEndsTheRun(words, m, marks)) {
            break; // "Office of Management and Budget Daniel Varnak said": a person after it
          }
          if (isCap(words[m], false) && !DATE_WORDS.contains(words[m]) && !titleBeforeName) {
            last = m;
            m++;
            if (!NameFeatures.stripPossessive(words[m - 1]).equals(words[m - 1])) {
              // its owner's end ("Society of London's Medal"); after "and" another name's
              last = m - 2 > from && words[m - 2].equals("and") ? m - 3 : last;
              break;
            }
          } else if ((words[m].equals("and") || words[m].equals("&") || words[m].equals("of"))
              && m + 1 < n && isCap(words[m + 1], false)) {
            if (!words[m].equals("of") && ((placeEndingAt[m - 1] >= 0 && !placeStart[m + 1])
                || NameWords.headInCapitalRun(words, m + 1))) {
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
        last = m < n && nameEnds[m] >= 0 ? nameEnds[m] : last; // as a name read before runs on
        for (int t = from; t <= m && t < n; t++) {
          nameEnds[t] = last >= t ? last : -1;
        }
        if (last >= 0) {
          b = last + 1;
        }
        if (b - 1 > k + 2 && TRAILING_ROLES.contains(words[b - 1].toLowerCase(Locale.ROOT))
            && !words[b - 2].equalsIgnoreCase("the")) {
          b--; // "Conservative Party of Canada MP", but "Office of the President"
        }
      }
      // "Federal Aviation Administration", but "the Bush Administration" is a person's
      // government: an administration is an agency only with two words or more before it
      boolean administration = words[k].equalsIgnoreCase("Administration");
      if (b - a >= (administration ? 3 : 2)) {
        cands.add(new Candidate(a, b, EntityType.ORGANIZATION, null, null, false,
            Candidate.PRIO_MODEL));
        candidateAt[a] = true;
      }
    }
  }

  /**
   * Whether token k is a head that names an organisation only with "of" and a capitalised name
   * after it ({@link #OF_ORG_HEADS}): "Church of England", "Church of Jesus Christ of Latter-day
   * Saints", where "Trinity Church" or "St Mary's Church" is a building.
   */
  private static boolean headOnlyBeforeOf(String[] words, int k) {
    return OF_ORG_HEADS.contains(words[k]) && k + 2 < words.length && words[k + 1].equals("of")
        && isCap(words[k + 2], false);
  }

  /**
   * Whether the capitalised words from token t to the end of their run are a person's name: two
   * to four name words, the first a listed given name, the last a listed surname or no listed
   * name, none an organisation's head or a word of a listed place ("Daniel Varnak" after "Office
   * of Management and Budget"; not "Rio Grande Valley" after "University of Texas").
   */
  private boolean personEndsTheRun(String[] words, int t, LexiconCandidates.Marks marks) {
    int e = t;
    while (e < words.length && (isCap(words[e], false)
        || ModelSpans.INITIALS.matcher(words[e]).matches())) {
      if (ORG_HEADS.contains(words[e].toLowerCase(Locale.ROOT)) || marks.placeToken()[e]
          || marks.countryToken()[e]) {
        return false;
      }
      e++;
    }
    String last = NameFeatures.stripPossessive(words[e - 1]);
    return e - t >= 2 && e - t <= 4 && gazetteer.givenNames.contains(words[t])
        && !features.isTitle(words[t])
        && (gazetteer.surnames.contains(last) || !gazetteer.namesSomething(last));
  }

  /**
   * Capitalised names joined by an ampersand: a firm named after its founders or a brand ("Aluko
   * & Oyebode", "Marks & Spencer", "Johnson & Johnson Services") is one organisation, but two
   * full names are two people ("Sepp Hochreiter & Jürgen Schmidhuber"), and so are two given
   * names ("Jean & Thane", as a couple signs, but not before a common noun: "a Smith & Wesson
   * rifle" is a brand) and a full name with a given name and a single
   * word written as people ({@link #writtenAsPeople}: "Greta Okafor & Nowak wrote", where
   * "Stanley Black & Decker said" is a firm). An "and" before "Co" or "Company" joins a firm's
   * names as the ampersand does, with the names listed before it in commas ("Pell and Co",
   * "Brack, Lister and Co", "F. Harlan-La Rue and Co": the model read people). Candidates compete
   * with the others: a listed country of the same span wins ("Trinidad & Tobago").
   */
  void ampersandNames(SentenceTokens s, LexiconCandidates.Marks marks, List<Candidate> cands) {
    String[] words = s.words();
    int n = words.length;
    for (int k = 1; k + 1 < n; k++) {
      boolean andCo = words[k].equals("and") && AND_CO.contains(words[k + 1]);
      if (!(andCo || words[k].equals("&")) || !isCap(words[k - 1], false)
          || !isCap(words[k + 1], false)) {
        continue;
      }
      int a = k - 1;
      while (a > 0 && isCap(words[a - 1], false) && !marks.demonym()[a - 1]
          && !ARTICLES.contains(words[a - 1].toLowerCase(Locale.ROOT))
          && !ROLE_HEADS.contains(words[a - 1].toLowerCase(Locale.ROOT))
          && !ATTRIBUTIVE.matcher(words[a - 1]).matches()
          && !hasPossessive(words[a - 1])) {
        a--;
      }
      // "Brack, Lister and Co", "Smith Barney, Harris Upham and Co": up to three capitalised
      // words before each comma, after a word in lower case ("In London, Pell and Co" is the
      // city and the firm), no place
      for (int c = a - 1; andCo && c >= 1 && words[c].equals(","); c = a - 1) {
        int first = c;
        while (first > 0 && c - first < MAX_LISTED_FIRM_WORDS && isCap(words[first - 1], false)
            && !marks.placeToken()[first - 1] && !marks.countryToken()[first - 1]
            && !marks.demonym()[first - 1] && !hasPossessive(words[first - 1])) {
          first--;
        }
        boolean opens = first == 0 || !Character.isLetter(words[first - 1].charAt(0));
        if (first == c || first > 0 && isCap(words[first - 1], false)
            || opens && c - first > 1 // "Smith Barney, Harris Upham and Co" only inside one
            || !opens && !Character.isLowerCase(words[first - 1].charAt(0))) {
          break;
        }
        a = first;
      }
      int b = k + 2;
      while (b < n && (isCap(words[b], false)
          || words[b].equals("&") && b + 1 < n && isCap(words[b + 1], false))
          && !hasPossessive(words[b - 1])) {
        b++;
      }
      // "Sepp Hochreiter & Jürgen Schmidhuber": two people, as authors are written, and so
      // are a couple; a full name and one word are people only as writers ("Greta Okafor &
      // Nowak wrote"), elsewhere a firm named after its founders ("Stanley Black & Decker said
      // it would cut jobs")
      boolean oneFullName = k - a >= 2 && gazetteer.givenNames.contains(words[a])
          || b - k - 1 >= 2 && gazetteer.givenNames.contains(words[k + 1]);
      boolean people = !NameWords.hasHead(words, a, b) && (k - a >= 2 && b - k - 1 >= 2
          || oneFullName && writtenAsPeople(words, b)
          // "Jean & Thane" signing a letter: two given names, not one name twice ("Johnson &
          // Johnson") nor a given name and a surname ("Simon & Schuster", the publisher)
          || k - a == 1 && b - k - 1 == 1 && gazetteer.givenNames.contains(words[a])
              && gazetteer.givenNames.contains(words[k + 1]) && !words[a].equals(words[k + 1])
              // "a Smith & Wesson rifle": before a common noun, a brand, not a couple
              // (a lower-case word the tagger reads as a proper noun is one too)
              && !(b < n && isPlainLower(words[b])
                  && ("NOUN".equals(s.pos()[b]) || "PROPN".equals(s.pos()[b]))));
      if (!people) {
        cands.add(new Candidate(a, b, EntityType.ORGANIZATION, null, null, false,
            Candidate.PRIO_MODEL));
      }
      k = b - 1;
    }
  }

  /**
   * A trade union's own name before a lower-case "union", which the model, knowing the word
   * "unite" or a string of capitals, often misses: "the Unite union", "the GMB union", "a
   * Teamsters union local" give the organisation "Unite", "GMB", "Teamsters" (the later "Unite
   * officials" join it in the document pass). One to three capitalised words after an article;
   * none a demonym ("the British union"), a day or month, a title or a word that names nothing.
   * The candidate competes with the others: a listed place of the same words wins.
   */
  void unionNames(SentenceTokens s, LexiconCandidates.Marks marks, List<Candidate> cands) {
    String[] words = s.words();
    for (int u = 2; u < words.length; u++) {
      if (!words[u].equals("union")) {
        continue;
      }
      int a = u;
      while (a > 0 && u - a < MAX_UNION_NAME_WORDS && isCap(words[a - 1], false)
          && !ARTICLES.contains(words[a - 1].toLowerCase(Locale.ROOT))
          && !hasPossessive(words[a - 1]) && !marks.demonym()[a - 1]
          && !DATE_WORDS.contains(words[a - 1]) && !features.isTitle(words[a - 1])
          && !ModelCandidates.namesNothing(words[a - 1])) {
        a--;
      }
      if (a < u && a > 0 && ARTICLES.contains(words[a - 1].toLowerCase(Locale.ROOT))) {
        cands.add(new Candidate(a, u, EntityType.ORGANIZATION, null, null, false,
            Candidate.PRIO_MODEL));
      }
    }
  }

  /**
   * Whether the name ending before token b is written as people: a verb of writing or
   * remembering right after it ("wrote", "argued", "recalled"), or "who" (after a comma). A
   * verb of saying is no sign: firms say too.
   */
  private static boolean writtenAsPeople(String[] words, int b) {
    int t = b < words.length && words[b].equals(",") ? b + 1 : b;
    return t < words.length && (WRITERS_VERBS.contains(words[t]) || words[t].equals("who"));
  }

  /**
   * Names of facilities that the model or the head rule read as organisations are places: a name
   * of two words or more ending in {@link #FACILITY_HEADS}, or in "Centre" or "Center" after one
   * of {@link #FACILITY_CENTRES} ("Kenyatta International Convention Centre", "Civic Center";
   * not "Center for Strategic and International Studies", whose head is followed by its
   * purpose); the head may also come before the name's "of" ("Municipal Sports Arena of Loja").
   * Listed organisations keep their type.
   *
   * @param words the sentence's words
   * @param kept the kept candidates, in text order; facilities are replaced
   */
  static void facilities(String[] words, List<Candidate> kept) {
    for (int k = 0; k < kept.size(); k++) {
      Candidate c = kept.get(k);
      if (c.type() != EntityType.ORGANIZATION || c.canonical() != null || c.b() - c.a() < 2) {
        continue;
      }
      // the head ends the name, or comes before its "of" ("Municipal Sports Arena of Loja")
      int end = c.b();
      for (int t = c.a() + 1; t < c.b() - 1; t++) {
        if (words[t].equals("of")) {
          end = t;
          break;
        }
      }
      String last = NameFeatures.stripPossessive(words[end - 1]).toLowerCase(Locale.ROOT);
      String before = end - 2 >= c.a() ? words[end - 2].toLowerCase(Locale.ROOT) : "";
      if (FACILITY_HEADS.contains(last) || (last.equals("centre") || last.equals("center"))
          && FACILITY_CENTRES.contains(before)) {
        kept.set(k, new Candidate(c.a(), c.b(), EntityType.LOCATION, null, null, false,
            c.priority(), c.endChar()));
      }
    }
  }

  /**
   * Names that open with an organisation's head in another language are organisations, whatever
   * the model read: "Universität Heidelberg" (a place for the model), "Ayuntamiento de Madrid".
   * A name the model found right after such a head takes the head in: "Fondation Jean Moulin"
   * and "Université Omar Bongo" are organisations named after people, not people. Listed names
   * keep their type.
   *
   * @param words the sentence's words
   * @param kept the kept candidates, in text order; such names are replaced
   */
  static void foreignOrganisations(String[] words, List<Candidate> kept) {
    for (int k = 0; k < kept.size(); k++) {
      Candidate c = kept.get(k);
      if (c.type() == null || c.canonical() != null) {
        continue;
      }
      int a;
      if (c.b() - c.a() >= 2 && FOREIGN_ORG_HEADS.contains(words[c.a()])) {
        a = c.a();
      } else if (c.a() >= 1 && FOREIGN_ORG_HEADS.contains(words[c.a() - 1])
          && (k == 0 || kept.get(k - 1).b() < c.a())) {
        a = c.a() - 1; // the head before the name is taken in
      } else {
        continue;
      }
      kept.set(k, new Candidate(a, c.b(), EntityType.ORGANIZATION, null, null, false,
          c.priority(), c.endChar()));
    }
  }

  /**
   * A name before a lowercase word for a group of people acting together is that group's name,
   * an organisation: "the Wagner group", "the Adani group", "the Sinaloa cartel". The word stays
   * outside, as "health" does in "the health ministry". Countries and listed places keep their
   * type ("the Europe group" is rare, "the G7 group" is no place).
   *
   * @param words the sentence's words
   * @param kept the kept candidates, in text order; names before a group word are replaced
   */
  static void groupNames(String[] words, List<Candidate> kept) {
    for (int k = 0; k < kept.size(); k++) {
      Candidate c = kept.get(k);
      int a = c.a();
      int b = c.b();
      if (c.type() == EntityType.ORGANIZATION || c.type() == EntityType.COUNTRY
          || c.type() == EntityType.MINISTRY || c.priority() != Candidate.PRIO_MODEL
          || c.canonical() != null || b >= words.length || a == 0
          || !words[a - 1].equalsIgnoreCase("the") || !GROUP_NOUNS.contains(words[b])
          || !NameFeatures.stripPossessive(words[b - 1]).equals(words[b - 1])) {
        continue;
      }
      kept.set(k, new Candidate(a, b, EntityType.ORGANIZATION, null, null, false,
          c.priority(), c.endChar()));
    }
  }

  /**
   * A country or a known organisation written right before an organisation's name is part of that
   * name ("U.N. World Food Program", "U.S. Senate", "EU Commission"): the joined span competes
   * with its parts, and the longest wins. A possessive in between keeps them apart.
   */
  static void prefixedOrganisations(String[] words, List<Candidate> cands) {
    List<Candidate> joined = new ArrayList<>();
    var orgsAt = cands.stream().filter(d -> d.type() == EntityType.ORGANIZATION) // by first word
        .collect(groupingBy(Candidate::a)); // not a loop over all per name: quadratic in them
    for (Candidate c : cands) {
      if ((c.type() != EntityType.COUNTRY && c.type() != EntityType.ORGANIZATION)
          || c.canonical() == null
          || !NameFeatures.stripPossessive(words[c.b() - 1]).equals(words[c.b() - 1])
          // "Singapore-based DBS Group": a country inside a hyphenated adjective is a mention
          // of its own, never the start of the name after it
          || ATTRIBUTIVE.matcher(words[c.b() - 1]).matches()) {
        continue;
      }
      for (Candidate d : orgsAt.getOrDefault(c.b(), List.of())) {
        joined.add(new Candidate(c.a(), d.b(), EntityType.ORGANIZATION, null, null, false,
            Candidate.PRIO_MODEL));
      }
    }
    cands.addAll(joined);
  }

  /**
   * A shop, a restaurant or a garage named after its owner is an organisation, the owner's name
   * and its possessive inside ("Organisations named after people are ORGANIZATION whole"):
   * "Ray's Pizza", "Britt's Bakery", "Tony's Auto Repair". The name is a candidate that starts at
   * a person or a place, or at a capitalised word inside the sentence that no other name holds
   * ("America's Grocery Store" stays the country's), and runs through the possessive and up to
   * three capitalised words, the last of them a kind of business; the longest span wins. A
   * possessive before anything else stays outside the name ("Trump's White House").
   *
   * @param words the sentence's words
   * @param cands the candidates; such names are added
   */
  static void namedShops(String[] words, List<Candidate> cands) {
    List<Candidate> shops = new ArrayList<>();
    boolean[] otherName = new boolean[words.length];
    for (Candidate c : cands) {
      if (c.type() == EntityType.PERSON || c.type() == EntityType.LOCATION) {
        shop(words, c.a(), c.b(), shops);
      } else {
        Arrays.fill(otherName, c.a(), c.b(), true);
      }
    }
    // an owner the model missed: one capitalised word inside the sentence ("at Britt's Bakery")
    for (int t = 1; t < words.length; t++) {
      if (Character.isUpperCase(words[t].charAt(0)) && !otherName[t]) {
        shop(words, t, t + 1, shops);
      }
    }
    cands.addAll(shops);
  }

  /** Adds the shop whose owner's name is words [a, b), if a possessive and a kind follow. */
  private static void shop(String[] words, int a, int b, List<Candidate> shops) {
    int from = b;
    String last = words[b - 1];
    if (NameFeatures.stripPossessive(last).equals(last)) {
      if (from >= words.length || !words[from].equals("'s") && !words[from].equals("’s")) {
        return;
      }
      from++;
    }
    for (int e = from; e < Math.min(words.length, from + MAX_SHOP_WORDS); e++) {
      if (!Character.isUpperCase(words[e].charAt(0))) {
        return;
      }
      if (SHOP_KINDS.contains(words[e].toLowerCase(Locale.ROOT))) {
        shops.add(new Candidate(a, e + 1, EntityType.ORGANIZATION, null, null, false,
            Candidate.PRIO_MODEL));
        return;
      }
    }
  }
}
