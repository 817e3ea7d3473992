package dev.lede.entities;

import static dev.lede.entities.NameWords.DATE_WORDS;
import static dev.lede.entities.NameWords.EVENT_HEADS;
import static dev.lede.entities.NameWords.GROUP_WORDS;
import static dev.lede.entities.NameWords.ORG_HEADS;
import static dev.lede.entities.NameWords.hasLetterOrDigit;
import static dev.lede.entities.NameWords.isCap;
import static dev.lede.entities.NameWords.isLowerPrefixed;
import static dev.lede.entities.NameWords.isShouted;
import static dev.lede.entities.NameWords.isTreasuryNoun;
import static dev.lede.entities.NameWords.singleSpaced;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The lexicon stage: what the gazetteers ({@code models/*.tsv}) say of a sentence. Countries
 * (with their codes), listed regions, organisations and named ministries, and big cities become
 * candidates; demonyms, countries and places of several words are marked per token, for the
 * stages after this one to read ({@link Marks}). Where the guidelines demand a hard match
 * (countries with ISO codes, listed ministries) the lexicon states it here; a big city that is
 * also a given name ("Paris") is left to the model.
 *
 * <p>It also proposes the person names the model missed that the name lists know ({@link
 * #listedNamePersons}); that runs after the model's candidates, since it fills only what no other
 * candidate covers.
 *
 * <p>Thread-safe: holds only immutable data.
 */
final class LexiconCandidates {

  /**
   * Countries and regions whose lower-case name is also an English word, a given name or
   * another thing's name ("a turkey", "my friend georgia", "java code"): in lower case only the
   * proper-noun tag makes them places.
   */
  static final Set<String> LOWERCASE_WORDS = Set.of("us", "china", "turkey", "chad", "jordan",
      "georgia", "guinea", "niger", "virginia", "victoria", "java", "amazon", "holland", "panama",
      "chile", "jersey", "labrador", "persia", "brittany", "montana", "dakota", "sahara",
      "everest", "bermuda", "piedmont", "trinidad", "tonga", "samoa", "mali", "togo", "oman",
      "benin", "gambia", "sinai", "nile", "pacific", "atlantic", "arctic", "caribbean",
      "mediterranean", "alps", "andes", "south", "north", "east", "west", "central", "carolina",
      "maine", "man", "chihuahua", "reunion");

  /**
   * Places that are no place in lower case whatever the tag: the buildings that stand for a
   * government are common nouns when not capitalised ("a pentagon", "a white house").
   */
  static final Set<String> CAPITALISED_ONLY = Set.of("pentagon", "kremlin", "white house",
      "whitehall");

  /**
   * What the lexicon marked in one sentence, per token.
   *
   * @param demonym tokens of a demonym ("Belarusian")
   * @param countryToken tokens of a country's name
   * @param placeToken tokens of a listed region or of a city name of several words ("Santo
   *     Domingo")
   * @param nationEndingAt start token of a demonym or country phrase that ends at token i, else
   *     -1
   * @param bigCity tokens that are a big city's one-word name
   * @param knownOrgEndingAt the first token of a listed organisation's name ending at token i,
   *     or -1
   */
  record Marks(boolean[] demonym, boolean[] countryToken, boolean[] placeToken,
      int[] nationEndingAt, boolean[] bigCity, int[] knownOrgEndingAt) {}

  private final Gazetteer gazetteer;
  private final NameFeatures features;

  LexiconCandidates(Gazetteer gazetteer, NameFeatures features) {
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

  /** A possessive inside a name: "King's Lynn", "St. John’s". */
  private static final Pattern POSSESSIVE_INSIDE = Pattern.compile("\\p{L}['’]s\\b");

  /**
   * The name before a comma and a state's abbreviation is a place: "DALTON, Ga. —", "the failed
   * Cotton State Bank, Hart, Tex., was sold"; the model read a shouted dateline as nothing and a
   * small town as a person. Up to three proper nouns or shouted words; a state written in full
   * may follow a person's name ("Bob Jones, Texas director"), its abbreviation does not.
   */
  private static void placeBeforeState(String body, String[] words, String[] pos,
      PhraseTrie.Match<Gazetteer.Sense> m, Gazetteer.Sense state, int a, List<Candidate> cands) {
    if (!"US".equals(state.code()) || body.charAt(m.end() - 1) != '.' || a < 2
        || !words[a - 1].equals(",")) {
      return;
    }
    int from = a - 1;
    while (from > 0 && a - 1 - from < 3 && !words[from - 1].isEmpty()
        && Character.isUpperCase(words[from - 1].charAt(0))
        && (pos[from - 1].startsWith("PROPN") || isShouted(words[from - 1]))) {
      from--;
    }
    if (from < a - 1) {
      cands.add(new Candidate(from, a - 1, EntityType.LOCATION, null, null, false,
          Candidate.PRIO_CITY));
    }
  }

  /**
   * Whether a short name that is also a word ({@link Gazetteer.Sense#alsoAWord}) names its party
   * or body at tokens {@code a..b}: inside a sentence ("Labour costs rose" is a word), outside
   * headlines, and not before a capitalised word, which makes it part of another name or title
   * ("Labor Secretary", "Labour Day", "the Fed Cup": the labour of a ministry, a holiday, a
   * tennis cup; a lowercase "Labour leader" is the party's).
   */
  private static boolean namesTheParty(String[] words, int a, int b, boolean headline) {
    if (headline || startsSentence(words, a)) {
      return false;
    }
    return b >= words.length || !isCap(words[b], false);
  }

  /** Whether no word comes before token {@code a} (an opening quote or bracket may). */
  private static boolean startsSentence(String[] words, int a) {
    for (int t = 0; t < a; t++) {
      if (hasLetterOrDigit(words[t])) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameWords(String text, String phrase) {
    return text.equals(phrase) || singleSpaced(text).equals(phrase);
  }

  /**
   * Adds the gazetteer matches of a sentence as candidates, the longest acceptable phrase at each
   * capitalised token, and marks its demonyms, countries and places.
   *
   * @param s the sentence
   * @param cands where candidates are added
   * @return the marks
   */
  Marks match(SentenceTokens s, List<Candidate> cands) {
    String body = s.body();
    String[] words = s.words();
    String[] pos = s.pos();
    int[] ends = s.ends();
    int n = words.length;
    boolean caps = s.caps();
    boolean titleCase = s.titleCase();
    boolean[] demonym = new boolean[n];
    boolean[] countryToken = new boolean[n];
    boolean[] placeToken = new boolean[n];
    int[] nationEndingAt = new int[n];
    Arrays.fill(nationEndingAt, -1);

    // A big city that is also a given name ("Paris", "Washington") is left to the model, but
    // "Washington said" stays a place: the guidelines keep a capital standing for its
    // government a LOCATION.
    boolean[] bigCity = new boolean[n];
    int[] knownOrgEndingAt = new int[n];
    Arrays.fill(knownOrgEndingAt, -1);
    for (int i = 0; i < n; i++) {
      if (!isCap(words[i], caps) && !isLowerPrefixed(words[i])) {
        continue;
      }
      List<PhraseTrie.Match<Gazetteer.Sense>> matches =
          gazetteer.phrases.matchAt(body, s.starts(), ends, i, Math.min(n, i + 8));
      Gazetteer.Sense dotted = matches.isEmpty() ? dottedOrganisation(words, i, caps) : null;
      if (dotted != null) {
        // the full stop the tokenizer split off ("N.F.L" ".") is the abbreviation's
        int end = i + 1 < n && words[i + 1].equals(".") && s.starts()[i + 1] == ends[i]
            ? ends[i] + 1 : -1;
        cands.add(new Candidate(i, i + 1, EntityType.ORGANIZATION, dotted.canonical(), null,
            false, Candidate.PRIO_GAZETTEER, end));
        knownOrgEndingAt[i] = i;
      }
      for (PhraseTrie.Match<Gazetteer.Sense> m : matches) {
        Gazetteer.Sense sense = sense(body, m, caps, Gazetteer.Kind.values());
        if (sense == null) {
          continue;
        }
        int a = m.firstToken();
        int b = m.lastToken() + 1;
        switch (sense.kind()) {
          case COUNTRY -> {
            if (b - a > 1 && words[a].equals("The") && opensSentence(words, a)) {
              // "The Netherlands will host": the capital is the sentence's, not the name's,
              // so the article stays outside as a lowercase "the" does; a "The" capitalised
              // within a sentence ("in The Gambia") is the writer's and stays in
              a++;
            }
            if (b - a == 1 && a > 0 && b < n && !caps
                && features.isTitle(words[a - 1]) && isCap(words[b], false)
                && gazetteer.surnames.contains(NameFeatures.stripPossessive(words[b]))) {
              // "Defence Minister Israel Katz", "defence minister Israel Katz", "Senator Chad
              // Hayes": a first name after a title, written in capitals or not; the longer
              // person span wins over the country.
              cands.add(new Candidate(a, b + 1, EntityType.PERSON, null, null, false,
                  Candidate.PRIO_GAZETTEER));
            }
            cands.add(new Candidate(a, b, EntityType.COUNTRY, sense.canonical(), sense.code(),
                false, Candidate.PRIO_GAZETTEER, m.end()));
            for (int t = a; t < b; t++) {
              countryToken[t] = true;
            }
            // the longest name ending here, found first: "Democratic People's Republic of
            // Korea", not its last word (an alias of South Korea)
            if (m.end() == ends[b - 1] && nationEndingAt[b - 1] < 0) {
              nationEndingAt[b - 1] = a;
            }
          }
          case DEMONYM -> {
            for (int t = a; t < b; t++) {
              demonym[t] = true;
            }
            if (m.end() == ends[b - 1] && nationEndingAt[b - 1] < 0) {
              nationEndingAt[b - 1] = a;
            }
          }
          case ORGANIZATION -> {
            if ((!sense.alsoAWord() || namesTheParty(words, a, b, s.headline()))
                && !JobTitles.abbreviatesATitle(words, a, b, gazetteer)) {
              cands.add(new Candidate(a, b, EntityType.ORGANIZATION, sense.canonical(), null,
                  false, Candidate.PRIO_GAZETTEER, m.end()));
              knownOrgEndingAt[b - 1] = a;
            }
          }
          case REGION -> {
            if (Gazetteer.isInitials(body.substring(m.start(), m.end()))
                && !(a >= 2 && words[a - 1].equals(",") && isCap(words[a - 2], caps))) {
              // a state's initials name it after a place and a comma ("Albany, N.Y."); else
              // they may be a person's ("N.C. Wyeth")
              break;
            }
            Gazetteer.Sense org = a == 0 || !words[a - 1].equalsIgnoreCase("the")
                ? sense(body, m, caps, Gazetteer.Kind.ORGANIZATION) : null;
            if (org != null) {
              // a region's name that a listed company shares: "the Amazon" is the region,
              // "Amazon said" and "Amazon's warehouse" the company
              cands.add(new Candidate(a, b, EntityType.ORGANIZATION, org.canonical(), null,
                  false, Candidate.PRIO_GAZETTEER, m.end()));
              knownOrgEndingAt[b - 1] = a;
              break;
            }
            cands.add(new Candidate(a, b, EntityType.LOCATION, sense.canonical(), null,
                sense.code() != null, Candidate.PRIO_GAZETTEER, m.end()));
            Arrays.fill(placeToken, a, b, true);
            placeBeforeState(body, words, pos, m, sense, a, cands);
          }
          case MINISTRY_NAMED -> {
            if (!isTreasuryNoun(words, pos, a, b)) {
              int from = a > 0 && nationEndingAt[a - 1] >= 0 ? nationEndingAt[a - 1] : a;
              cands.add(new Candidate(from, b, EntityType.MINISTRY, sense.canonical(), null,
                  false, Candidate.PRIO_MINISTRY));
            }
          }
          case CITY -> {
            if (b - a >= 2) {
              Arrays.fill(placeToken, a, b, true);
            }
            boolean big = sense.population() >= Gazetteer.BIG_CITY_POPULATION;
            bigCity[a] |= big && b - a == 1;
            if (b - a >= 2
                && POSSESSIVE_INSIDE.matcher(body.substring(m.start(), m.end())).find()) {
              // a possessive inside a listed name is no owner's ("King's Lynn", "St. John's"):
              // the tagger read "King" or "Lynn" as a person, whatever the town's size
              cands.add(new Candidate(a, b, EntityType.LOCATION, sense.canonical(), null, false,
                  Candidate.PRIO_CITY, m.end()));
            } else if (big
                // "Amman's" is PROPN+PART; a shouted dateline ("BRUSSELS —") may get any tag;
                // so may a capitalised name inside a sentence, which the tagger often reads
                // as a verb ("travelled to Kyiv/VERB"); a city in a compound such as
                // "Nairobi-based" has the compound's tag, that of "based"
                && (pos[a].startsWith("PROPN") || caps
                    || NameWords.ATTRIBUTIVE.matcher(words[a]).matches()
                    || isShouted(body.substring(m.start(), m.end()))
                    || a > 0 && isCap(words[a], false) && !titleCase)
                && !gazetteer.givenNames.contains(words[a])) {
              cands.add(new Candidate(a, b, EntityType.LOCATION, sense.canonical(), null, false,
                  Candidate.PRIO_CITY, m.end()));
            }
          }
          default -> { }
        }
        break; // the longest acceptable phrase at this token
      }
    }
    placeCompounds(words, caps, placeToken, cands);
    return new Marks(demonym, countryToken, placeToken, nationEndingAt, bigCity,
        knownOrgEndingAt);
  }

  /**
   * The organisation that a word of dotted initials names when the lists know the initials
   * without their full stops and not as written ("N.F.L." for NFL, "F.B.I." for FBI), or null:
   * a house style writes every abbreviation with stops, and they change no name. Initials before
   * a capitalised word open a person's name instead ("J.R. Tolkien").
   */
  private Gazetteer.Sense dottedOrganisation(String[] words, int i, boolean caps) {
    String undotted = DocumentFilters.undotted(words[i]);
    int next = i + 1 < words.length && words[i + 1].equals(".") ? i + 2 : i + 1;
    if (undotted == null || next < words.length && isCap(words[next], caps)) {
      return null;
    }
    for (PhraseTrie.Entry<Gazetteer.Sense> e : gazetteer.phrases.get(undotted)) {
      Gazetteer.Sense sense = e.value();
      if (sense.kind() == Gazetteer.Kind.ORGANIZATION && !sense.alsoAWord()
          && e.phrase().equals(undotted)) {
        return sense;
      }
    }
    return null;
  }

  /**
   * Places joined by a hyphen that {@link Tokens#splitNameCompounds} kept as one word are one
   * place ("the landgrave of Hesse-Kassel", "Brunswick-Lüneburg"; the tagger read the first as
   * a person): each part a listed city or region, no country and no given name.
   */
  private void placeCompounds(String[] words, boolean caps, boolean[] placeToken,
      List<Candidate> cands) {
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (w.indexOf('-') <= 0 || !isCap(w, caps)) {
        continue;
      }
      String[] parts = w.split("-", -1);
      boolean places = parts.length >= 2;
      for (int k = 0; k < parts.length && places; k++) {
        // a given name makes a person's double name ("Lorraine-Taylor")
        places = isCap(parts[k], caps) && gazetteer.namesOnlyPlaces(parts[k])
            && !gazetteer.givenNames.contains(parts[k]);
      }
      if (places && !covered(cands, i, i + 1)) {
        cands.add(new Candidate(i, i + 1, EntityType.LOCATION, null, null, false,
            Candidate.PRIO_CITY));
        placeToken[i] = true;
      }
    }
  }

  /**
   * Places written in lower case, as web text often does ("moved to france", "live in kerala",
   * "flew to san francisco"): a country, a listed region or a big city whose every word is
   * lower case and tagged a proper noun. The tag keeps the common words that are also places
   * out ("a turkey", "fine china", "nice weather"). The tagger reads most lower-case names it
   * does not know as common nouns ("living in malaysia/NOUN"), so a country or region tagged a
   * noun counts too, unless its name is also an English word or a given name
   * ({@link #LOWERCASE_WORDS}); a city, whose names are far more often words or people
   * ("buffalo", "charlotte"), needs the proper-noun tag. Only where no other candidate covers
   * any of its words.
   */
  void lowercasePlaces(SentenceTokens s, List<Candidate> cands) {
    String body = s.body();
    String[] words = s.words();
    String[] pos = s.pos();
    int n = words.length;
    boolean[] covered = new boolean[n];
    for (Candidate c : cands) {
      Arrays.fill(covered, c.a(), c.b(), true);
    }
    for (int i = 0; i < n; i++) {
      if (covered[i] || !isLowerCase(words[i])
          || !(pos[i].startsWith("PROPN") || pos[i].equals("NOUN"))) {
        continue;
      }
      for (PhraseTrie.Match<Gazetteer.Sense> m
          : gazetteer.phrases.matchAt(body, s.starts(), s.ends(), i, Math.min(n, i + 4))) {
        int a = m.firstToken();
        int b = m.lastToken() + 1;
        boolean fits = true;
        boolean proper = true;
        for (int t = a; t < b; t++) {
          fits &= !covered[t] && isLowerCase(words[t])
              && (pos[t].startsWith("PROPN") || pos[t].equals("NOUN"));
          proper &= pos[t].startsWith("PROPN");
        }
        String text = body.substring(m.start(), m.end());
        Gazetteer.Sense sense = fits ? lowercaseSense(text, m) : null;
        if (sense != null && (!proper && (sense.kind() == Gazetteer.Kind.CITY
            || LOWERCASE_WORDS.contains(singleSpaced(text)))
            || CAPITALISED_ONLY.contains(singleSpaced(text)))) {
          sense = null;
        }
        if (sense != null) {
          cands.add(sense.kind() == Gazetteer.Kind.COUNTRY
              ? new Candidate(a, b, EntityType.COUNTRY, sense.canonical(), sense.code(), false,
                  Candidate.PRIO_GAZETTEER, m.end())
              : new Candidate(a, b, EntityType.LOCATION, sense.canonical(), null,
                  sense.kind() == Gazetteer.Kind.REGION && sense.code() != null,
                  Candidate.PRIO_CITY, m.end()));
          Arrays.fill(covered, a, b, true);
          break; // the longest phrase at this token
        }
      }
    }
  }

  private static boolean isLowerCase(String word) {
    return !word.isEmpty()
        && word.chars().allMatch(c -> !Character.isLetter(c) || Character.isLowerCase(c));
  }

  /** A country, region or big city the lowercase text names, word for word, or null. */
  private static Gazetteer.Sense lowercaseSense(String text, PhraseTrie.Match<Gazetteer.Sense> m) {
    String words = singleSpaced(text);
    for (PhraseTrie.Entry<Gazetteer.Sense> e : m.entries()) {
      Gazetteer.Sense sense = e.value();
      boolean place = switch (sense.kind()) {
        case COUNTRY, REGION -> true;
        case CITY -> sense.population() >= Gazetteer.BIG_CITY_POPULATION;
        default -> false;
      };
      if (place && e.phrase().toLowerCase(Locale.ROOT).equals(words)) {
        return sense;
      }
    }
    return null;
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
  void listedNamePersons(SentenceTokens s, Marks marks, List<Candidate> cands) {
    String[] words = s.words();
    String[] pos = s.pos();
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
            && fullPersonName(words, a, b, marks)) {
          cands.add(new Candidate(a, b, EntityType.PERSON, null, null, false,
              Candidate.PRIO_LISTED_NAME));
          break;
        }
      }
    }
  }

  /** Whether a candidate already covers any of the tokens [a, b). */
  static boolean covered(List<Candidate> cands, int a, int b) {
    for (Candidate c : cands) {
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
   * ("Abu Farraj al-Libbi"; "bin" and "ibn" may be lowercase inside: "Khalid bin Salman
   * al-Harbi"). Never with an organisation head, a demonym, a country, a listed region or a city
   * name of several words inside ("Brent North Sea", "Santo Domingo"); listed organisations of the
   * same span still win ("Morgan Stanley").
   */
  boolean fullPersonName(String[] words, int a, int b, Marks marks) {
    if (b - a < 2 || b - a > 4) {
      return false;
    }
    boolean kunya = false;
    for (int t = a; t < b; t++) {
      String lw = words[t].toLowerCase(Locale.ROOT);
      if (ORG_HEADS.contains(lw) || marks.demonym()[t] || marks.countryToken()[t]
          || marks.placeToken()[t]
          || GROUP_WORDS.contains(lw)
          || (!isCap(words[t], false) && !isLowerPrefixed(words[t])
              && !(t > a && t < b - 1 && (lw.equals("bin") || lw.equals("ibn"))))) {
        return false;
      }
      // a last word "Abu" never starts with "al-", so the kunya may be looked for in every word
      kunya |= lw.equals("abu") || lw.equals("bin") || lw.equals("ibn");
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

  /** Whether a token starts its sentence: the first, or after opening punctuation only. */
  static boolean opensSentence(String[] words, int i) {
    for (int k = i - 1; k >= 0; k--) {
      if (words[k].codePoints().anyMatch(Character::isLetterOrDigit)) {
        return false;
      }
    }
    return true;
  }
}
