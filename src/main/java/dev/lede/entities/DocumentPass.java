package dev.lede.entities;

import static dev.lede.entities.NameWords.PARTICLES;

import dev.lede.text.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The document stage: decisions that need the whole text, made after every sentence is resolved.
 * First two organisations read as one are split ({@link JoinedNames}: "Palmer Fire Department and
 * Ridge Central Fire Department"); then the text's companies ({@link CompanyNames}: "shares in
 * GoTo" makes "GoTo" a company throughout); a kind of organisation that opens a sentence before a
 * lower-case word is no name ("Union president"). A headline's names are read as the rest of the
 * text writes them ("Harris Warns Musk" is two people); storm names are no entities anywhere in the
 * text, and tickers in parentheses none either; a one-word place or organisation that is a word of
 * a person's name in this text is that person ("Jordan" after "Michael Jordan"), but not a country
 * written where a place stands ({@link PlaceContext}: "flew to Jordan", "Amman, Jordan"); the first
 * word of an organisation's name, alone and read as a person, is that organisation ("Rio" after
 * "Rio Tinto"); a one-word person the model guessed is the organisation that the same word names
 * elsewhere in the text ("ordered Monsanto to pay" after "Bayer bought Monsanto"), unless it is a
 * word of a person's name there; in a sports report a town that plays is the club, and a team is
 * named by its town or nickname alone; "Georgia" is the US state after a US place and a comma, or
 * when the text is about US states; abbreviations defined in parentheses, and an organisation's
 * initials, are mentions of what they abbreviate; a bare surname or given name of a person of this
 * text is a mention of that person, and a one-word organisation found in one sentence a mention of
 * it, where no sentence found it. A one-word name typed as a person in some sentences and as a
 * place in others has one type, its most frequent.
 *
 * <p>Thread-safe: holds only immutable data.
 */
final class DocumentPass {

  /**
   * An abbreviation defined in parentheses after a name: "Ministry of Defence (MoD)", also after
   * its possessive, "Naval Forces Central Command's (NAVCENT)".
   */
  static final Pattern ABBREVIATION =
      Pattern.compile("\\A(?:\\s*['’]s)?\\s*\\(\\s*([A-Z][A-Za-z&.]{1,9})\\s*\\)");
  /** Scores and sports words that make a text a sports report (a match's, a season's). */
  private static final int MIN_SPORTS_CUES = 2;
  /** A preposition of place right before a mention: "fans in Liverpool" is the city. */
  private static final Pattern PLACE_BEFORE = Pattern.compile(
      "(?:\\b(?:in|at|near|from|outside|around|across|through|into|of)\\s+(?:the\\s+)?)\\z");
  /** How far before a mention, in chars, {@link #PLACE_BEFORE} looks. */
  private static final int PLACE_WINDOW = 20;
  /**
   * What follows a team that acts or owns: a lowercase word or a possessive ("Denver's"); not a
   * word for who lives or was born there ("a Denver native").
   */
  private static final Pattern TEAM_AFTER = Pattern.compile("['’]s\\b|\\s+(?!(?:native|natives"
      + "|resident|residents|born)\\b)\\p{Ll}");
  /** A team's nickname of digits: "76ers". */
  private static final Pattern DIGITS_NICKNAME = Pattern.compile("\\d+ers");
  /** Fewest letters of an organisation's initials that name it on their own ("RBI"). */
  private static final int MIN_INITIALS = 3;
  /** Fewest letters of a one-word name found again where no sentence found it ("Apple"). */
  private static final int MIN_REPEATED = 3;

  /**
   * What the text's person mentions of two words or more say about single words.
   *
   * @param words their capitalised words of three letters or more, or of two that the text
   *     never writes in lower case ("Xi"), no particles or titles
   * @param lower the same, lower case
   * @param surnames their last words, lower case: a country's name alone is a person only as a
   *     surname ("Jordan" after "Michael Jordan"); a later "Israel" after "Israel Katz" is the
   *     country
   * @param particleSurnames surnames with their particles, lower case ("von der leyen", "bin
   *     salman")
   * @param titleSurnames surnames that are also titles ("King" of "Tishana King"), each with the
   *     end of its person's first full mention: alone after it, with no name or article around
   *     it, the word is that person
   */
  record People(Set<String> words, Set<String> lower, Set<String> surnames,
      Set<String> particleSurnames, Map<String, Integer> titleSurnames) {}

  private final NameFeatures features;
  private final Gazetteer gazetteer;
  private final CompanyNames companies;
  private final PlaceNamedCompanies placeNamedCompanies;
  private final InitialledCompanies initialledCompanies;
  private final HeadlineNames headlineNames;

  DocumentPass(NameFeatures features, Gazetteer gazetteer) {
    this.features = features;
    this.gazetteer = gazetteer;
    this.companies = new CompanyNames(features, gazetteer);
    this.placeNamedCompanies = new PlaceNamedCompanies(gazetteer);
    this.initialledCompanies = new InitialledCompanies(gazetteer);
    this.headlineNames = new HeadlineNames(features);
  }

  /**
   * Applies the document-level decisions to the mentions of all sentences.
   *
   * @param body the body
   * @param found the mentions of every sentence, in text order
   * @param tokens the body's tokens, in text order
   * @return the mentions, in text order
   */
  List<TypedMention> apply(String body, List<TypedMention> found, List<Token> tokens) {
    return apply(body, found, tokens, List.of());
  }

  /**
   * Applies the document-level decisions to the mentions of all sentences, some of them
   * headlines.
   *
   * @param body the body
   * @param found the mentions of every sentence, in text order
   * @param tokens the body's tokens, in text order
   * @param headlines the start and end offsets of the sentences written in headline case
   * @return the mentions, in text order
   */
  List<TypedMention> apply(String body, List<TypedMention> found, List<Token> tokens,
      List<int[]> headlines) {
    String lowerBody = body.toLowerCase(Locale.ROOT); // read by several stages, made once
    found = JoinedNames.split(body, found);
    found = JoinedNames.join(body, found);
    found = DetachedInitials.join(body, found);
    found = QualifiedCompanyNames.apply(body, found);
    found = initialledCompanies.apply(body, found);
    found = companies.apply(body, found);
    found = placeNamedCompanies.apply(body, found);
    found = Affiliations.firms(body, found, features::isListedName,
        gazetteer::namesSomething);
    if (!headlines.isEmpty()) {
      found = headlineNames.apply(body, found, tokens, headlines);
    }
    found = Handles.without(body, found);
    found = DocumentFilters.withoutStorms(body, found);
    found = DocumentFilters.withoutTickers(body, found);
    found = InstrumentCodes.apply(body, found);
    found = DocumentFilters.withoutCrudeGrades(body, found);
    found = DocumentFilters.withoutPersonsInCapitals(body, found);
    found = DocumentFilters.withoutCommonWordsOpeningSentences(body, found,
        features::isListedName, features::isGivenName);
    found = DocumentFilters.withoutNameSuffixes(body, found);
    found = DocumentFilters.withCamelCaseCompanies(body, found);
    found = ProductNames.companiesOfModels(body, found, gazetteer);
    found = ProductNames.withoutProductLines(body, found);
    found = ProductNames.withoutMarkedBrands(body, found);
    found = DocumentFilters.withoutPartyMembers(body, found, gazetteer);
    found = DocumentFilters.withoutWordsAfterCountries(body, found, gazetteer);
    found = DocumentFilters.withAbbreviationStops(body, found);
    found = DocumentFilters.withPlusSigns(body, found);
    found = WorkTitles.withoutTitles(body, found);
    found = OrganisationLists.apply(body, found, tokens, features::isListedName,
        w -> !gazetteer.phrases.get(w).isEmpty());
    found = SolarSystemNames.places(body, found);
    found = OrganisationTypes.apply(body, found, gazetteer::namesSomething);
    DocumentFilters.HeadNames headNames = DocumentFilters.headNames(body, lowerBody, found);
    found = DocumentFilters.withoutKindWords(body, found, headNames);
    found = PossessiveNames.whole(body, found);
    People people = people(body, lowerBody, found);
    // "Georgia" is the state when US states and Atlanta outnumber Tbilisi and the Caucasus
    int usCues = 0;
    int georgiaCues = 0;
    for (TypedMention f : found) {
      if (f.usState() || "Atlanta".equals(f.canonical())) {
        usCues++;
      }
      if ("Tbilisi".equals(f.canonical()) || "Caucasus".equals(f.canonical())) {
        georgiaCues++;
      }
    }
    Map<String, TypedMention> shortNames = organisationShortNames(body, found);
    Map<String, TypedMention> oneWordOrganisations = oneWordOrganisations(body, found);
    Map<String, TypedMention> headless = namesWithoutHeads(body, found);
    int sportsCues = SportsClubs.sportsCues(tokens.stream().map(Token::text).toList());
    boolean sports = sportsCues >= MIN_SPORTS_CUES;
    found = sports ? SportsClubs.townTeams(body, found, gazetteer::namesOnlyPlaces) : found;
    found = sports ? TeamNicknames.withFullNames(body, found) : found;
    found = sports ? PlayingTowns.apply(body, found) : found;
    Map<String, TypedMention> teamTowns = sports ? teamTowns(body, found) : Map.of();
    found = sports ? SportsClubs.venues(body, found) : found;
    found = sports ? StandingsGroups.without(body, found) : found;
    found = SportsClubs.universityTeams(body, found, gazetteer::namesOnlyPlaces, sportsCues > 0);
    List<TypedMention> out = new ArrayList<>(found.size());
    Map<String, TypedMention> aliases = new HashMap<>();
    // names that stand for an organisation without a definition: initials, a team's nickname
    Map<String, TypedMention> impliedAliases = new HashMap<>();
    // a sports report's team nicknames, which name their club before its full name too
    Set<String> nicknames = new HashSet<>();
    Map<String, TypedMention> repeats = new HashMap<>();
    TypedMention previous = null;
    for (TypedMention f : found) {
      String text = body.substring(f.start(), f.end());
      TypedMention g = f;
      TypedMention organisation = shortNames.get(text);
      TypedMention sameWord = oneWordOrganisations.get(text);
      TypedMention byHead = f.type() == EntityType.ORGANIZATION && f.canonical() == null
          ? headNames.named(body, text, f.start()) : null;
      TypedMention withoutHead = f.type() == EntityType.PERSON && f.canonical() == null
          ? headless.get(text) : null;
      if (withoutHead != null && withoutHead.start() < f.start()) {
        // "back at Betty Ford" after "the Betty Ford Center"
        g = new TypedMention(f.start(), f.end(), EntityType.ORGANIZATION, reference(withoutHead),
            null, false);
      } else if (byHead != null) {
        // "the Commission said": the organisation its head word names here ("the Ministry
        // said": the ministry)
        g = new TypedMention(f.start(), f.end(), byHead.type(), reference(byHead),
            byHead.code(), false);
      } else if (isWordOfAPersonsName(g, text, people)
          && !((f.type() == EntityType.COUNTRY || f.type() == EntityType.LOCATION)
              && (f.canonical() != null || gazetteer.namesSomething(text)
                  ? PlaceContext.readsAsPlace(body, previous, f)
                  : PlaceContext.readsAsUnlistedPlace(body, previous, f)))) {
        g = new TypedMention(f.start(), f.end(), EntityType.PERSON, null, null, false);
      } else if (f.type() == EntityType.COUNTRY && "GE".equals(f.code())
          && PlaceContext.isTheState(gazetteer, body, previous, f, usCues > georgiaCues)) {
        g = new TypedMention(f.start(), f.end(), EntityType.LOCATION, "Georgia", null, true);
      } else if (organisation != null && f.canonical() == null
          && (f.type() == EntityType.ORGANIZATION || f.type() == EntityType.PERSON
              && (!people.lower().contains(text.toLowerCase(Locale.ROOT))
                  // a founder's surname doing what companies do: "Brennholt bought a rival"
                  || CompanyNames.deedAfter(body, f.end())))) {
        g = new TypedMention(f.start(), f.end(), EntityType.ORGANIZATION,
            reference(organisation), null, false);
      } else if (sameWord != null && f.type() == EntityType.PERSON && f.canonical() == null
          && !people.lower().contains(text.toLowerCase(Locale.ROOT))) {
        g = new TypedMention(f.start(), f.end(), EntityType.ORGANIZATION, reference(sameWord),
            null, false);
      } else if (sports && f.type() == EntityType.LOCATION && !f.usState()
          && (sameWord != null || teamTowns.containsKey(text))
          && !afterPlacePreposition(body, f.start())
          && TEAM_AFTER.matcher(body).region(f.end(), body.length()).lookingAt()) {
        // a sports report's town that plays elsewhere in it, or whose team it names, is that
        // club where it acts or owns ("Liverpool host Brentford" after "beat Liverpool 2-1",
        // "Denver closed the gap" after "the Denver Nuggets"), not where it is a place ("fans
        // in Liverpool", "the mayor visited Brighton.")
        g = new TypedMention(f.start(), f.end(), EntityType.ORGANIZATION,
            reference(sameWord != null ? sameWord : teamTowns.get(text)), null, false);
      }
      // "the Harbor City Gulls ... The Gulls": a plural nickname makes the name a club
      String plural = sportsCues > 0 && g.canonical() == null
          && (g.type() == EntityType.LOCATION || g.type() == EntityType.ORGANIZATION)
          ? SportsClubs.pluralNickname(body, text, gazetteer::namesOnlyPlaces) : null;
      if (plural != null && g.type() == EntityType.LOCATION) {
        g = new TypedMention(g.start(), g.end(), EntityType.ORGANIZATION, null, null, false);
      }
      TypedMention def = aliases.getOrDefault(text, impliedAliases.get(text));
      if (def != null) {
        g = new TypedMention(f.start(), f.end(), def.type(), reference(def), null, false);
      }
      out.add(g);
      previous = f;
      if (g.type() == EntityType.ORGANIZATION || g.type() == EntityType.MINISTRY) {
        Matcher m = ABBREVIATION.matcher(body).region(g.end(), Math.min(body.length(),
            g.end() + 16));
        if (m.lookingAt() && !text.equals(m.group(1))
            && !DocumentFilters.TICKER.matcher(body).region(m.start(), m.end()).find()) {
          aliases.putIfAbsent(m.group(1), g);
        }
        // its initials name it later too ("RBI" after "Reserve Bank of India"); two letters
        // say too little ("AI" is no "Amnesty International")
        String initials = text.contains(" ") ? EntityClusterer.initials(text) : "";
        if (initials.length() >= MIN_INITIALS) {
          impliedAliases.putIfAbsent(initials, g);
        }
        String nickname = sports && nickname(text) != null ? nickname(text) : plural;
        if (nickname != null) {
          impliedAliases.putIfAbsent(nickname, g); // "Celtics" after "Boston Celtics"
          if (impliedAliases.get(nickname) == g) {
            nicknames.add(nickname);
          }
        }
      }
    }
    impliedAliases.forEach(aliases::putIfAbsent);
    out = consistentTypes(body, out, people);
    out = NameTypes.ofSeveralWords(body, out, features::isTitle);
    // a sports report's unlisted "town" is as often a team ("in Creighton history")
    out = sports ? out
        : UnlistedTowns.apply(body, out, people.lower(), features::isTitle);
    out = ShipNames.without(body, out);
    // a one-word organisation found in one sentence is the same wherever the text writes it
    // again inside a sentence ("The Rijksmuseum will return" after "the Rijksmuseum said");
    // first in a sentence a capitalised word may be a common one ("Grab a seat"), and so is one
    // the text also writes in lower case ("the Union" and "a union of workers"); a headline,
    // every word capitalised, says too little of a word. Places are left out: a town's name
    // names its school or its club as often ("sent to Harrow", "Eton v Harrow")
    Set<String> read = new HashSet<>(); // each name's lower case sought once, not per mention
    for (TypedMention g : out) {
      String text = body.substring(g.start(), g.end());
      if (g.type() == EntityType.ORGANIZATION && !DocumentFilters.inside(g.start(), headlines)
          && text.length() >= MIN_REPEATED && text.chars().allMatch(Character::isLetter)
          && read.add(text) && !writtenInLowerCase(body, lowerBody, text)) {
        repeats.putIfAbsent(text, g);
      }
    }
    // an organisation's head word alone, where no sentence found it, names it also first in a
    // sentence and before the full name ("Commission officials said the European Commission")
    List<TypedMention> uncovered = UncoveredNames.find(body, out, tokens, aliases, nicknames,
        repeats, headNames, shortNames, DocumentFilters.tickers(body), people);
    out.addAll(uncovered);
    // "Near Tessama," in a text that lists its places so, line after line
    out.addAll(OpeningPrepositions.unfound(body, out, tokens));
    out.sort(Comparator.comparingInt(TypedMention::start));
    out = withSurnamesJoined(body, out, uncovered);
    out = DocumentFilters.withCapitalisedThe(body, out, headlines);
    out = Nicknames.withNicknames(body, out);
    out = AwardNames.without(body, out);
    out = WorkTitles.withoutUnquotedTitles(body, out, tokens, headlines);
    return HolidayNames.without(body, out); // last: no later stage finds the word again
  }

  /**
   * A given name that a sentence found alone and a surname the pass found right after it, only
   * spaces between, are one person: the model cut "Read", a common word, off "Rory Read", and "Mr.
   * Read" later vouches for it.
   */
  private List<TypedMention> withSurnamesJoined(String body, List<TypedMention> out,
      List<TypedMention> uncovered) {
    if (uncovered.isEmpty()) {
      return out;
    }
    Set<TypedMention> added = new HashSet<>(uncovered);
    List<TypedMention> joined = new ArrayList<>(out.size());
    for (TypedMention m : out) {
      TypedMention last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
      if (last != null && m.type() == EntityType.PERSON && last.type() == EntityType.PERSON
          && added.contains(m) && !added.contains(last) && last.canonical() == null
          && onlySpaces(body, last.end(), m.start())
          && features.isGivenName(body.substring(last.start(), last.end()))) {
        joined.set(joined.size() - 1,
            new TypedMention(last.start(), m.end(), EntityType.PERSON, null, null, false));
      } else {
        joined.add(m);
      }
    }
    return joined;
  }

  /**
   * One word, one referent: a one-word name the text types both as a person and as a place
   * (GUM's travel guide reads "Coron" as the town in some sentences and as a person in others)
   * takes the type most of its mentions have, the first mention's on a tie. Organisations keep
   * their type, since a town names its school and its club as often ("Harrow"). A word written
   * twice in a row ("Kelso Kelso is a town", a heading run into its first sentence) does not
   * count: the tagger reads such a pair as a name and a surname. Listed names (they carry a
   * canonical name) and words that are not all letters keep their type, and so does a word of a
   * person's name of the text: it is that person already, or the place where a place stands
   * ("Officials in Washington" beside "Washington Irving").
   */
  private static List<TypedMention> consistentTypes(String body, List<TypedMention> out,
      People people) {
    Map<String, int[]> counts = new HashMap<>();
    Map<String, EntityType> first = new HashMap<>();
    for (int i = 0; i < out.size(); i++) {
      TypedMention g = out.get(i);
      String text = body.substring(g.start(), g.end());
      if (personOrPlaceWord(g, text) && !doubled(body, out, i - 1, i)
          && !doubled(body, out, i, i + 1)
          && !people.lower().contains(text.toLowerCase(Locale.ROOT))) {
        counts.computeIfAbsent(text, k -> new int[2])[g.type() == EntityType.PERSON ? 0 : 1]++;
        first.putIfAbsent(text, g.type());
      }
    }
    List<TypedMention> consistent = new ArrayList<>(out.size());
    for (TypedMention g : out) {
      String text = body.substring(g.start(), g.end());
      int[] c = counts.get(text);
      EntityType type = c == null || !personOrPlaceWord(g, text) ? g.type()
          : c[0] > c[1] ? EntityType.PERSON
          : c[1] > c[0] ? EntityType.LOCATION
          : first.get(text);
      consistent.add(type == g.type() ? g
          : new TypedMention(g.start(), g.end(), type, null, null, false));
    }
    return consistent;
  }

  /** Whether mentions i and j exist and are the same text with only spaces between them. */
  private static boolean doubled(String body, List<TypedMention> mentions, int i, int j) {
    if (i < 0 || j >= mentions.size()) {
      return false;
    }
    TypedMention a = mentions.get(i);
    TypedMention b = mentions.get(j);
    return a.end() <= b.start() && body.substring(a.end(), b.start()).isBlank()
        && body.regionMatches(a.start(), body, b.start(), b.end() - b.start())
        && a.end() - a.start() == b.end() - b.start();
  }

  private static boolean personOrPlaceWord(TypedMention g, String text) {
    return (g.type() == EntityType.PERSON || g.type() == EntityType.LOCATION)
        && g.canonical() == null && text.chars().allMatch(Character::isLetter);
  }

  /**
   * The first words by which the text's organisations of two words or more may be named alone,
   * each with its organisation: "Rio" for "Rio Tinto", "Goldman" for "Goldman Sachs", "Bayern"
   * for "Bayern Munich". A one-word mention of such a word that no list knows, read as a person
   * ("a spokeswoman for Rio"), is that organisation, unless it is a word of a person's name in
   * the text; one read as a place stays a place, since organisations are often named after
   * their town ("Kesmark Water Works", then "Kesmark"). Left out: names whose second word is an
   * organisation's head or no capitalised word ("Bandung Institute of Technology", "Bank of
   * America": their first word alone is a place or a common noun), first words that the lists
   * know as a place or an organisation of their own ("Sydney" of "Sydney Morning Herald" is the
   * city), first words shorter than three letters, articles, particles and titles, and a word
   * that opens two different organisations' names ("Manchester United", "Manchester City"; not
   * two forms of one name, "Norvale Mining" and "Norvale Mining Corp").
   */
  private Map<String, TypedMention> organisationShortNames(String body, List<TypedMention> found) {
    OpeningNames heads = new OpeningNames(body);
    for (TypedMention f : found) {
      if (f.type() != EntityType.ORGANIZATION) {
        continue;
      }
      String name = body.substring(f.start(), f.end());
      String[] parts = name.split("\\s+");
      if (parts.length < 2) {
        continue;
      }
      String first = parts[0];
      String second = parts[1];
      if (first.length() < 3 || !Character.isUpperCase(first.charAt(0))
          || !Character.isUpperCase(second.charAt(0))
          || NameWords.ORG_HEADS.contains(NameFeatures.stripPossessive(second)
              .toLowerCase(Locale.ROOT))
          || NameWords.ARTICLES.contains(first.toLowerCase(Locale.ROOT))
          || PARTICLES.contains(first.toLowerCase(Locale.ROOT)) || features.isTitle(first)
          || gazetteer.namesSomething(first)) {
        continue;
      }
      heads.add(first, f);
    }
    return heads.unambiguous();
  }

  /**
   * The names of two words or more that the text's organisations have before a last word that
   * is an organisation's head, each with its first organisation: "Betty Ford" for "Betty Ford
   * Center". Such a name read as a person after the organisation is that organisation ("is back
   * at Betty Ford"); a name the text gives a person before the organisation is left out, since
   * the person it is named after is then in the text ("Betty Ford said" before "the Betty Ford
   * Center opened"), and so is one the text says only of a person ("the late Conrad Palmer",
   * "Conrad Palmer's will": {@link NameWords#saysPerson}).
   */
  private static Map<String, TypedMention> namesWithoutHeads(String body,
      List<TypedMention> found) {
    Map<String, TypedMention> out = new HashMap<>();
    Set<String> persons = new HashSet<>();
    // a name's answer is the same at each of its organisations' mentions: ask the text once
    Set<String> saidOfPersons = new HashSet<>();
    for (TypedMention f : found) {
      String name = body.substring(f.start(), f.end());
      if (f.type() == EntityType.PERSON) {
        persons.add(name);
        continue;
      }
      int space = name.lastIndexOf(' ');
      if (f.type() != EntityType.ORGANIZATION || space < 0
          || !NameWords.ORG_HEADS.contains(name.substring(space + 1).toLowerCase(Locale.ROOT))) {
        continue;
      }
      String rest = name.substring(0, space);
      if (rest.indexOf(' ') > 0 && !persons.contains(rest) && !out.containsKey(rest)
          && !saidOfPersons.contains(rest)
          && Arrays.stream(rest.split("\\s+")).allMatch(w -> Character.isUpperCase(w.charAt(0)))) {
        if (NameWords.saysPerson(body, rest)) {
          saidOfPersons.add(rest);
        } else {
          out.put(rest, f);
        }
      }
    }
    return out;
  }

  /**
   * What a mention that joins m's entity carries as its canonical name: m's own, or a reference
   * to m's start ("=42") that the clusterer resolves to m's entity.
   */
  static String reference(TypedMention m) {
    return m.canonical() != null ? m.canonical() : "=" + m.start();
  }

  /** The text's one-word organisation mentions, by their text (the first of each). */
  private static Map<String, TypedMention> oneWordOrganisations(String body,
      List<TypedMention> found) {
    Map<String, TypedMention> out = new HashMap<>();
    for (TypedMention f : found) {
      String text = body.substring(f.start(), f.end());
      if (f.type() == EntityType.ORGANIZATION && !text.contains(" ")) {
        out.putIfAbsent(text, f);
      }
    }
    return out;
  }

  /** The towns of the text's teams named by town and nickname: "Denver" of "Denver Nuggets". */
  private Map<String, TypedMention> teamTowns(String body, List<TypedMention> found) {
    Map<String, TypedMention> out = new HashMap<>();
    for (TypedMention f : found) {
      String name = body.substring(f.start(), f.end());
      if (f.type() == EntityType.ORGANIZATION && nickname(name) != null) {
        out.putIfAbsent(name.substring(0, name.lastIndexOf(' ')), f);
      }
    }
    return out;
  }

  /**
   * A team's nickname, by which a sports report names it alone: the last word of a name that a
   * listed town or region opens ("Celtics" of "Boston Celtics", "City" of "Manchester City",
   * "76ers" of "Philadelphia 76ers"); null for none.
   */
  private String nickname(String name) {
    int space = name.lastIndexOf(' ');
    String last = name.substring(space + 1);
    if (space < 0 || last.length() < 4
        || !Character.isUpperCase(last.charAt(0)) && !DIGITS_NICKNAME.matcher(last).matches()
        || !gazetteer.namesSomething(name.substring(0, space))) {
      return null;
    }
    return last;
  }

  /** What the text's person mentions of two words or more say about single words. */
  private People people(String body, String lowerBody, List<TypedMention> found) {
    Map<String, Boolean> shortNames = new HashMap<>(); // each two-letter word sought once
    Set<String> personWords = new HashSet<>();
    Set<String> personLower = new HashSet<>();
    Set<String> surnamesLower = new HashSet<>();
    Set<String> particleSurnames = new HashSet<>();
    Map<String, Integer> titleSurnames = new HashMap<>();
    for (TypedMention f : found) {
      if (f.type() != EntityType.PERSON) {
        continue;
      }
      String[] parts = body.substring(f.start(), f.end()).split("\\s+");
      if (parts.length < 2) {
        // "President Okafor", "Gov. Bevin": a title vouches for a one-word name as a person's,
        // so the text's other "Okafor" are that person ("Voters handed Okafor a defeat"); so
        // does a verb of saying after a name the tagger read as a person there ("Brannock told
        // reporters"), where another sentence's reading of the word as an organisation or a
        // place ("the board backed Brannock") is the tagger's guess, not the text's word. A
        // speaker the lists know as a place or a body is left out ("Israel said"), and makes
        // no surname of a country
        String word = NameFeatures.stripPossessive(parts[0]);
        boolean titled = titleBefore(body, f.start());
        if (word.length() >= 3 && Character.isUpperCase(word.charAt(0))
            && word.chars().allMatch(Character::isLetter) && !features.isTitle(word)
            && (titled || f.canonical() == null && Speakers.speaks(body, f)
                && !gazetteer.namesSomething(word) && !Speakers.namedAsAnOrganisation(body, word))
            && !writtenInLowerCase(body, lowerBody, word)) {
          personWords.add(word);
          personLower.add(word.toLowerCase(Locale.ROOT));
          if (titled) {
            surnamesLower.add(word.toLowerCase(Locale.ROOT));
          }
        }
        continue;
      }
      for (String p : parts) {
        if ((p.length() >= 3 || isShortName(body, lowerBody, p, shortNames))
            && Character.isUpperCase(p.charAt(0))
            && !PARTICLES.contains(p.toLowerCase(Locale.ROOT)) && !features.isTitle(p)) {
          personWords.add(p);
          personLower.add(p.toLowerCase(Locale.ROOT));
        }
      }
      String surname = NameFeatures.stripPossessive(parts[parts.length - 1]);
      surnamesLower.add(surname.toLowerCase(Locale.ROOT));
      String before = parts[parts.length - 2];
      if (features.isTitle(surname) && Character.isUpperCase(surname.charAt(0))
          && Character.isUpperCase(before.charAt(0)) && !features.isTitle(before)) {
        titleSurnames.merge(surname, f.end(), Math::min);
      }
      for (int j = 1; j < parts.length - 1; j++) {
        if (PARTICLES.contains(parts[j].toLowerCase(Locale.ROOT))
            && !PARTICLES.contains(parts[j - 1].toLowerCase(Locale.ROOT))) {
          particleSurnames.add(NameFeatures.stripPossessive(String.join(" ",
              List.of(parts).subList(j, parts.length))).toLowerCase(Locale.ROOT));
        }
      }
    }
    return new People(personWords, personLower, surnamesLower, particleSurnames,
        titleSurnames);
  }

  /** Whether a title ("President", "Gov.") stands right before an offset. */
  private boolean titleBefore(String body, int start) {
    String before = NameWords.wordBefore(body, start);
    return before != null && features.isTitle(before);
  }

  /**
   * Whether a word of two letters, a capital and a small one, names its person alone ("Xi" after
   * "Xi Jinping", "Li", "Wu"): unless the text also writes it in lower case, as it does the
   * common words that open a sentence ("In", "Do", "An").
   */
  private static boolean isShortName(String body, String lowerBody, String word,
      Map<String, Boolean> memo) {
    return word.length() == 2 && Character.isUpperCase(word.charAt(0))
        && Character.isLowerCase(word.charAt(1)) && memo.computeIfAbsent(word,
            w -> !writtenInLowerCase(body, lowerBody, w));
  }

  /**
   * Whether a one-word mention that is no person is a word of a person's name in this text: a
   * country only as a surname ("Jordan" after "Michael Jordan"), anything else as any word.
   */
  private static boolean isWordOfAPersonsName(TypedMention g, String text, People people) {
    return g.type() != EntityType.PERSON && g.type() != EntityType.MINISTRY
        && !text.contains(" ") && (g.type() == EntityType.COUNTRY ? people.surnames()
            : people.lower()).contains(text.toLowerCase(Locale.ROOT));
  }

  /** Whether the text writes a word in lower case somewhere, as a word of its own. */
  static boolean writtenInLowerCase(String body, String lowerBody, String word) {
    return writtenInLowerCase(body, lowerBody, word, at -> true);
  }

  /**
   * Whether the text writes a word in lower case somewhere, as a word of its own, at an offset
   * that {@code counts} accepts.
   */
  static boolean writtenInLowerCase(String body, String lowerBody, String word,
      IntPredicate counts) {
    String lower = word.toLowerCase(Locale.ROOT);
    for (int at = lowerBody.indexOf(lower); at >= 0; at = lowerBody.indexOf(lower, at + 1)) {
      int end = at + lower.length();
      if (body.startsWith(lower, at) && (at == 0 || !Character.isLetter(body.charAt(at - 1)))
          && (end == body.length() || !Character.isLetter(body.charAt(end)))
          && counts.test(at)) {
        return true;
      }
    }
    return false;
  }


  /** Whether a preposition of place comes right before an offset ("fans in Liverpool"). */
  static boolean afterPlacePreposition(String body, int start) {
    return PLACE_BEFORE.matcher(body).useTransparentBounds(true)
        .region(Math.max(0, start - PLACE_WINDOW), start).find();
  }

  /** Whether the text between two offsets is whitespace only (no line break). */
  static boolean onlySpaces(String body, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = body.charAt(i);
      if (c != ' ' && c != '\u00A0') {
        return false;
      }
    }
    return from < to;
  }
}
