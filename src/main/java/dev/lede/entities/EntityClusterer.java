package dev.lede.entities;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Groups the mentions of one text into entities: canonical names, clusters ("Lukashenko" with
 * "Alexander Lukashenko", "U.S." with "United States", "Foreign Ministry" with "Ministry of
 * Foreign Affairs", "UN" with "United Nations") and salience. One instance per text.
 *
 * <p>Not thread-safe: create one per call.
 */
final class EntityClusterer {

  /** Weight of the mention count in the salience. */
  static final double FREQUENCY_WEIGHT = 0.5;
  /** Weight of an early first mention in the salience. */
  static final double POSITION_WEIGHT = 0.3;
  /** Weight of being named in the title in the salience. */
  static final double TITLE_WEIGHT = 0.2;

  private static final Pattern MINISTRY_OF =
      Pattern.compile("(?i)ministry\\s+(?:of|for)\\s+(?:the\\s+)?(.+)");
  private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");
  /**
   * The marks of a decomposed text that are accents: not the breve of Cyrillic "й" nor the
   * diaeresis of "ё", letters of their own, so that "Оля Малышева" is not less "accented" than
   * its genitive "Оли Малышевой".
   */
  private static final Pattern ACCENT_MARK = Pattern.compile("(?<!\\p{IsCyrillic})\\p{M}");
  /**
   * A company's legal form ending its name, after a space or a comma, in any case: the forms
   * {@link CompanyNames} takes into a name, and their words in full.
   */
  private static final Pattern LEGAL_FORM = Pattern.compile("(?i)\\s*,?\\s+(?:corporation"
      + "|incorporated|company|" + NameWords.DESIGNATORS + ")\\.?\\z");
  /** Any run of spaces, tabs, line breaks or Unicode spaces (no-break, narrow, ideographic). */
  private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}\\u0085]+");
  private static final Pattern X_MINISTRY = Pattern.compile("(?i)(.+?)\\s+ministry");
  private static final Pattern DEPARTMENT_OF =
      Pattern.compile("(?i)department\\s+(?:of|for)\\s+(.+)");
  private static final Pattern X_DEPARTMENT = Pattern.compile("(?i)(.+?)\\s+department");
  /** Short portfolio names and the name their ministry has in its "Ministry of X" form. */
  private static final Map<String, String> PORTFOLIOS = Map.of(
      "foreign", "Foreign Affairs", "home", "Home Affairs", "internal", "Internal Affairs",
      "interior", "Internal Affairs", "emergencies", "Emergency Situations");
  private static final java.util.Set<String> MINOR =
      java.util.Set.of("of", "the", "and", "for", "&", "on", "in", "de", "la");

  private final Gazetteer gazetteer;

  EntityClusterer(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** A cluster being built. */
  private static final class Group {
    final EntityType type;
    String name;
    String code;
    int nameWords;
    int firstStart;
    /** Whether the name was made from a mention written in capitals ("PORT MCALLISTER"). */
    boolean fromCapitals;
    /** Whether the name is the canonical one that a stage gave (a listed name). */
    boolean listed;
    final List<TypedMention> found = new ArrayList<>();
    final List<String[]> words = new ArrayList<>();

    Group(EntityType type, String name, String code) {
      this.type = type;
      this.name = name;
      this.code = code;
      this.nameWords = wordCount(name);
    }
  }

  List<Entity> cluster(String title, String body, List<TypedMention> found) {
    Map<String, Group> groups = new LinkedHashMap<>();
    Map<Integer, Group> byStart = new HashMap<>();
    List<TypedMention> persons = new ArrayList<>();
    List<TypedMention> linked = new ArrayList<>();
    List<Unplaced> ministries = new ArrayList<>();
    for (TypedMention f : found) {
      String text = oneSpaced(body.substring(f.start(), f.end()));
      if (f.canonical() != null && f.canonical().startsWith("=")) {
        linked.add(f);
        continue;
      }
      String key;
      String name;
      String code = null;
      switch (f.type()) {
        case PERSON -> {
          persons.add(f);
          continue;
        }
        case COUNTRY -> {
          code = f.code();
          name = gazetteer.countryNames.getOrDefault(code, text);
          key = "C" + code;
        }
        case LOCATION -> {
          name = f.canonical() != null ? f.canonical() : placeName(text);
          key = "L" + withoutAccents(name).toLowerCase(Locale.ROOT);
        }
        case MINISTRY -> {
          name = f.canonical() != null ? f.canonical() : ministryName(text);
          code = nationOf(normalCase(text));
          if (code == null) {
            ministries.add(new Unplaced(f, name));
            continue;
          }
          key = "M" + name.toLowerCase(Locale.ROOT) + "|" + code;
        }
        default -> {
          name = f.canonical() != null ? f.canonical() : normalCase(stripArticle(text));
          key = "O" + organisationKey(name);
        }
      }
      boolean capitals = f.canonical() == null && !hasLowerCase(text);
      Group g = groups.computeIfAbsent(key, k -> {
        Group created = new Group(f.type(), name, null);
        created.fromCapitals = capitals;
        created.listed = f.canonical() != null;
        return created;
      });
      if (f.canonical() == null && !g.listed && f.type() != EntityType.COUNTRY
          && (g.fromCapitals && !capitals
              || g.fromCapitals == capitals && (wordCount(name) > g.nameWords
                  || wordCount(name) == g.nameWords && accents(name) > accents(g.name)))) {
        // a name as the text writes it, not as title case guesses it ("Port McAllister"), in
        // full ("Norvale Mining Corporation" for "Norvale Mining") and with its accents
        g.name = name;
        g.nameWords = wordCount(name);
        g.fromCapitals = capitals;
      }
      g.code = code;
      g.found.add(f);
      byStart.put(f.start(), g);
    }
    clusterMinistries(ministries, groups, byStart);
    mergeAcronyms(groups);
    mergeHeads(groups);
    mergeFirstWords(groups);
    clusterPersons(body, persons, groups, byStart);
    for (TypedMention f : linked) {
      Group g = byStart.get(Integer.parseInt(f.canonical().substring(1)));
      if (g != null) {
        g.found.add(f);
      }
    }
    return rank(title, body, groups.values());
  }

  private static int wordCount(String name) {
    return name.split("\\s+").length;
  }

  /**
   * An organisation's name without a legal form at its end ("Norvale Mining" for "Norvale Mining
   * Corporation", "Osk Partners, Inc.", "Osk Partners Ltd."), so that its forms with and without
   * one are one organisation.
   */
  static String withoutLegalForm(String name) {
    Matcher m = LEGAL_FORM.matcher(name);
    return m.find() && m.start() > 0 ? name.substring(0, m.start()) : name;
  }

  /**
   * What the forms of one organisation's name share: the name in lower case without its legal
   * form and accents ("norvale mining" for "NORVALE MINING CORP" and "Norvale Mining
   * Corporation").
   */
  static String organisationKey(String name) {
    return withoutAccents(withoutLegalForm(oneSpaced(name))).toLowerCase(Locale.ROOT);
  }

  /** "UN" and "United Nations" are one organisation, named by the long form. */
  private static void mergeAcronyms(Map<String, Group> groups) {
    Map<String, Group> byInitials = new HashMap<>();
    for (Group g : groups.values()) {
      if (g.type == EntityType.ORGANIZATION && g.nameWords >= 2) {
        byInitials.putIfAbsent(initials(g.name), g);
        // "NM" for "Norvale Mining Corp" too
        byInitials.putIfAbsent(initials(withoutLegalForm(g.name)), g);
      }
    }
    if (byInitials.isEmpty()) {
      return;
    }
    var it = groups.entrySet().iterator();
    while (it.hasNext()) {
      Group g = it.next().getValue();
      if (g.type == EntityType.ORGANIZATION && g.nameWords == 1
          && g.name.length() >= 2 && g.name.length() <= 8
          && g.name.equals(g.name.toUpperCase(Locale.ROOT))) {
        // a one-word group is never among the long forms, so it cannot find itself
        Group full = byInitials.get(g.name.replace(".", ""));
        if (full != null) {
          full.found.addAll(g.found);
          it.remove();
        }
      }
    }
  }

  /**
   * "the Commission" after "the European Commission" is that organisation: a one-word name that
   * is a kind of organisation ({@link NameWords#ORG_HEADS}) joins the one longer name of the text
   * that ends in it; with two such names ("European Commission", "Electoral Commission") it says
   * too little and stays apart.
   */
  private static void mergeHeads(Map<String, Group> groups) {
    Map<String, Group> byHead = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    for (Group g : groups.values()) {
      if (g.type == EntityType.ORGANIZATION && g.nameWords >= 2) {
        String head = g.name.substring(g.name.lastIndexOf(' ') + 1);
        if (byHead.putIfAbsent(head, g) != null) {
          ambiguous.add(head);
        }
      }
    }
    var it = groups.entrySet().iterator();
    while (it.hasNext()) {
      Group g = it.next().getValue();
      Group full = byHead.get(g.name);
      if (g.type == EntityType.ORGANIZATION && g.nameWords == 1 && full != null
          && !ambiguous.contains(g.name)
          && NameWords.ORG_HEADS.contains(g.name.toLowerCase(Locale.ROOT))) {
        full.found.addAll(g.found);
        it.remove();
      }
    }
  }

  /**
   * "Orvana" after "Orvana Bank Ltd" is that company: a one-word organisation joins the one
   * longer organisation of the text that opens with it and ends in a legal form. A longer name
   * without a legal form ("Orvana Channel") is as often a unit or a product of the company as the
   * company; a place inside the name ("Tessin Germany GmbH") makes it the company's arm there;
   * with two longer names opening with the word it says too little: those stay apart.
   */
  private void mergeFirstWords(Map<String, Group> groups) {
    Map<String, Group> byFirst = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    for (Group g : groups.values()) {
      if (g.type == EntityType.ORGANIZATION && g.nameWords >= 2) {
        String first = g.name.substring(0, g.name.indexOf(' '));
        if (byFirst.putIfAbsent(first, g) != null) {
          ambiguous.add(first);
        }
      }
    }
    var it = groups.entrySet().iterator();
    while (it.hasNext()) {
      Group g = it.next().getValue();
      Group full = byFirst.get(g.name);
      if (g.type == EntityType.ORGANIZATION && g.nameWords == 1 && full != null
          && !ambiguous.contains(g.name) && isCompanyOf(full.name)) {
        full.found.addAll(g.found);
        it.remove();
      }
    }
  }

  /** Whether a name ends in a legal form and names no place between its first word and it. */
  private boolean isCompanyOf(String name) {
    String bare = withoutLegalForm(name);
    if (bare.equals(name)) {
      return false;
    }
    String[] middle = words(bare);
    for (int i = 1; i < middle.length; i++) {
      if (gazetteer.namesSomething(middle[i]) || i + 1 < middle.length
          && gazetteer.namesSomething(middle[i] + " " + middle[i + 1])) {
        return false;
      }
    }
    return true;
  }

  /** The capitals of a name's words, minor words aside: "WHO" of "World Health Organization". */
  static String initials(String name) {
    StringBuilder b = new StringBuilder();
    for (String w : name.split("[\\s-]+")) {
      if (!w.isEmpty() && !MINOR.contains(w.toLowerCase(Locale.ROOT))
          && Character.isUpperCase(w.charAt(0))) {
        b.append(w.charAt(0));
      }
    }
    return b.toString();
  }

  /**
   * Full names first, then every shorter mention joins the person whose name holds all its
   * words in their order (the nearest one before it), so "Lukashenko" is "Alexander
   * Lukashenko". A canonical name that a stage gave a mention names its person.
   */
  private static void clusterPersons(String body, List<TypedMention> persons,
      Map<String, Group> groups, Map<Integer, Group> byStart) {
    List<Group> people = new ArrayList<>();
    // each word of a name points to the people whose names hold it: no scan over all people
    Map<String, List<Group>> byWord = new HashMap<>();
    Map<TypedMention, String[]> wordsOf = new HashMap<>();
    for (TypedMention f : persons) {
      wordsOf.put(f, words(body.substring(f.start(), f.end())));
    }
    List<TypedMention> sorted = new ArrayList<>(persons);
    // longest names first, so shorter forms find their full name wherever it appears
    sorted.sort(Comparator.<TypedMention>comparingInt(f -> -wordsOf.get(f).length)
        .thenComparingInt(TypedMention::start));
    for (TypedMention f : sorted) {
      String text = body.substring(f.start(), f.end());
      String[] w = wordsOf.get(f);
      Group best = null;
      int bestDistance = Integer.MAX_VALUE;
      for (Group g : byWord.getOrDefault(w[0], List.of())) {
        if (inOrder(g.words.get(0), w)) {
          int distance = nearest(g, f.start());
          if (distance < bestDistance) {
            best = g;
            bestDistance = distance;
          }
        }
      }
      if (best == null) {
        best = new Group(EntityType.PERSON, normalCase(oneSpaced(text)), null);
        best.words.add(w);
        best.firstStart = f.start();
        people.add(best);
        for (String word : w) {
          byWord.computeIfAbsent(word, k -> new ArrayList<>()).add(best);
        }
        groups.put("P" + people.size() + ":" + text, best);
      }
      if (f.canonical() != null) {
        best.name = f.canonical(); // a stage that knows the case forms: "Оля", not "Оли"
        best.listed = true;
      }
      best.found.add(f);
      byStart.put(f.start(), best);
    }
  }

  /**
   * The fullest form of a person's name among its mentions, whatever their order: the most
   * words, then one written in lower case too ("John McDonald", not the "John Mcdonald" that
   * title case makes of "JOHN MCDONALD"), then the most accents ("José Martínez", not "Jose
   * Martinez"), then the first; its words then take the accents a shorter form writes them with
   * ("Jose Martinez" and "Martínez" name "Jose Martínez").
   */
  private static String personName(List<Mention> mentions) {
    Comparator<Mention> fuller = Comparator.<Mention>comparingInt(m -> words(m.text()).length)
        .thenComparing(m -> hasLowerCase(m.text()))
        .thenComparingInt(m -> accents(m.text()));
    Mention best = mentions.get(0);
    for (Mention m : mentions) {
      if (fuller.compare(m, best) > 0) {
        best = m;
      }
    }
    String[] name = oneSpaced(best.text()).split(" ");
    for (int i = 0; i < name.length; i++) {
      for (Mention m : mentions) {
        for (String w : oneSpaced(m.text()).split(" ")) {
          if (w.equals(name[i]) || w.length() != name[i].length()) {
            continue; // the same word, or another one (NFD text is composed by FoldedText)
          }
          // the accents, not the case: "MARTÍNEZ" lends them to "Martinez" as "Martínez"
          String accented = matchCase(w, name[i]);
          if (accents(accented) > accents(name[i])
              && withoutAccents(accented).equals(name[i])) {
            name[i] = accented;
          }
        }
      }
    }
    return normalCase(String.join(" ", name));
  }

  /** A word in another's case, letter by letter: "MARTÍNEZ" as "Martinez" is "Martínez". */
  private static String matchCase(String word, String model) {
    String nfc = Normalizer.normalize(word, Normalizer.Form.NFC);
    if (nfc.length() != model.length()) {
      return word;
    }
    StringBuilder b = new StringBuilder(nfc.length());
    for (int i = 0; i < nfc.length(); i++) {
      char c = nfc.charAt(i);
      b.append(Character.isLowerCase(model.charAt(i)) ? Character.toLowerCase(c)
          : Character.toUpperCase(c));
    }
    return b.toString();
  }

  /** How many accents a text's letters carry: 2 in "José Martínez". */
  private static int accents(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    return decomposed.length() - ACCENT_MARK.matcher(decomposed).replaceAll("").length();
  }

  private static boolean hasLowerCase(String text) {
    return text.codePoints().anyMatch(Character::isLowerCase);
  }

  private static int nearest(Group g, int start) {
    // a name introduced before the mention weighs more than one introduced after it
    return g.firstStart <= start ? start - g.firstStart : (g.firstStart - start) * 4;
  }

  /**
   * A person's name as words for matching its other forms: lower case, accents and the full
   * stops of initials dropped, so that "Erdogan" finds "Recep Tayyip Erdoğan" and "J. D. Vance"
   * finds "J.D. Vance".
   */
  private static String[] words(String text) {
    String folded = withoutAccents(text).toLowerCase(Locale.ROOT).replace('.', ' ').strip();
    return folded.isEmpty() ? new String[] {""} : SPACES.split(folded);
  }

  /** The text with its letters' accents dropped: "Erdogan" for "Erdoğan". */
  static String withoutAccents(String text) {
    return ACCENTS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
  }

  /**
   * A mention's text with each run of spaces as one space: a name written across a line break,
   * with a tab or with a no-break space is named as it reads, with a plain space, and its
   * surname alone finds it ("Okonkwo" did not join a no-break-spaced "Amara Okonkwo").
   */
  static String oneSpaced(String text) {
    return SPACES.matcher(text).replaceAll(" ");
  }

  /**
   * Whether a name's words hold a shorter form's words in the same order: "Recep Erdogan" is a
   * form of "Recep Tayyip Erdogan", while "Hamad Khalid" is another person than "Khalid bin
   * Hamad".
   */
  private static boolean inOrder(String[] whole, String[] part) {
    int i = 0;
    for (String p : part) {
      while (i < whole.length && !whole[i].equals(p)) {
        i++;
      }
      if (i == whole.length) {
        return false;
      }
      i++;
    }
    return true;
  }

  private String placeName(String text) {
    String t = stripArticle(text);
    for (PhraseTrie.Entry<Gazetteer.Sense> e : gazetteer.phrases.get(t)) {
      Gazetteer.Kind k = e.value().kind();
      if (k == Gazetteer.Kind.REGION || k == Gazetteer.Kind.CITY) {
        return e.value().canonical();
      }
    }
    return normalCase(t);
  }

  /**
   * A ministry named without its country ("the Foreign Ministry") is the one of that name the
   * text gave a country ("Russian Foreign Ministry"), the nearest such mention before it (else
   * the first after it); with none, a ministry of no stated country. Two countries' ministries of
   * one name ("the Russian and the Belarusian Foreign Ministry") stay two entities.
   */
  private static void clusterMinistries(List<Unplaced> ministries, Map<String, Group> groups,
      Map<Integer, Group> byStart) {
    for (Unplaced u : ministries) {
      TypedMention f = u.mention();
      String name = u.name();
      String prefix = "M" + name.toLowerCase(Locale.ROOT) + "|";
      Group before = null;
      Group after = null;
      int beforeAt = -1;
      int afterAt = Integer.MAX_VALUE;
      for (Map.Entry<String, Group> e : groups.entrySet()) {
        if (!e.getKey().startsWith(prefix)) {
          continue;
        }
        for (TypedMention m : e.getValue().found) {
          if (m.start() < f.start() && m.start() > beforeAt) {
            before = e.getValue();
            beforeAt = m.start();
          } else if (m.start() > f.start() && m.start() < afterAt) {
            after = e.getValue();
            afterAt = m.start();
          }
        }
      }
      Group g = before != null ? before : after;
      if (g == null) {
        g = groups.computeIfAbsent(prefix, k -> new Group(EntityType.MINISTRY, name, null));
      }
      g.found.add(f);
      byStart.put(f.start(), g);
    }
  }

  /** A ministry's mention named without its country, and its canonical name. */
  private record Unplaced(TypedMention mention, String name) {}

  /** The code of the demonym or country that opens a ministry's name, or null. */
  private @Nullable String nationOf(String t) {
    Nation n = nation(t);
    return n == null ? null : n.code();
  }

  /** A demonym or country of up to three words that opens a name, and its code. */
  private record Nation(String prefix, String code) {}

  private @Nullable Nation nation(String t) {
    String[] w = t.split(" ");
    for (int k = Math.min(3, w.length - 1); k >= 1; k--) {
      String prefix = String.join(" ", java.util.Arrays.copyOf(w, k));
      for (PhraseTrie.Entry<Gazetteer.Sense> e : gazetteer.phrases.get(prefix)) {
        Gazetteer.Kind kind = e.value().kind();
        if (kind == Gazetteer.Kind.DEMONYM || kind == Gazetteer.Kind.COUNTRY) {
          return new Nation(prefix, e.value().code());
        }
      }
    }
    return null;
  }

  /** The "Ministry of X" form: "Russian Foreign Ministry" is "Ministry of Foreign Affairs". */
  String ministryName(String text) {
    String t = normalCase(text.replaceAll("\\s+", " "));
    t = stripNation(t);
    Matcher m = MINISTRY_OF.matcher(t);
    if (m.matches()) {
      return "Ministry of " + portfolio(m.group(1));
    }
    m = X_MINISTRY.matcher(t);
    if (m.matches()) {
      return "Ministry of " + portfolio(m.group(1));
    }
    m = DEPARTMENT_OF.matcher(t);
    if (m.matches()) {
      return gazetteer.departments.getOrDefault(m.group(1).toLowerCase(Locale.ROOT), t);
    }
    m = X_DEPARTMENT.matcher(t);
    if (m.matches()) {
      return gazetteer.departments.getOrDefault(m.group(1).toLowerCase(Locale.ROOT), t);
    }
    return t;
  }

  private static String portfolio(String x) {
    return PORTFOLIOS.getOrDefault(x.toLowerCase(Locale.ROOT), x);
  }

  /** Drops a leading demonym or country ("Belarusian", "U.S.") from a ministry's name. */
  private String stripNation(String t) {
    Nation n = nation(t);
    return n == null ? t : t.substring(n.prefix().length()).strip();
  }

  private static String stripArticle(String text) {
    return text.startsWith("the ") ? text.substring(4) : text;
  }

  /** An all-caps name with a space or longer than an acronym is shown in title case. */
  static String normalCase(String text) {
    boolean lower = false;
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        lower |= Character.isLowerCase(c);
      }
    }
    if (lower || (letters <= 5 && !text.contains(" "))) {
      return text;
    }
    StringBuilder b = new StringBuilder();
    for (String w : text.split(" ", -1)) {
      if (b.length() > 0) {
        b.append(' ');
      }
      String lw = w.toLowerCase(Locale.ROOT);
      b.append(MINOR.contains(lw) && b.length() > 0 ? lw : NameFeatures.titleCase(w));
    }
    return b.toString();
  }

  private List<Entity> rank(String title, String body, java.util.Collection<Group> groups) {
    // the mentions first: a span found twice is one mention, and counts once in the frequency
    Map<Group, List<Mention>> mentionsOf = new LinkedHashMap<>();
    int maxCount = 1;
    for (Group g : groups) {
      if (g.found.isEmpty()) {
        continue;
      }
      g.found.sort(Comparator.comparingInt(TypedMention::start));
      List<Mention> mentions = new ArrayList<>(g.found.size());
      int previousEnd = -1;
      for (TypedMention f : g.found) {
        if (f.start() >= previousEnd) {
          mentions.add(new Mention(f.start(), f.end(), body.substring(f.start(), f.end())));
          previousEnd = f.end();
        }
      }
      mentionsOf.put(g, mentions);
      maxCount = Math.max(maxCount, mentions.size());
    }
    String titleText = title == null ? "" : withoutAccents(title);
    double length = Math.max(1, body.length());
    List<Entity> out = new ArrayList<>();
    for (Map.Entry<Group, List<Mention>> e : mentionsOf.entrySet()) {
      Group g = e.getKey();
      List<Mention> mentions = e.getValue();
      String name = g.type == EntityType.PERSON && !g.listed ? personName(mentions) : g.name;
      boolean inTitle = !titleText.isEmpty() && (namedIn(titleText, name)
          || mentions.stream().anyMatch(m -> namedIn(titleText, m.text())));
      double salience = FREQUENCY_WEIGHT * mentions.size() / maxCount
          + POSITION_WEIGHT * (1 - mentions.get(0).start() / length)
          + (inTitle ? TITLE_WEIGHT : 0);
      salience = Math.max(0, Math.min(1, Math.round(salience * 1000) / 1000.0));
      out.add(new Entity(g.type, name,
          g.type == EntityType.COUNTRY || g.type == EntityType.MINISTRY ? g.code : null, salience,
          mentions));
    }
    out.sort(Comparator.comparingDouble(Entity::salience).reversed()
        .thenComparingInt(en -> en.mentions().get(0).start()));
    return out;
  }

  /**
   * Whether a title writes a name as a whole word with at least the name's capitals, accents
   * aside: a title in capitals or in title case names "Okafor" and "US", but the lower-case words
   * of "what it means for us" and "who pays" name neither the US nor the WHO; "Jose Martinez
   * retires" names "José Martínez".
   *
   * @param title the title without accents ({@link #withoutAccents})
   * @param name a form of the name
   */
  static boolean namedIn(String title, String name) {
    name = withoutAccents(name);
    int n = name.length();
    for (int at = 0; at + n <= title.length() && n > 0; at++) {
      if (title.regionMatches(true, at, name, 0, n)
          && (at == 0 || !Character.isLetterOrDigit(title.charAt(at - 1)))
          && (at + n == title.length() || !Character.isLetterOrDigit(title.charAt(at + n)))
          && capitalsKept(title, at, name)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the title, from {@code at}, has a capital wherever the name has one. */
  private static boolean capitalsKept(String title, int at, String name) {
    for (int i = 0; i < name.length(); i++) {
      if (Character.isUpperCase(name.charAt(i)) && !Character.isUpperCase(title.charAt(at + i))) {
        return false;
      }
    }
    return true;
  }
}
