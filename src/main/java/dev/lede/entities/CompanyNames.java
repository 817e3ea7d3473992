package dev.lede.entities;

import static dev.lede.entities.NameWords.PARTICLES;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The document stage's companies: names that the text shows to be a company's, though a sentence
 * read them as a person or a place. Organisations named after people or towns are organisations
 * whole ({@code ENTITY-GUIDELINES.md}), and the model, which learnt "Eli Lilly" and "Bloomsbury"
 * as a person and a district, cannot tell from one sentence; the market words of a business
 * story can: "shares in GoTo", "Lilly shares fell", "Eli Lilly (NYSE: LLY)", "analysts at Peel
 * Hunt", "Tata's chief executive". Such a name is the company there and wherever else the text
 * writes it; a company read as a person is named by the first or last word of its name alone
 * too ("Lilly" after "Eli Lilly", "Mistral" after "Mistral AI"), and so is a company named after
 * its founder by the surname read as a person ("Schwab" after "Charles Schwab"); a company whose
 * name is one word and the form of a business ("Bloomsbury Publishing", "Ford Motor Company") is
 * named by that word alone; a person's name that ends in such a form is a firm ("Warner Bros.");
 * and a legal form after a company's name is part of it ("Deutsche Lufthansa AG"); a name of two
 * words or more written with its legal form or a club's designator names it without too
 * ("Kelburn Thistle" after "Kelburn Thistle Football Club"). A listed town with market words
 * around it that opens a company's name of the text is that company ("shares in Wrexham" after
 * "Wrexham Foods"; a big city has a market: "shares in Frankfurt"). A place after a preposition
 * of place stays the place ("offices in Bloomsbury"), and a word of a person's name in the
 * text stays that person's.
 *
 * <p>Thread-safe: holds only immutable data.
 */
final class CompanyNames {

  /** Market words before a company's name: "shares in", "a stake in", "analysts at". */
  private static final Pattern BEFORE = Pattern.compile("(?i:\\b(?:shares|stock|stake|stakes"
      + "|shareholders|bonds)\\s+(?:in|of)|\\banalysts?\\s+at)\\s+(?:the\\s+)?\\z");
  /** How far before a mention, in chars, {@link #BEFORE} looks. */
  private static final int BEFORE_WINDOW = 28;
  /** Verbs of a share price: "shares fell", not "shares his view". */
  private static final String MOVED = "(?:rose|fell|jumped|climbed|dropped|slid|gained|lost"
      + "|surged|soared|tumbled|sank|slumped|rallied|plunged|closed|ended|traded|were|have|had"
      + "|are|rise|fall|jump|gain)";
  /**
   * Market and corporate words after a company's name: "Lilly shares fell", "Tata's chief
   * executive", "Netflix's market value", "Ford chief executive Jim Farley", a ticker, "said in
   * its weekly review"; a person has no share price, board of directors or founder, and speaks
   * in his or her own report.
   */
  private static final Pattern AFTER = Pattern.compile("\\A(?:(?:['’]s)?\\s+(?:shares|stock)\\s+"
      + MOVED + "\\b|['’]s\\s+(?:share\\s+price|stock\\s+price|market\\s+value|chief\\s+executive"
      + "|CEO|chief\\s+financial\\s+officer|board\\s+of\\s+directors|shareholders|headquarters"
      + "|subsidiary)\\b|\\s+(?:chief\\s+executive|CEO|chairman|chairwoman|founder|co-founder)"
      + "\\s+\\p{Lu}|\\s*\\(\\s*(?:[A-Z][A-Za-z]{1,8}\\s*:\\s*[A-Z][A-Z0-9.]{0,7}"
      + "|[A-Z0-9]{1,6}\\.[A-Z]{1,2})\\s*\\)"
      // "Comissaria Smith said in its weekly review": a person speaks in his or her own
      + "|\\s+(?:said|says|reported)\\s+in\\s+its\\s+(?!defen[cs]e\\b)\\p{L})");
  /** How far after a mention, in chars, {@link #AFTER} looks. */
  private static final int AFTER_WINDOW = 40;
  /**
   * A company's deed right after its subject: "bought a rival", "acquired", "merged with",
   * "was listed", "cut 300 jobs", "reported a record profit"; not a person's own dealings ("sold
   * his house").
   */
  private static final Pattern DEED = Pattern.compile("\\A\\s+(?:(?:has|had|have)\\s+)?(?:"
      + "(?:bought|buys|acquired|acquires|sold|sells|merged|merges)\\b"
      + "(?!\\s+(?:his|her|him|himself|herself|them|their)\\b)"
      + "|(?:was|is|were)\\s+listed\\b|listed\\s+(?:its|on)\\b"
      + "|(?:cut|cuts|shed|sheds|axed|axes|slashed|slashes)\\s+(?:[\\w,.]+\\s+){0,3}jobs\\b"
      + "|(?:reported|reports|posted|posts)\\s+(?:[\\w,.-]+\\s+){0,3}"
      + "(?:profits?|loss|losses|revenues?|sales|earnings)\\b)");
  /** How far after a mention, in chars, {@link #DEED} looks. */
  private static final int DEED_WINDOW = 60;
  /**
   * Words that say only what form of business a name is: "Bloomsbury Publishing", "Ford Motor
   * Company", "Tata Motors" are "Bloomsbury", "Ford" and "Tata" alone.
   */
  static final Set<String> BUSINESS_FORMS = Set.of("publishing", "publishers", "motor",
      "motors", "company", "co", "co.", "corp", "corp.", "corporation", "inc", "inc.", "ltd",
      "ltd.", "plc", "group", "holdings", "ag", "sa", "se", "nv", "llc", "pharmaceuticals",
      "industries", "entertainment", "bros", "bros.", "brothers", "ai", "labs", "technologies",
      "capital", "partners", "ventures");
  /**
   * A company's legal form after its name, part of the name ("Deutsche Lufthansa AG", "J
   * Sainsbury plc", "Google, Inc."); its full stop is the name's inside a sentence ("Apple Inc.
   * said", "Apple Inc.:"); a hyphenated word is no form ("Acme Co-founder").
   */
  private static final Pattern DESIGNATOR = Pattern.compile("\\A,?[ \\u00A0]+(?:"
      + NameWords.DESIGNATORS + ")(?![\\p{L}\\p{N}&-])"
      + "(?:\\.(?=[ \\u00A0]+\\p{Ll}|[,:;)]))?");
  /**
   * A US bank holding company's word, which ends its name as a legal form does: "First
   * Interstate Bancorp", then "First Interstate".
   */
  private static final Set<String> BANK_FORMS = Set.of("bancorp", "bancorporation",
      "bancshares", "bankshares");
  /**
   * Words that end a company's name before its legal form and that it is named without, besides
   * {@link #BUSINESS_FORMS}: the bank words, and "Enterprises" ("Bell Canada" for "Bell Canada
   * Enterprises Inc.").
   */
  private static final Set<String> STEM_FORMS =
      ImmutableSet.<String>builder().addAll(BANK_FORMS).add("enterprises").build();
  /** A mention that is a legal form alone, which names no one ("Ltd.", "LLC"). */
  private static final Pattern FORM_ALONE = Pattern.compile(
      "(?:Ltd|Limited|GmbH|LLC|Inc|Corp|plc|PLC)\\.?");
  /** A full stop that ends a paragraph after a legal form: the sentence's, not the name's. */
  private static final Pattern FINAL_STOP = Pattern.compile(
      "(?:Ltd|Inc|Corp|Co)\\.(?=\\s*\\z|[ \\u00A0]*\\R)");
  /**
   * An organisation's name of two words or more before its legal form or a club's designator,
   * as encyclopedias introduce it and then write it without ("Kelburn Thistle Football Club",
   * then "Kelburn Thistle"; "Halvorsen Brekke GmbH", then "Halvorsen Brekke").
   */
  private static final Pattern STEM = Pattern.compile("(\\S+\\s+\\S.*?),?\\s+(?:"
      + NameWords.DESIGNATORS + "|Corporation|Incorporated|Company|Football\\s+Club"
      + "|A?F\\.C\\.|A?FC)\\.?");
  /** A run of white space between a name's words. */
  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
  /** Fewest letters of a name's word that names its company alone ("Tata", not "SK"). */
  private static final int MIN_WORD = 3;
  /**
   * A legal form that ends a company's name, its full stop aside: "Bally Manufacturing Corp",
   * "Harlow and Finch Publishers Inc", "Lantern Corp.".
   */
  private static final Pattern LAST_FORM = Pattern.compile(
      "(?:" + NameWords.DESIGNATORS + "|Plc|Corporation|Incorporated|Company)\\.?");
  /** A word that may name a company alone: letters, an apostrophe or a hyphen inside. */
  private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'’-]*\\p{L}");
  /** A preposition of place right before a town: "sales fell in Kelso", not "control of Kelso". */
  private static final Pattern AT_PLACE = Pattern.compile(
      "\\b(?:in|at|near|outside|around|across|through|into|within)\\s+(?:the\\s+)?\\z");
  /**
   * What one holds or puts money in, before "in": "its interest in Kelso", "invested in Kelso",
   * "a holding in Kelso" name the company, not the town ("interest rates in Kelso" do not).
   */
  private static final Pattern HELD_IN = Pattern.compile("(?i:\\b(?:interests?"
      + "|holdings?|investments?|invest|invested|investing|stakes?)\\s+in\\s+(?:the\\s+)?\\z)");
  /** A place after a comma that says where a town is: "Kelso, Scotland". */
  private static final Pattern PLACE_AFTER = Pattern.compile("\\A,\\s*\\p{Lu}");
  /** A capitalised word after a name: "Lantern Inn". */
  private static final Pattern NAME_AFTER = Pattern.compile("\\A[ \\u00A0]+\\p{Lu}");
  /** A capitalised word before a name: "AM International". */
  private static final Pattern NAME_BEFORE = Pattern.compile(
      "(?<![\\p{L}.'’-])\\p{Lu}[\\p{L}.'’-]*[ \\u00A0]+\\z");
  /** How far before a name, in chars, {@link #NAME_BEFORE} looks. */
  private static final int NAME_WINDOW = 40;
  /**
   * What follows a company's short name that opens a sentence: a lower-case word or a
   * possessive ("Lantern said", "Lantern's board"), not a capitalised one ("Lantern Inn hotels").
   */
  private static final Pattern AFTER_SHORT_NAME = Pattern.compile(
      "\\A(?:['’]s\\b|\\s+\\p{Ll}|,\\s+(?:a|an)\\s+\\p{Ll})");
  /** Initials before a company's name: "I P", "A.C.", "J". */
  private static final Pattern INITIAL = Pattern.compile("\\p{Lu}|(?:\\p{Lu}\\.){1,3}");

  private final NameFeatures features;
  private final Gazetteer gazetteer;

  CompanyNames(NameFeatures features, Gazetteer gazetteer) {
    this.features = features;
    this.gazetteer = gazetteer;
  }

  /**
   * The mentions with the text's companies typed as organisations.
   *
   * @param body the body
   * @param found the mentions of every sentence, in text order
   * @return the mentions, in text order
   */
  List<TypedMention> apply(String body, List<TypedMention> found) {
    found = withLegalForms(body, found);
    // names shown to be a company's, by their text; the first mention of each
    Map<String, TypedMention> companies = new HashMap<>();
    // one-word names of those companies, by the word
    Map<String, TypedMention> words = new HashMap<>();
    // surnames of companies named after their founder, which name them only where read as a
    // person ("Washington" after "George Washington University" stays the city)
    Map<String, TypedMention> founders = new HashMap<>();
    // the mentions with market words around them, read once
    Set<TypedMention> cued = new HashSet<>();
    // names written without their legal form or club designator, by that shorter name
    Map<String, TypedMention> stems = new HashMap<>();
    Map<String, TypedMention> openers = openers(body, found);
    for (TypedMention f : found) {
      String text = body.substring(f.start(), f.end());
      TypedMention opened = openers.get(text);
      if (opened != null && f.type() == EntityType.LOCATION && isTown(text)
          && marketWordsAround(body, f)) {
        // "shares in Wrexham" after "Wrexham Foods": a town has no market of its own
        cued.add(f);
        words.putIfAbsent(text, opened);
      } else if (isCued(body, f, text)) {
        cued.add(f);
        companies.putIfAbsent(text, f);
        if (f.type() == EntityType.PERSON) {
          String[] parts = text.split("\\s+");
          if (parts.length >= 2) {
            nameWord(parts[0], f, words);
            nameWord(parts[parts.length - 1], f, words);
          }
        }
      } else if (f.type() == EntityType.ORGANIZATION) {
        Matcher stem = STEM.matcher(text);
        if (stem.matches()) {
          stems.putIfAbsent(stem.group(1), f);
        }
        String[] parts = text.split("\\s+");
        if (parts.length >= 2 && onlyBusinessForms(parts)) {
          nameWord(parts[0], f, words);
        } else if (parts.length == 2 && features.isGivenName(parts[0])
            && !NameWords.ORG_HEADS.contains(parts[1].toLowerCase(Locale.ROOT))) {
          nameWord(parts[1], f, founders); // "Lilly" after "Eli Lilly", "Schwab"
        }
      }
    }
    Map<String, TypedMention> shortNames = shortNames(body, found);
    Map<String, TypedMention> formStems = formStems(body, found);
    if (companies.isEmpty() && words.isEmpty() && founders.isEmpty() && stems.isEmpty()
        && shortNames.isEmpty() && formStems.isEmpty()) {
      return found;
    }
    Set<String> notPeople = new HashSet<>(companies.keySet());
    notPeople.addAll(formStems.keySet());
    Set<String> personWords = personWords(body, found, notPeople);
    shortNames.keySet().removeIf(w -> personWords.contains(w.toLowerCase(Locale.ROOT)));
    List<TypedMention> out = new ArrayList<>(found.size());
    for (TypedMention f : found) {
      String text = body.substring(f.start(), f.end());
      boolean sameName = companies.containsKey(text);
      TypedMention company = sameName ? null : text.contains(" ")
          ? stems.getOrDefault(text, afterTitle(body, f.start()) ? null : formStems.get(text))
          : personWords.contains(text.toLowerCase(Locale.ROOT)) ? null
          : words.getOrDefault(text, f.type() == EntityType.PERSON ? founders.get(text) : null);
      if (f.type() != EntityType.ORGANIZATION && canBeCompany(f)
          && (sameName || company != null)
          && (cued.contains(f) || !(f.type() == EntityType.LOCATION
              && DocumentPass.afterPlacePreposition(body, f.start()))
              || company != null && unlistedPlaceOfWords(f, text))) {
        // the same name joins its company by its text, as every name does; a word of the name
        // by a reference to it
        f = new TypedMention(f.start(), f.end(), EntityType.ORGANIZATION,
            sameName ? null : company.canonical() != null
                && company.type() == EntityType.ORGANIZATION ? company.canonical()
                : "=" + company.start(), null, false);
      } else if (shortNames.containsKey(text) && (f.type() == EntityType.PERSON
          || f.type() == EntityType.LOCATION && !f.usState() && !namesThePlace(body, f))) {
        // "control of Bally" after "Bally Manufacturing Corp", "Harlow said" after "Harlow
        // and Finch Publishers Inc": the company by the first word of its name
        f = new TypedMention(f.start(), f.end(), EntityType.ORGANIZATION,
            DocumentPass.reference(shortNames.get(text)), null, false);
      }
      out.add(f);
    }
    // the name without its legal form where no sentence found it, as the first word alone
    // ("five pct of Northern Star's stock" after "Northern Star Holdings Ltd")
    Map<String, TypedMention> alone = new HashMap<>(shortNames);
    formStems.forEach(alone::putIfAbsent);
    firstTwoWords(body, found).forEach(alone::putIfAbsent);
    return alone.isEmpty() ? out : withShortNames(body, out, alone);
  }

  /**
   * The first words by which the text's companies named with their legal form are named alone,
   * each with the first such company: "Bally" for "Bally Manufacturing Corp", "Harlow" for
   * "Harlow and Finch Publishers Inc". Left out: words shorter than {@value #MIN_WORD} letters,
   * articles, particles, titles, group words, and words the lists know as a country, demonym,
   * region, organisation or a city of {@value Gazetteer#BIG_CITY_POPULATION} people or more
   * ("Texas Meridian Inc", "Boston Harbor Corp": "Texas" and "Boston" alone are the places); a
   * word that opens two companies' names ("Shell Oil Co", "Shell Chemical Co") names neither.
   */
  private Map<String, TypedMention> shortNames(String body, List<TypedMention> found) {
    Map<String, TypedMention> out = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    for (TypedMention f : found) {
      if (f.type() != EntityType.ORGANIZATION) {
        continue;
      }
      String[] parts = body.substring(f.start(), f.end()).split("\\s+");
      int first = 0;
      while (first + 2 < parts.length && INITIAL.matcher(parts[first]).matches()) {
        first++; // "Sharp" for "I P Sharp Associates Ltd", "Goode" for "A.C. Goode and Co"
      }
      String word = parts[first].endsWith(",")
          ? parts[first].substring(0, parts[first].length() - 1) : parts[first];
      String lower = word.toLowerCase(Locale.ROOT);
      if (parts.length < 2 || !LAST_FORM.matcher(parts[parts.length - 1]).matches()
          || word.length() < MIN_WORD || !NAME_WORD.matcher(word).matches()
          || NameWords.ARTICLES.contains(lower) || PARTICLES.contains(lower)
          || NameWords.GROUP_WORDS.contains(lower) || features.isTitle(word) || isListed(word)) {
        continue;
      }
      TypedMention seen = out.putIfAbsent(word, f);
      if (seen != null && !EntityClusterer.organisationKey(body.substring(seen.start(),
          seen.end())).equals(EntityClusterer.organisationKey(body.substring(f.start(),
          f.end())))) {
        ambiguous.add(word);
      }
    }
    out.keySet().removeAll(ambiguous);
    return out;
  }

  /**
   * The names of two words or more that the text's companies named with their legal form have
   * without it and the business words and country before it, each with the first such company:
   * "Morgan Grenfell" for "Morgan Grenfell Group Plc", "Kessel Marlow" for "Kessel Marlow Canada
   * Inc", "First Interstate" for "First Interstate Bancorp" (a bank's word ends a name as a legal
   * form does). Such a name read as a person or a town is the company, since a firm named after its
   * founders reads as a person ("Morgan Grenfell said"), unless a title stands before it ("Mr.
   * Charles Schwab" beside "Charles Schwab Corp").
   */
  private Map<String, TypedMention> formStems(String body, List<TypedMention> found) {
    Map<String, TypedMention> out = new HashMap<>();
    for (TypedMention f : found) {
      if (f.type() != EntityType.ORGANIZATION) {
        continue;
      }
      String[] parts = body.substring(f.start(), f.end()).split("\\s+");
      int end = parts.length;
      while (end > 2 && (LAST_FORM.matcher(parts[end - 1]).matches()
          || BUSINESS_FORMS.contains(parts[end - 1].toLowerCase(Locale.ROOT))
          || STEM_FORMS.contains(parts[end - 1].toLowerCase(Locale.ROOT))
          || end < parts.length && isCountry(parts[end - 1]))) {
        end--;
      }
      String last = parts[parts.length - 1];
      if (end < parts.length && (LAST_FORM.matcher(last).matches()
              || BANK_FORMS.contains(last.toLowerCase(Locale.ROOT)))
          && Arrays.stream(parts, 0, end).allMatch(w -> Character.isUpperCase(w.charAt(0)))) {
        out.putIfAbsent(String.join(" ", Arrays.copyOf(parts, end)), f);
      }
    }
    return out;
  }

  /**
   * The first two words by which the text's companies named with their legal form and two more
   * words or more are named alone, each with the first such company: "Hemlo Gold" for "Hemlo
   * Gold Mines Inc", "Pioneer Sugar" for "Pioneer Sugar Mills Ltd", "Manufacturers Hanover" for
   * "Manufacturers Hanover Trust Co". Business stories name a company by the words that tell it
   * from others and drop those that say what it does; two words, unlike one ("Pioneer"), are
   * seldom a word of another name. Left out: words that are not both capitalised names
   * ("Bank of", "Smith and"), initials, two words that the lists know ("New York Times Co":
   * "New York" is the city) and two words that open two companies' names.
   */
  private Map<String, TypedMention> firstTwoWords(String body, List<TypedMention> found) {
    OpeningNames openings = new OpeningNames(body);
    for (TypedMention f : found) {
      if (f.type() != EntityType.ORGANIZATION) {
        continue;
      }
      String name = body.substring(f.start(), f.end());
      String[] parts = name.split("\\s+");
      if (parts.length < 4 || !LAST_FORM.matcher(parts[parts.length - 1]).matches()
          || !NAME_WORD.matcher(parts[0]).matches() || !NAME_WORD.matcher(parts[1]).matches()
          || INITIAL.matcher(parts[0]).matches()
          || NameWords.ARTICLES.contains(parts[0].toLowerCase(Locale.ROOT))
          || LAST_FORM.matcher(parts[1]).matches()) {
        continue;
      }
      String two = parts[0] + " " + parts[1];
      if (gazetteer.namesSomething(two) || isListedPlace(two)) {
        continue;
      }
      openings.add(two, f);
    }
    return openings.unambiguous();
  }

  /**
   * Whether a mention is a place of two words or more that no list knows ("First Interstate"
   * after "First Interstate Bancorp"): the tagger's guess, which a preposition before it does
   * not confirm against a company of the text named so ("2.5 pct of Du Pont's stock", "invested
   * in United Coasts").
   */
  private boolean unlistedPlaceOfWords(TypedMention f, String text) {
    return f.type() == EntityType.LOCATION && f.canonical() == null && text.contains(" ")
        && !gazetteer.namesSomething(text) && !isListedPlace(text);
  }

  private boolean isCountry(String word) {
    return gazetteer.phrases.get(word).stream()
        .anyMatch(e -> e.value().kind() == Gazetteer.Kind.COUNTRY);
  }

  /** Whether a title or honorific is the word right before offset start ("Mr. Kessel"). */
  private boolean afterTitle(String body, int start) {
    int end = start;
    while (end > 0 && body.charAt(end - 1) == ' ') {
      end--;
    }
    int word = end;
    while (word > 0 && (Character.isLetter(body.charAt(word - 1)) || body.charAt(word - 1) == '.')) {
      word--;
    }
    return word < end && end < start && features.isTitle(body.substring(word, end));
  }

  /** Whether the lists know a word as anything but a town: see {@link #shortNames}. */
  private boolean isListed(String word) {
    for (PhraseTrie.Entry<Gazetteer.Sense> e : gazetteer.phrases.get(word)) {
      if (e.value().kind() != Gazetteer.Kind.CITY
          || e.value().population() >= Gazetteer.BIG_CITY_POPULATION) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a town's mention is the place: after "in" or "at" (but for what one holds or invests
   * in), or before a comma and a place.
   */
  private static boolean namesThePlace(String body, TypedMention f) {
    int from = Math.max(0, f.start() - BEFORE_WINDOW);
    return AT_PLACE.matcher(body).useTransparentBounds(true).region(from, f.start()).find()
        && !HELD_IN.matcher(body).useTransparentBounds(true).region(from, f.start()).find()
        || PLACE_AFTER.matcher(body).region(f.end(), body.length()).lookingAt();
  }

  /**
   * The mentions with a company's short name ({@link #shortNames}) added where no sentence found
   * it after the company's first full mention ("Lantern said", "five pct of Lantern's stock"):
   * not next to a capitalised word, where it is part of another name ("Lantern Inn hotels"),
   * nor where the text also writes it in lower case ("Digital said" beside "digital storage");
   * first in a sentence only before a lower-case word or a possessive.
   */
  private static List<TypedMention> withShortNames(String body, List<TypedMention> found,
      Map<String, TypedMention> shortNames) {
    List<TypedMention> added = new ArrayList<>();
    String lowerBody = body.toLowerCase(Locale.ROOT);
    for (Map.Entry<String, TypedMention> e : shortNames.entrySet()) {
      String word = e.getKey();
      if (DocumentPass.writtenInLowerCase(body, lowerBody, word)) {
        continue;
      }
      Matcher m = Occurrences.matcher(Pattern.compile("(?<![\\p{L}\\p{N}'’-])"
          + Pattern.quote(word) + "(?![\\p{L}\\p{N}-])"), body);
      for (int at = Occurrences.next(body, word, m, e.getValue().end()); at >= 0;
          at = Occurrences.next(body, word, m, m.end())) {
        if (!covered(found, at, m.end()) && !nextToCapitalisedWord(body, at, m.end())
            && !continuesAsTheName(body, m.end(), e.getValue(), word)
            && (!DocumentFilters.opensSentence(body, at)
                || AFTER_SHORT_NAME.matcher(body).region(m.end(), body.length()).lookingAt())) {
          added.add(new TypedMention(at, m.end(), EntityType.ORGANIZATION,
              DocumentPass.reference(e.getValue()), null, false));
        }
      }
    }
    if (added.isEmpty()) {
      return found;
    }
    List<TypedMention> out = new ArrayList<>(found);
    out.addAll(added);
    out.sort(java.util.Comparator.comparingInt(TypedMention::start));
    return out;
  }

  /**
   * Whether the text after a short name goes on as the company's name does, the name then cut:
   * "Standard and Poor's reduced" after "Standard and Poor's Corp".
   */
  private static boolean continuesAsTheName(String body, int end, TypedMention company,
      String word) {
    // the name's word after the short name with the white space before it, whatever white
    // space it is
    int at = body.indexOf(word, company.start());
    Matcher space = WHITE_SPACE.matcher(body).region(at < 0 || at >= company.end()
        ? company.start() : at + word.length(), company.end());
    if (!space.find()) {
      return false;
    }
    int from = space.start();
    int to = space.find() ? space.start() : company.end();
    return body.startsWith(body.substring(from, to), end);
  }

  /** Whether a mention overlaps the span [start, end). */
  private static boolean covered(List<TypedMention> found, int start, int end) {
    for (TypedMention f : found) {
      if (f.start() < end && start < f.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a capitalised word comes right before or after the span: the span is then a word of
   * a longer name ("Lantern Inn", "AM International").
   */
  private static boolean nextToCapitalisedWord(String body, int start, int end) {
    return NAME_AFTER.matcher(body).region(end, body.length()).lookingAt()
        || NAME_BEFORE.matcher(body).useTransparentBounds(true)
            .region(Math.max(0, start - NAME_WINDOW), start).find();
  }

  /**
   * The organisations with the legal form after their name taken in, and a paragraph's final
   * full stop after one left out ("NNPC Ltd." at a paragraph's end is "NNPC Ltd"). A legal form
   * that the tagger took for a mention of its own ("Velmora Holdings" and "LLC", "Ltd." as a
   * person) joins the organisation before it, or, standing alone, is no mention: it names no
   * one.
   */
  static List<TypedMention> withLegalForms(String body, List<TypedMention> found) {
    List<TypedMention> out = new ArrayList<>(found.size());
    boolean changed = false;
    Matcher lone = FORM_ALONE.matcher(body);
    boolean formHere = !found.isEmpty()
        && lone.region(found.get(0).start(), found.get(0).end()).matches();
    for (int i = 0; i < found.size(); i++) {
      TypedMention f = found.get(i);
      TypedMention after = i + 1 < found.size() ? found.get(i + 1) : null;
      boolean formAfter = after != null && lone.region(after.start(), after.end()).matches();
      if (formHere) {
        formHere = formAfter;
        changed = true; // taken in by the organisation before it, or naming no one
        continue;
      }
      formHere = formAfter;
      if (f.type() == EntityType.ORGANIZATION) {
        int next = after == null ? body.length() : formAfter ? after.end() : after.start();
        // transparent: whether the form's full stop is the name's depends on what follows it
        Matcher form = DESIGNATOR.matcher(body).useTransparentBounds(true).region(f.end(), next);
        int end = form.lookingAt() ? form.end() : f.end();
        Matcher stop = FINAL_STOP.matcher(body).useTransparentBounds(true)
            .useAnchoringBounds(false).region(Math.max(f.start(), end - 5), end);
        if (stop.find() && stop.end() == end) {
          end--;
        }
        if (end != f.end()) {
          f = new TypedMention(f.start(), end, f.type(), f.canonical(), f.code(), f.usState());
          changed = true;
        }
      }
      out.add(f);
    }
    return changed ? out : found;
  }

  /** A person, a place that is no country or US state, or an organisation. */
  private static boolean canBeCompany(TypedMention f) {
    return f.type() == EntityType.PERSON || f.type() == EntityType.ORGANIZATION
        || f.type() == EntityType.LOCATION && !f.usState();
  }

  /**
   * Whether the text shows mention f, of the given text, to be a company's. A place has a market
   * of its own ("shares in Frankfurt", "London shares fell"): a place that the name lexicon
   * knows as a place stays one.
   */
  private boolean isCued(String body, TypedMention f, String text) {
    return canBeCompany(f) && !(f.type() == EntityType.LOCATION && isListedPlace(text))
        && (marketWordsAround(body, f) || endsInBusinessForm(f, text));
  }

  /** The first words of the text's organisations of two words or more, each with its first. */
  private static Map<String, TypedMention> openers(String body, List<TypedMention> found) {
    Map<String, TypedMention> out = new HashMap<>();
    for (TypedMention f : found) {
      String text = body.substring(f.start(), f.end());
      int space = text.indexOf(' ');
      if (f.type() == EntityType.ORGANIZATION && space > 0) {
        out.putIfAbsent(text.substring(0, space), f);
      }
    }
    return out;
  }

  /**
   * Whether a listed place is a town and nothing bigger: no country, region or organisation of
   * its name, no city of {@value Gazetteer#BIG_CITY_POPULATION} people or more ("Frankfurt" has
   * a stock market, "Wrexham" none), and a city of the list, whose size it knows.
   */
  private boolean isTown(String text) {
    boolean town = false;
    for (PhraseTrie.Entry<Gazetteer.Sense> e : gazetteer.phrases.get(text)) {
      if (e.value().kind() != Gazetteer.Kind.CITY
          || e.value().population() >= Gazetteer.BIG_CITY_POPULATION) {
        return false;
      }
      town = true;
    }
    return town;
  }

  private boolean isListedPlace(String text) {
    return (gazetteer.names.lookup(text.split("\\s+")) & 1 << NameLexicon.LOC) != 0;
  }

  /** A person's name that ends in a form of business is a firm's: "Warner Bros.". */
  private static boolean endsInBusinessForm(TypedMention f, String text) {
    int space = text.lastIndexOf(' ');
    return f.type() == EntityType.PERSON && space > 0
        && BUSINESS_FORMS.contains(text.substring(space + 1).toLowerCase(Locale.ROOT));
  }

  /**
   * Whether a company's deed ({@link #DEED}) follows offset {@code end}, as it does the subject
   * in "Brennholt bought a rival" or "Brennholt cut 300 jobs".
   */
  static boolean deedAfter(String body, int end) {
    return DEED.matcher(body).region(end, Math.min(body.length(), end + DEED_WINDOW))
        .lookingAt();
  }

  private static boolean marketWordsAround(String body, TypedMention f) {
    return BEFORE.matcher(body).useTransparentBounds(true)
        .region(Math.max(0, f.start() - BEFORE_WINDOW), f.start()).find()
        && !body.startsWith("'s", f.end()) && !body.startsWith("’s", f.end())
        || AFTER.matcher(body).region(f.end(), Math.min(body.length(), f.end() + AFTER_WINDOW))
            .lookingAt();
  }

  private void nameWord(String word, TypedMention company, Map<String, TypedMention> words) {
    String w = NameFeatures.stripPossessive(word);
    if (w.length() >= MIN_WORD && Character.isUpperCase(w.charAt(0))
        && !PARTICLES.contains(w.toLowerCase(Locale.ROOT)) && !features.isTitle(w)) {
      words.putIfAbsent(w, company);
    }
  }

  private static boolean onlyBusinessForms(String[] parts) {
    for (int i = 1; i < parts.length; i++) {
      if (!BUSINESS_FORMS.contains(parts[i].toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /** The lower-case words of the text's people of two words or more, its companies left out. */
  private static Set<String> personWords(String body, List<TypedMention> found,
      Set<String> companies) {
    Set<String> out = new HashSet<>();
    for (TypedMention f : found) {
      String text = body.substring(f.start(), f.end());
      if (f.type() == EntityType.PERSON && text.contains(" ") && !companies.contains(text)) {
        for (String p : text.split("\\s+")) {
          out.add(NameFeatures.stripPossessive(p).toLowerCase(Locale.ROOT));
        }
      }
    }
    return out;
  }
}
