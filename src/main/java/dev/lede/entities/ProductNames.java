package dev.lede.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Names of commodities and products, which the guidelines make no entities, and whose words are
 * no mentions either: a grade of crude oil is named after a field or a trading place ("Brent
 * crude", "Dubai crude", "Urals crude", "West Texas Intermediate crude"), and the place's name
 * there names the oil, not the place.
 *
 * <p>Thread-safe: holds no state.
 */
final class ProductNames {

  /** Lower-case words after which the capitalised words before them name a product. */
  private static final Set<String> PRODUCT_WORDS = Set.of("crude");
  /**
   * One capitalised word before a product word in running text ("Brent crude", "Dubai crude"),
   * the word in group 1: for the document stage, which finds the product's word alone elsewhere.
   */
  static final Pattern ONE_WORD_PRODUCT = Pattern.compile(
      "\\b(\\p{Lu}\\p{L}+)\\s+(?:" + String.join("|", PRODUCT_WORDS) + ")\\b");

  /**
   * Lower-case words of events and crafts after an owner's name and their own: "Salesforce's
   * Dreamforce conference", "NASA's Cassini spacecraft", "Kesmark's Brisa smartphone". Not the
   * words of media and services, whose names are organisations ("Disney's ESPN channels").
   */
  private static final Set<String> OWNED_THINGS = Set.of("conference", "summit", "festival",
      "convention", "expo", "spacecraft", "probe", "rover", "orbiter", "lander", "telescope",
      "satellite", "rocket", "capsule", "processor", "processors", "chip", "chips",
      "smartphone", "smartphones", "console", "consoles");
  /** The most capitalised words of such a name. */
  private static final int MAX_OWNED_NAME_WORDS = 3;

  /** A word of a name in a mention's text. */
  private static final Pattern WORD = Pattern.compile("\\S+");
  /** A model's designation: a word with a digit ("RAV4", "F-150", "737", "A320", "3"). */
  private static final Pattern DESIGNATION = Pattern.compile(".*\\d.*");
  /**
   * Most words of a maker's name looked up: no listed organisation is longer (the gazetteer's
   * longest has 9 words, NLP4J's {@value NameLexicon#MAX_TOKENS}).
   */
  private static final int MAX_MAKER_WORDS = 12;
  /** NLP4J's bit of organisations. */
  private static final int LEXICON_ORG = 1 << NameLexicon.ORG;

  private ProductNames() {}

  /**
   * Cuts a mention that names a company's product model to the company: "the Toyota RAV4", "a
   * Boeing 737", "the Tesla Model 3" name a car and a plane, which the guidelines make no
   * entities, and the company that makes them, whose name is a mention as a country's is in "UK
   * officials". A mention is such a name when its first words are a listed organisation (the
   * gazetteer's, or NLP4J's) and the rest holds a designation with a digit and no organisation's
   * head or legal form ("Toyota Motor", "Airbus Group" stay). Only organisations are cut: a place
   * or a person that a company's name opens is no product. Names without a designation ("Apple
   * Watch", "Volkswagen Golf") are left as they are: NLP4J's list of products, tried for them,
   * also lists "Hong Kong" and "ABC News" as works.
   *
   * @param body the text the offsets point into
   * @param found the mentions, in text order
   * @param gazetteer the lists
   * @return the mentions, product models cut to their makers
   */
  static List<TypedMention> companiesOfModels(String body, List<TypedMention> found,
      Gazetteer gazetteer) {
    List<TypedMention> out = new ArrayList<>(found.size());
    for (TypedMention f : found) {
      out.add(f.type() == EntityType.ORGANIZATION ? companyOfModel(body, f, gazetteer) : f);
    }
    return out;
  }

  private static TypedMention companyOfModel(String body, TypedMention f, Gazetteer gazetteer) {
    List<String> words = new ArrayList<>();
    List<Integer> ends = new ArrayList<>();
    Matcher m = WORD.matcher(body).region(f.start(), f.end());
    while (m.find()) {
      words.add(m.group());
      ends.add(m.end());
    }
    if (words.size() < 2) {
      return f;
    }
    String[] all = words.toArray(String[]::new);
    // The tail from word k on grows as k falls: once it holds a legal form or a head, every
    // longer one does, and a digit seen stays seen (one pass, not one per k: a fuzzer's
    // organisation of 40,000 words took minutes).
    boolean digit = false;
    for (int k = all.length - 1; k >= 1; k--) {
      String w = all[k];
      if (NameWords.LEGAL_FORMS.contains(w)
          || NameWords.ORG_HEADS.contains(w.toLowerCase(Locale.ROOT))) {
        break;
      }
      digit |= DESIGNATION.matcher(w).matches();
      if (!digit || k > MAX_MAKER_WORDS) {
        continue;
      }
      String[] maker = Arrays.copyOfRange(all, 0, k);
      String canonical = organisation(gazetteer, String.join(" ", maker));
      if (canonical != null || (gazetteer.names.lookup(maker) & LEXICON_ORG) != 0) {
        return new TypedMention(f.start(), ends.get(k - 1), EntityType.ORGANIZATION, canonical,
            null, false);
      }
    }
    return f;
  }

  /** The canonical name of a listed organisation written so, or null. */
  private static @Nullable String organisation(Gazetteer gazetteer, String phrase) {
    for (PhraseTrie.Entry<Gazetteer.Sense> e : gazetteer.phrases.get(phrase)) {
      if (e.value().kind() == Gazetteer.Kind.ORGANIZATION && !e.value().alsoAWord()) {
        return e.value().canonical();
      }
    }
    return null;
  }

  /**
   * Adds a candidate without a type over the capitalised words between an owner's possessive and
   * a lower-case word of an event or a craft ({@link #OWNED_THINGS}): "Salesforce's Dreamforce
   * conference", "NASA's Cassini spacecraft" name an event and a craft, which the guidelines make
   * no entities, where the model read an organisation. A listed name there (a place, a country,
   * an organisation) stays a mention: "NASA's Mars rover" is no rover called Mars. As for
   * events, the candidate wins over the model's same span and is then dropped.
   *
   * @param words the sentence's words
   * @param cands the candidates; such names are added
   */
  static void ownedProducts(String[] words, List<Candidate> cands) {
    boolean[] listed = new boolean[words.length];
    for (Candidate c : cands) {
      if (c.canonical() != null || c.priority() >= Candidate.PRIO_GAZETTEER) {
        Arrays.fill(listed, c.a(), c.b(), true);
      }
    }
    List<Candidate> names = new ArrayList<>();
    for (int k = 2; k < words.length; k++) {
      if (!OWNED_THINGS.contains(words[k])) {
        continue;
      }
      int a = k;
      while (a > 0 && k - a < MAX_OWNED_NAME_WORDS && NameWords.isCap(words[a - 1], false)
          && !NameWords.hasPossessive(words[a - 1]) && !listed[a - 1]) {
        a--;
      }
      if (a < k && a > 0 && NameWords.hasPossessive(words[a - 1])) {
        names.add(new Candidate(a, k, null, null, null, false, Candidate.PRIO_EVENT));
      }
    }
    cands.addAll(names);
  }

  /**
   * Adds a candidate without a type over the capitalised words right before a lower-case
   * product word and that word ("Brent crude rose"), when the tagger or the lexicon read them as
   * a place or not at all. A country, an organisation, a ministry, a person or a US state stays
   * a mention: its oil is named after it as a producer ("Iraq crude exports", "Aramco crude",
   * "Texas crude output"), and an adjective "crude" after a name ("Smith crude jokes") is not
   * dropped with a person. As for events, the longest span wins and is then dropped.
   *
   * @param words the sentence's words
   * @param cands the candidates; product names are added
   */
  static void crudeGrades(String[] words, List<Candidate> cands) {
    boolean[] kept = new boolean[words.length];
    for (Candidate c : cands) {
      if (c.type() != null && (c.type() != EntityType.LOCATION || c.usState())) {
        Arrays.fill(kept, c.a(), c.b(), true);
      }
    }
    List<Candidate> names = new ArrayList<>();
    for (int k = 1; k < words.length; k++) {
      if (!PRODUCT_WORDS.contains(words[k])) {
        continue;
      }
      int a = k;
      while (a > 0 && !words[a - 1].isEmpty()
          && Character.isUpperCase(words[a - 1].charAt(0))) {
        a--;
      }
      boolean name = a < k;
      for (int t = a; t < k && name; t++) {
        name = !kept[t];
      }
      if (name) {
        names.add(new Candidate(a, k + 1, null, null, null, false, Candidate.PRIO_EVENT));
      }
    }
    cands.addAll(names);
  }
  /** A screen's or a body's size right before a name: "the 16-inch MacBook". */
  private static final Pattern SIZE_BEFORE = Pattern.compile("\\b\\d+(?:\\.\\d+)?-inch\\s+\\z");
  /** A product line's word right after a name: "MacBook Pro", "MacBook Air". */
  private static final Pattern LINE_AFTER = Pattern.compile(
      "\\A\\s+(?:Pro|Air|Max|Mini|Ultra)(?![\\p{L}\\d])");
  /** How far before a mention, in chars, {@link #SIZE_BEFORE} looks. */
  private static final int SIZE_WINDOW = 16;
  /**
   * A line's word that goes on as a company's name to its legal form: "Emery Air Freight Corp",
   * "Alaska Air Group Inc" name a company, whose first word then names it alone ("Emery said").
   */
  private static final Pattern COMPANY_AFTER = Pattern.compile("\\A\\s+\\p{Lu}\\p{L}*"
      + "(?:\\s+\\p{Lu}[\\p{L}&.-]*){0,3}?,?\\s+(?:" + NameWords.DESIGNATORS
      + "|Corporation|Company)(?![\\p{L}\\d])");

  /**
   * Drops the organisation mentions that name a line of products: an organisation no list knows,
   * written anywhere in the text, found there or not, after a size ("the 16-inch MacBook Pro")
   * or before a product line's word ("MacBook Pro", "MacBook Air") that does not go on to a
   * legal form ("Emery Air Freight Corp" is a company), is a product, which the guidelines make
   * no entity, and so is every mention of the same words ("the MacBook lineup"). A listed
   * company there is the maker ("the 65-inch Samsung TV").
   *
   * @param body the text the offsets point into
   * @param found the mentions, in text order
   * @return the mentions without those of product lines
   */
  static List<TypedMention> withoutProductLines(String body, List<TypedMention> found) {
    Set<String> lines = new HashSet<>();
    Set<String> read = new HashSet<>();
    for (TypedMention f : found) {
      String name = body.substring(f.start(), f.end());
      if (f.type() != EntityType.ORGANIZATION || !unlisted(f) || !read.add(name)) {
        continue;
      }
      // wherever the text writes the name, found there or not: "the MacBook lineup" may be the
      // only mention a sentence found, "the 16-inch MacBook Pro" the only evidence
      for (int at = body.indexOf(name); at >= 0; at = body.indexOf(name, at + 1)) {
        int end = at + name.length();
        if (SIZE_BEFORE.matcher(body).region(Math.max(0, at - SIZE_WINDOW), at).find()
            || LINE_AFTER.matcher(body).region(end, body.length()).lookingAt()
                && !COMPANY_AFTER.matcher(body).region(end, body.length()).lookingAt()) {
          lines.add(name);
          break;
        }
      }
    }
    if (lines.isEmpty()) {
      return found;
    }
    List<TypedMention> out = new ArrayList<>(found.size());
    for (TypedMention f : found) {
      if (!(f.type() == EntityType.ORGANIZATION && unlisted(f)
          && lines.contains(body.substring(f.start(), f.end())))) {
        out.add(f);
      }
    }
    return out;
  }

  /** The registered and trademark signs, which mark a brand's or a product's name. */
  private static final Pattern BRAND_SIGN = Pattern.compile("[\u00AE\u2122]");

  /**
   * Drops the people and places that name a brand or a product: a name the text writes with a
   * registered or trademark sign in or right after it ("a jar of Don Marcelo® Honey", "Lake
   * Tessin™ Sea Salt") is a mark in trade, which names goods (no entities by the guidelines) or
   * their maker, never a person or a place as such; every person or place mention of the same
   * words goes with it. Organisations stay: a company marks its own name ("Acme®").
   *
   * @param body the text the offsets point into
   * @param found the mentions, in text order
   * @return the mentions without the people and places that name a brand
   */
  static List<TypedMention> withoutMarkedBrands(String body, List<TypedMention> found) {
    Set<String> brands = new HashSet<>();
    for (TypedMention f : found) {
      if (personOrPlace(f) && (BRAND_SIGN.matcher(body).region(f.start(), f.end()).find()
          || f.end() < body.length() && BRAND_SIGN.matcher(body)
              .region(f.end(), f.end() + 1).lookingAt())) {
        brands.add(body.substring(f.start(), f.end()));
      }
    }
    if (brands.isEmpty()) {
      return found;
    }
    List<TypedMention> out = new ArrayList<>(found.size());
    for (TypedMention f : found) {
      if (!(personOrPlace(f) && brands.contains(body.substring(f.start(), f.end())))) {
        out.add(f);
      }
    }
    return out;
  }

  private static boolean personOrPlace(TypedMention f) {
    return f.type() == EntityType.PERSON || f.type() == EntityType.LOCATION;
  }

  /** Whether a mention has no listed name: none, or a reference to another mention ("=42"). */
  private static boolean unlisted(TypedMention m) {
    return m.canonical() == null || m.canonical().startsWith("=");
  }
}
