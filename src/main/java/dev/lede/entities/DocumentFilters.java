package dev.lede.entities;

import dev.lede.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The document stage's removals, before its other decisions: what looks like a name and names no
 * entity. Storm names, and every later bare "Helga" after "Storm Helga"; tickers and their
 * exchanges in parentheses ("(NYSE: JPM)"); a one-word person in capitals in lower-case text
 * ("LIBOR", a wire's "REUTER"); a grade of crude oil written alone ("Brent rose"
 * after "Brent crude"); a kind of organisation that opens a sentence before a lower-case word
 * ("Union president", "Bank officials"), unless an organisation of the text is named by it
 * ("Commission officials" beside "the European Commission"). Split from {@link DocumentPass} in
 * stop 33, when that class reached 700 lines.
 *
 * <p>Thread-safe: holds only immutable data.
 */
final class DocumentFilters {

  /** A name's first word before "of": "Bank" of "Bank of England". */
  private static final Pattern OPENING_HEAD = Pattern.compile("(\\p{Lu}\\p{L}+)\\s+of\\s");
  /**
   * A stock's ticker in parentheses, with its exchange ("(NYSE: JPM)") or as a Reuters code
   * ("(NVDA.O)"): market data, no mention of the company or the exchange.
   */
  static final Pattern TICKER = Pattern.compile("\\(\\s*(?:[A-Z][A-Za-z]{1,8}\\s*:\\s*"
      + "[A-Z][A-Z0-9.]{0,7}|[A-Z0-9]{1,6}\\.[A-Z]{1,2})\\s*\\)");
  /** Words before a storm's name: a storm is an event, its name no entity ("Storm Helga"). */
  private static final Pattern STORM_BEFORE = Pattern.compile(
      "(?:Storm|Hurricane|Typhoon|Cyclone|Tropical Storm|Tropical Depression)\\s+\\z");
  /** A storm's word and its one-word name anywhere in a text: "Storm Helga", "Hurricane Oskar". */
  private static final Pattern STORM_NAMED = Pattern.compile(
      "\\b(?:Storm|Hurricane|Typhoon|Cyclone|Tropical Depression)\\s+(\\p{Lu}\\p{Ll}+)\\b");
  private static final Pattern STORM_INSIDE = Pattern.compile(
      "\\A(?:Storm|Hurricane|Typhoon|Cyclone|Tropical Storm)\\s+(\\p{Lu}\\p{L}+)\\z");
  /** Dotted initials, the last full stop optional: "W.H.O.", "W.H.O". */
  private static final Pattern DOTTED_INITIALS = Pattern.compile("(?:\\p{Lu}\\.)+\\p{Lu}\\.?");
  /** A lower-case word after a mention. */
  private static final Pattern LOWER_WORD_AFTER = Pattern.compile("\\s+\\p{Ll}");

  private DocumentFilters() {}

  /**
   * Whether an offset is inside one of the ranges (start and end offsets, in text order, none
   * overlapping: a text's headlines, its tickers): a binary search, as a long text has thousands
   * of them and asks for each of its mentions and tokens.
   */
  static boolean inside(int offset, List<int[]> ranges) {
    int lo = 0;
    int hi = ranges.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int[] r = ranges.get(mid);
      if (offset < r[0]) {
        hi = mid - 1;
      } else if (offset >= r[1]) {
        lo = mid + 1;
      } else {
        return true;
      }
    }
    return false;
  }

  /** Tickers and their exchanges in parentheses are market data, no mentions ("(NYSE: JPM)"). */
  static List<TypedMention> withoutTickers(String body, List<TypedMention> found) {
    List<int[]> tickers = tickers(body);
    if (tickers.isEmpty()) {
      return found;
    }
    List<TypedMention> kept = new ArrayList<>(found.size());
    for (TypedMention f : found) {
      if (!inside(f.start(), tickers)) {
        kept.add(f);
      }
    }
    return kept;
  }

  /** The start and end offsets of the text's tickers. */
  static List<int[]> tickers(String body) {
    List<int[]> out = new ArrayList<>();
    for (Matcher m = TICKER.matcher(body); m.find(); ) {
      out.add(new int[] {m.start(), m.end()});
    }
    return out;
  }

  /**
   * Whether the tokenizer split the last full stop off token i, as it does off a dotted
   * abbreviation that it does not know ("I.R.C.F" ".", "I.R.C.F" ".'s"): the next token starts
   * right after it with a full stop alone or before a possessive.
   */
  static boolean fullStopSplitOff(List<Token> tokens, int i) {
    if (i + 1 >= tokens.size() || tokens.get(i + 1).start() != tokens.get(i).end()) {
      return false;
    }
    String next = tokens.get(i + 1).text();
    return next.equals(".") || next.startsWith(".") && NameWords.isPossessive(next.substring(1));
  }

  /**
   * Dotted initials without their full stops ("WHO" for "W.H.O" or "W.H.O."), by which the text
   * may have defined them, or null for any other word.
   */
  static @Nullable String undotted(String word) {
    return DOTTED_INITIALS.matcher(word).matches() ? word.replace(".", "") : null;
  }

  /** Whether nothing, or a sentence's end, a quote, a dash or a line break, comes before. */
  static boolean opensSentence(String body, int start) {
    int i = start - 1;
    while (i >= 0 && (body.charAt(i) == ' ' || body.charAt(i) == '\u00A0')) {
      i--;
    }
    return i < 0 || ".!?\"“”—\n\r".indexOf(body.charAt(i)) >= 0;
  }

  /**
   * The organisations that their head word alone names in a text, by that word, and the head
   * words the text also writes in lower case.
   *
   * @param byWord the organisations of each head word, in text order, one per name
   * @param lowerCase the head words the text also writes in lower case
   */
  record HeadNames(Map<String, List<TypedMention>> byWord, Set<String> lowerCase) {

    /**
     * The organisation that the head word {@code word} at offset {@code at} names, or null: the
     * one {@link #namedByHead} picks, unless the text also writes the word in lower case and it
     * opens its sentence, where the capital may be the sentence's ("Bank officials said" beside
     * "a small bank in Leeds"; "the Bank said" is the Bank of England still).
     */
    @Nullable TypedMention named(String body, String word, int at) {
      List<TypedMention> organisations = byWord.get(word);
      return organisations == null || lowerCase.contains(word) && opensSentence(body, at)
          ? null : namedByHead(organisations, at);
    }
  }

  /**
   * The organisations that their head word alone names in this text ("Commission" for "European
   * Commission", "Bank" for "Bank of England", "Ministry" for "Finance Ministry"), by that word,
   * in text order, one per name: an organisation or ministry of two words or more that ends in a
   * kind of organisation ({@link NameWords#ORG_HEADS}, and for a ministry {@link
   * NameWords#MINISTRY_HEADS}) or opens with one before "of". A word the text also writes in lower
   * case ("a union of workers", "a bank in Leeds") names it only where it opens no sentence
   * ({@link HeadNames#named}). Which one a head word names where several share it is {@link
   * #namedByHead}'s to say.
   */
  static HeadNames headNames(String body, String lowerBody, List<TypedMention> found) {
    Map<String, List<TypedMention>> heads = new HashMap<>();
    Map<String, Set<String>> names = new HashMap<>();
    for (TypedMention f : found) {
      String text = body.substring(f.start(), f.end());
      int space = text.lastIndexOf(' ');
      boolean ministry = f.type() == EntityType.MINISTRY;
      if (f.type() != EntityType.ORGANIZATION && !ministry || space < 0) {
        continue;
      }
      String key = EntityClusterer.organisationKey(text);
      for (String head : new String[] {text.substring(space + 1), openingHead(text)}) {
        String lower = head.toLowerCase(Locale.ROOT);
        if (!head.isEmpty() && Character.isUpperCase(head.charAt(0))
            && (NameWords.ORG_HEADS.contains(lower)
                || ministry && NameWords.MINISTRY_HEADS.contains(lower))
            && names.computeIfAbsent(head, h -> new HashSet<>()).add(key)) {
          heads.computeIfAbsent(head, h -> new ArrayList<>()).add(f);
        }
      }
    }
    Set<String> lowerCase = new HashSet<>();
    for (String h : heads.keySet()) {
      if (DocumentPass.writtenInLowerCase(body, lowerBody, h)) {
        lowerCase.add(h);
      }
    }
    return new HeadNames(heads, lowerCase);
  }

  /** The first word of a name that goes on with "of" ("Bank" of "Bank of England"), or "". */
  private static String openingHead(String name) {
    Matcher m = OPENING_HEAD.matcher(name);
    return m.lookingAt() ? m.group(1) : "";
  }

  /**
   * The organisation that a head word at {@code at} names: the one of its name, or, where two
   * names share it ("European Commission", "Electoral Commission"), the one named last before
   * it; none before the first of two.
   */
  static @Nullable TypedMention namedByHead(List<TypedMention> organisations, int at) {
    TypedMention before = null;
    for (TypedMention o : organisations) {
      if (o.start() < at) {
        before = o;
      }
    }
    return before != null || organisations.size() > 1 ? before : organisations.get(0);
  }

  /**
   * A kind of organisation that opens a sentence before a lower-case word is the common noun,
   * capitalised by its place: "Union president Cecily Myart-Cruz said", "Club chairman ...",
   * "Bank officials said" hold no organisation's name; unless the text names an organisation
   * by that word ({@link #headNames}: "Commission officials said" beside "the European
   * Commission").
   */
  static List<TypedMention> withoutKindWords(String body, List<TypedMention> found,
      HeadNames headNames) {
    List<TypedMention> kept = new ArrayList<>(found.size());
    for (TypedMention f : found) {
      String text = body.substring(f.start(), f.end());
      boolean kindWord = f.type() == EntityType.ORGANIZATION && f.canonical() == null
          && headNames.named(body, text, f.start()) == null
          && NameWords.ORG_KINDS.contains(text.toLowerCase(Locale.ROOT))
          && opensSentence(body, f.start())
          && LOWER_WORD_AFTER.matcher(body).region(f.end(), body.length()).lookingAt();
      if (!kindWord) {
        kept.add(f);
      }
    }
    return kept;
  }

  /**
   * A one-word person written in capitals on a line that is not ("over LIBOR", "SONIA rose", a
   * wire's sign-off "REUTER" after the last sentence or on a line of its own) is no mention:
   * such a word is an acronym, a rate's or an agency's, not a person's name, which prose writes
   * in sentence case. A line in capitals (a headline) keeps it, and so does a person of the text
   * written so ("OKAFOR" after "Greta Okafor") or by its initials ("AH" after "Ann Holm"), and
   * a word that the text defines in parentheses or that another mention types otherwise, which
   * the pass makes that organisation ("RMJ" beside "RMJ said" read as one).
   */
  static List<TypedMention> withoutPersonsInCapitals(String body, List<TypedMention> found) {
    Set<String> personWords = null; // made at the first capitals, most texts have none
    List<TypedMention> kept = new ArrayList<>(found.size());
    for (TypedMention f : found) {
      String text = body.substring(f.start(), f.end());
      if (f.type() == EntityType.PERSON && text.length() >= 2
          && text.chars().allMatch(Character::isUpperCase) && lowerCaseLine(body, f)) {
        if (personWords == null) {
          personWords = personWordsAndInitials(body, found);
        }
        if (!personWords.contains(text)) {
          continue;
        }
      }
      kept.add(f);
    }
    return kept;
  }

  /**
   * A text's one-word person or unlisted place that opens a sentence and that the text also
   * writes as a common word, in lower case, is no name ("grow sorghum. Sorghum needs water", "vast
   * plains. Plains cover it"): the capital is the sentence's. It stays a name where the text
   * also names it inside a sentence or inside a longer person's name ("met Sorghum later", "Ada
   * Teapot"); listed places keep their canonical name and stay ("Reading"); and so do listed
   * given names and surnames, which web text writes in lower case ("Julie wrote. i told julie").
   */
  static List<TypedMention> withoutCommonWordsOpeningSentences(String body,
      List<TypedMention> found, Predicate<String> listedName, Predicate<String> givenName) {
    Set<String> named = null; // made at the first candidate, most texts have none
    String lowerBody = null;
    Map<String, Boolean> common = new HashMap<>(); // each word's lower case sought once
    List<TypedMention> kept = new ArrayList<>(found.size());
    for (TypedMention f : found) {
      String text = body.substring(f.start(), f.end());
      if ((f.type() == EntityType.PERSON || f.type() == EntityType.LOCATION)
          && f.canonical() == null && text.length() > 1 && Character.isUpperCase(text.charAt(0))
          && text.chars().allMatch(Character::isLetter) && opensSentence(body, f.start())) {
        if (named == null) {
          named = namedInsideSentences(body, found);
          lowerBody = body.toLowerCase(Locale.ROOT);
        }
        String lower = lowerBody;
        if (!named.contains(text) && !listedName.test(text) && common.computeIfAbsent(text,
            w -> writtenAsCommonWord(body, lower, w, givenName))) {
          continue;
        }
      }
      kept.add(f);
    }
    return kept;
  }

  /** A word that speaks right after a name written in lower case: "azpurua said". */
  private static final Pattern SPEAKS_AFTER = Pattern.compile("\\A\\s+(?:said|says|told)\\b");

  /**
   * Whether the text writes a word in lower case as a common word somewhere: not as a name, which
   * all-lowercase copy writes after a given name ("finance minister manuel azpurua") or before
   * "said" ("azpurua said").
   */
  private static boolean writtenAsCommonWord(String body, String lowerBody, String word,
      Predicate<String> givenName) {
    return DocumentPass.writtenInLowerCase(body, lowerBody, word, at -> {
      String before = NameWords.wordBefore(body, at);
      return !(before != null && !before.isEmpty() && givenName.test(capitalised(before)))
          && !SPEAKS_AFTER.matcher(body).region(at + word.length(), body.length()).lookingAt();
    });
  }

  private static String capitalised(String word) {
    return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
  }

  /** The words of the mentions of several words, and the one-word mentions inside a sentence. */
  private static Set<String> namedInsideSentences(String body, List<TypedMention> found) {
    Set<String> out = new HashSet<>();
    for (TypedMention f : found) {
      String text = body.substring(f.start(), f.end());
      if (text.contains(" ")) {
        out.addAll(List.of(text.split("\\s+")));
      } else if (!opensSentence(body, f.start())) {
        out.add(text);
      }
    }
    return out;
  }

  /** Whether f's line, f left out, has a lower-case letter or no letter at all. */
  private static boolean lowerCaseLine(String body, TypedMention f) {
    int from = body.lastIndexOf('\n', f.start() - 1) + 1;
    int to = body.indexOf('\n', f.end());
    String rest = body.substring(from, f.start()) + body.substring(f.end(), to < 0
        ? body.length() : to);
    return rest.chars().anyMatch(Character::isLowerCase)
        || rest.chars().noneMatch(Character::isLetter);
  }

  /**
   * The words of the text's people of two words or more, in capitals, and their initials; and
   * the text of every mention that is no person, and the abbreviation defined after it.
   */
  private static Set<String> personWordsAndInitials(String body, List<TypedMention> found) {
    Set<String> out = new HashSet<>();
    for (TypedMention f : found) {
      String text = body.substring(f.start(), f.end());
      if (f.type() != EntityType.PERSON) {
        out.add(text);
        Matcher m = DocumentPass.ABBREVIATION.matcher(body).region(f.end(),
            Math.min(body.length(), f.end() + 16));
        if (m.lookingAt()) {
          out.add(m.group(1)); // "(RMJ)" after "RMJ Holdings Corp"
        }
      } else if (text.contains(" ")) {
        StringBuilder firsts = new StringBuilder();
        for (String w : text.split("[\\s-]+")) {
          out.add(w.toUpperCase(Locale.ROOT));
          firsts.append(w.isEmpty() ? "" : w.substring(0, 1).toUpperCase(Locale.ROOT));
        }
        out.add(firsts.toString());
        out.add(EntityClusterer.initials(text));
      }
    }
    return out;
  }

  /**
   * A grade of crude oil the text names ("Brent crude", which {@link ProductNames} leaves no
   * mention) is the oil where its word stands alone too ("Brent has gained 10 percent", "Brent
   * could rise"): a one-word person or place of that word is no mention, unless a place stands
   * there ({@link PlaceContext}: "traders in Brent"). A word that some sentence kept as a
   * mention before "crude" (a country, a producer: "Iraq crude exports") is left alone.
   */
  static List<TypedMention> withoutCrudeGrades(String body, List<TypedMention> found) {
    Set<String> grades = new HashSet<>();
    for (Matcher m = ProductNames.ONE_WORD_PRODUCT.matcher(body); m.find(); ) {
      int at = m.start(1);
      if (found.stream().noneMatch(f -> f.start() <= at && at < f.end())) {
        grades.add(m.group(1));
      }
    }
    if (grades.isEmpty()) {
      return found;
    }
    List<TypedMention> kept = new ArrayList<>(found.size());
    TypedMention previous = null;
    for (TypedMention f : found) {
      boolean grade = (f.type() == EntityType.PERSON || f.type() == EntityType.LOCATION)
          && !f.usState() && grades.contains(body.substring(f.start(), f.end()))
          && !PlaceContext.readsAsPlace(body, previous, f);
      if (!grade) {
        kept.add(f);
      }
      previous = f;
    }
    return kept;
  }

  /** A suffix that follows a person's name, never a name of its own: "Jr.", "Esq.", "III". */
  private static final Pattern NAME_SUFFIX = Pattern.compile(
      "(?:Jr|Jnr|Sr|Snr|Esq|II|III|IV)\\.?");

  /**
   * A person mention that is only a name's suffix is none: the model reads "Jr." of "Arcade
   * Okafor, Jr." and "Esq." of "Howard Brenner, Esq." as people of their own, and "Snr." of a
   * police rank ("Snr. Comr.") too.
   */
  static List<TypedMention> withoutNameSuffixes(String body, List<TypedMention> found) {
    List<TypedMention> kept = new ArrayList<>(found.size());
    for (TypedMention f : found) {
      if (f.type() != EntityType.PERSON || !NAME_SUFFIX.matcher(body).region(f.start(), f.end())
          .matches()) {
        kept.add(f);
      }
    }
    return kept;
  }

  /**
   * One word of two capitalised parts of three letters or more ("SeaMicro", "CrossLand"), the
   * first no surname's prefix ("MacArthur", "FitzGerald"): a company's way of writing its name.
   */
  private static final Pattern CAMEL_CASE = Pattern.compile(
      "(?!Mac|Van|Von|Fitz|Ben|Abu|Ibn|Del)\\p{Lu}\\p{Ll}{2,}\\p{Lu}\\p{Ll}{2,}");

  /**
   * A one-word person or place no list knows written in camel case is an organisation ("AMD
   * bought SeaMicro", "CrossLand said", "according to ChipWatch"): people's and places' names join
   * their parts so only after a short prefix ("LeBron", "McArdle", "DiNapoli", "DeKalb") or one
   * of a few longer ones ("MacArthur"). A handle after "@" is left as it is.
   */
  static List<TypedMention> withCamelCaseCompanies(String body, List<TypedMention> found) {
    List<TypedMention> out = new ArrayList<>(found.size());
    for (TypedMention f : found) {
      if ((f.type() == EntityType.PERSON || f.type() == EntityType.LOCATION)
          && f.canonical() == null
          && (f.start() == 0 || body.charAt(f.start() - 1) != '@')
          && CAMEL_CASE.matcher(body).region(f.start(), f.end()).matches()) {
        out.add(new TypedMention(f.start(), f.end(), EntityType.ORGANIZATION, null, null, false));
      } else {
        out.add(f);
      }
    }
    return out;
  }

  /** A name's last word that is an abbreviation written with its full stop: "Inc.", "Jr.". */
  private static final Pattern ABBREVIATED_END =
      Pattern.compile("\\s(?:Inc|Corp|Ltd|Co|Bros|Jr|Sr)\\z");

  /**
   * Gives a name that ends in an abbreviation its full stop where the full stop also ends a
   * paragraph or the text: "a strategist at Tempus Inc." ending a paragraph was "Tempus Inc",
   * while the same name ending a sentence inside a paragraph keeps it ("Tempus Inc. The firm"),
   * as the abbreviation is written so either way.
   *
   * @param body the text the offsets point into
   * @param found the mentions, in text order
   * @return the mentions, such names with their full stop
   */
  static List<TypedMention> withAbbreviationStops(String body, List<TypedMention> found) {
    List<TypedMention> out = new ArrayList<>(found.size());
    for (TypedMention f : found) {
      boolean stop = (f.type() == EntityType.ORGANIZATION || f.type() == EntityType.PERSON)
          && f.end() < body.length() && body.charAt(f.end()) == '.'
          && ABBREVIATED_END.matcher(body).region(f.start(), f.end()).find();
      out.add(stop ? new TypedMention(f.start(), f.end() + 1, f.type(), f.canonical(), f.code(),
          f.usState()) : f);
    }
    return out;
  }

  /** A plus sign written against a name and ending it: "Disney+", "Canal+". */
  private static final Pattern PLUS_AFTER = Pattern.compile("\\A\\+(?![\\p{L}\\p{N}+])");

  /**
   * Gives an organisation written with a plus sign against its last word its sign: "Disney+",
   * "ESPN+", "Apple TV+" and "Canal+" are names of their own (a streaming service, a broadcaster),
   * not the company the sign follows, which the model read alone ("Disney").
   *
   * @param body the text the offsets point into
   * @param found the mentions, in text order
   * @return the mentions, such names with their sign
   */
  static List<TypedMention> withPlusSigns(String body, List<TypedMention> found) {
    List<TypedMention> out = new ArrayList<>(found.size());
    for (TypedMention f : found) {
      boolean plus = f.type() == EntityType.ORGANIZATION
          && PLUS_AFTER.matcher(body).region(f.end(), body.length()).lookingAt();
      out.add(plus ? new TypedMention(f.start(), f.end() + 1, f.type(), null, f.code(),
          f.usState()) : f);
    }
    return out;
  }

  /** Party members' plural ending a name: "Virginia Democrats", "House Republicans". */
  private static final Pattern PARTY_MEMBERS =
      Pattern.compile("\\s+(?:Democrats|Republicans)\\z");
  /** Chambers whose party members are named by the chamber: "House Democrats". */
  private static final Set<String> CHAMBERS = Set.of("House", "Senate", "Congress", "Assembly");

  /**
   * Names a chamber or a US state by itself where the model read its party's members as one
   * organisation: the guidelines make party members ("a Democrat") no entity, and the words
   * before them name what they name everywhere: "Virginia Democrats won" is the state Virginia,
   * "House Democrats" the House. A party named so stays whole: "Liberal Democrats", "Sweden
   * Democrats", "Social Democrats" (no US state or chamber before the members' word).
   *
   * @param body the text the offsets point into
   * @param found the mentions, in text order
   * @param gazetteer the lists, for US states
   * @return the mentions, party members cut to their state or chamber
   */
  static List<TypedMention> withoutPartyMembers(String body, List<TypedMention> found,
      Gazetteer gazetteer) {
    List<TypedMention> out = new ArrayList<>(found.size());
    for (TypedMention f : found) {
      Matcher m = f.type() == EntityType.ORGANIZATION
          ? PARTY_MEMBERS.matcher(body).region(f.start(), f.end()) : null;
      if (m == null || !m.find()) {
        out.add(f);
        continue;
      }
      String head = body.substring(f.start(), m.start());
      int end = m.start();
      if (CHAMBERS.contains(head)) {
        out.add(new TypedMention(f.start(), end, EntityType.ORGANIZATION, null, null, false));
        continue;
      }
      Gazetteer.Sense state = usState(gazetteer, head);
      out.add(state == null ? f
          : new TypedMention(f.start(), end, EntityType.LOCATION, state.canonical(), null, true));
    }
    return out;
  }

  private static Gazetteer.@Nullable Sense usState(Gazetteer gazetteer, String name) {
    for (PhraseTrie.Entry<Gazetteer.Sense> e : gazetteer.phrases.get(name)) {
      if (e.value().kind() == Gazetteer.Kind.REGION && "US".equals(e.value().code())) {
        return e.value();
      }
    }
    return null;
  }

  /** A capitalised word that ends a name: "Economy" of "U.S. Economy". */
  private static final Pattern LAST_WORD = Pattern.compile("\\s+(\\p{Lu}\\p{Ll}+)\\z");
  /** Diplomatic missions, which are bodies of their state though no head makes them so. */
  private static final Set<String> MISSIONS = Set.of("embassy", "embassies", "consulate",
      "mission", "delegation");

  /**
   * Names the country alone where the model read it and a capitalised common word as one
   * organisation: "The U.S. Economy grew", "the U.S. Government urged" (the word also written in
   * lower case in the text, "the economy", "a government source"). Not an organisation's head
   * or an event's ("U.S. Army", "U.S. Open"), a mission ("U.S. Embassy") or a listed name
   * ("U.S. Steel"), whatever the text writes in lower case.
   *
   * @param body the text the offsets point into
   * @param found the mentions, in text order
   * @param gazetteer the lists, for countries and listed names
   * @return the mentions, such organisations cut to their country
   */
  static List<TypedMention> withoutWordsAfterCountries(String body, List<TypedMention> found,
      Gazetteer gazetteer) {
    List<TypedMention> out = new ArrayList<>(found.size());
    String lowerBody = null; // made at the first country and word, most texts have none
    for (TypedMention f : found) {
      Matcher m = f.type() == EntityType.ORGANIZATION
          ? LAST_WORD.matcher(body).region(f.start(), f.end()) : null;
      Gazetteer.Sense country = m != null && m.find()
          ? country(gazetteer, body.substring(f.start(), m.start())) : null;
      String word = country == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
      if (country != null && lowerBody == null) {
        lowerBody = body.toLowerCase(Locale.ROOT);
      }
      if (country == null || NameWords.ORG_HEADS.contains(word) || MISSIONS.contains(word)
          || NameWords.EVENT_HEADS.contains(m.group(1))
          || gazetteer.namesSomething(body.substring(f.start(), f.end()))
          || !DocumentPass.writtenInLowerCase(body, lowerBody, word)) {
        out.add(f);
        continue;
      }
      out.add(new TypedMention(f.start(), m.start(), EntityType.COUNTRY, country.canonical(),
          country.code(), false));
    }
    return out;
  }

  /** A country written exactly as the lists write it ("U.S.", not the "Us" of "Us Weekly"). */
  private static Gazetteer.@Nullable Sense country(Gazetteer gazetteer, String name) {
    for (PhraseTrie.Entry<Gazetteer.Sense> e : gazetteer.phrases.get(name)) {
      if (e.value().kind() == Gazetteer.Kind.COUNTRY && e.phrase().equals(name)) {
        return e.value();
      }
    }
    return null;
  }

  /** Storms are events: "Storm Helga" and every later bare "Helga" are no entities. */
  static List<TypedMention> withoutStorms(String body, List<TypedMention> found) {
    Set<String> storms = new HashSet<>();
    for (TypedMention f : found) {
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
    // the text's own "Storm Helga" names the storm even where no stage read a mention there
    // (the tagger need not tag a name after its storm word), and every later bare "Helga" is
    // the storm
    Matcher named = STORM_NAMED.matcher(body);
    while (named.find()) {
      storms.add(named.group(1));
    }
    if (storms.isEmpty()) {
      return found;
    }
    List<TypedMention> kept = new ArrayList<>(found.size());
    for (TypedMention f : found) {
      String text = body.substring(f.start(), f.end());
      boolean stormWord = text.equals("Storm") || text.equals("Hurricane")
          || text.equals("Typhoon") || text.equals("Cyclone");
      // a storm's name as the last word of a person ("T C Phailin": Tropical Cyclone Phailin
      // abbreviated) would come back through the person's surname in every later "Phailin"
      String last = NameFeatures.stripPossessive(text.substring(text.lastIndexOf(' ') + 1));
      boolean stormPerson = f.type() == EntityType.PERSON && storms.contains(last);
      if (f.code() != null || !(storms.contains(text) || stormWord || stormPerson)) {
        kept.add(f);
      }
    }
    return kept;
  }
  /** A capitalised "The" and one space right before a mention. */
  private static final Pattern THE_BEFORE = Pattern.compile("The \\z");

  /**
   * Organisations take a capitalised "The" written right before them inside a sentence: "by The
   * New York Times", "renamed itself The Orbit Company", "the monthly, The Ledger Report". The
   * guidelines keep a "The" that belongs to the name inside it, and within a sentence only the
   * name's own "The" is capitalised; the model and the lists leave it out. A "The" that opens a
   * sentence, a quotation, a clause after a colon or a list's item ("-- The Kodak disk") is the
   * sentence's article, as is one in a headline, where every word is capitalised; there it joins
   * a name only where the text writes that name with it inside a sentence too.
   *
   * @param body the text the offsets point into
   * @param found the mentions, in text order
   * @param headlines the start and end offsets of the sentences written in headline case
   * @return the mentions, organisations after such a "The" starting at it
   */
  static List<TypedMention> withCapitalisedThe(String body, List<TypedMention> found,
      List<int[]> headlines) {
    Set<String> withThe = new HashSet<>();
    boolean[] afterThe = new boolean[found.size()];
    for (int i = 0; i < found.size(); i++) {
      TypedMention f = found.get(i);
      int the = f.start() - 4;
      afterThe[i] = f.type() == EntityType.ORGANIZATION && the >= 0
          && THE_BEFORE.matcher(body).region(the, f.start()).lookingAt()
          && !(the > 0 && Character.isLetterOrDigit(body.charAt(the - 1)))
          && !inside(the, headlines);
      if (afterThe[i] && insideASentence(body, the)) {
        withThe.add(body.substring(f.start(), f.end()));
      }
    }
    if (withThe.isEmpty()) {
      return found;
    }
    List<TypedMention> out = new ArrayList<>(found.size());
    for (int i = 0; i < found.size(); i++) {
      TypedMention f = found.get(i);
      out.add(afterThe[i] && withThe.contains(body.substring(f.start(), f.end()))
          ? new TypedMention(f.start() - 4, f.end(), f.type(), f.canonical(), f.code(),
              f.usState())
          : f);
    }
    return out;
  }

  /** Whether a word, a comma or a semicolon comes right before the word at {@code start}. */
  private static boolean insideASentence(String body, int start) {
    int i = start - 1;
    while (i >= 0 && (body.charAt(i) == ' ' || body.charAt(i) == '\u00A0')) {
      i--;
    }
    return i >= 0 && (Character.isLetterOrDigit(body.charAt(i)) || body.charAt(i) == ','
        || body.charAt(i) == ';');
  }
}
