package dev.lede.entities;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People named in a Russian body (and in the other Cyrillic languages that decline names), which
 * the English tagger does not read. A person is found by facts of the language, not by a list of
 * people:
 *
 * <ul>
 *   <li>a common given name ({@code models/given-names-ru.txt}) in any case form ("Андрей",
 *       "Андрея", "Андреем") before a capitalised word, its surname, with a patronymic between or
 *       after ("Владимир Владимирович Путин", "Путин Владимир Владимирович");
 *   <li>initials with a surname: "В. В. Путин", "Путин В. В.", and one initial before a word
 *       shaped like a Russian surname ("В. Путин": -ов, -ин, -ский, -енко...);
 *   <li>after such a name, its surname alone in any case ("Путина" after "Владимир Путин") and its
 *       given name alone, which join that person; a listed given name alone inside a sentence,
 *       where only a name has a capital ("с дочерью Варей").
 * </ul>
 *
 * <p>A capitalised word alone is no person: the first word of a sentence has a capital, and so do
 * places and organisations. A given name that is also a common noun ("Вера", "Роман") opening a
 * sentence is a name only with a patronymic, or where the body writes it with its capital inside
 * a sentence too. A name in «quotes» without a word in lower case is a work's or a product's
 * title («Анна Каренина»), and one in the genitive after "улица", "имени"... belongs to a place's
 * or an organisation's name; a name whose surname the body names as a country or place ("Слава
 * Украине") is none.
 *
 * <p>Thread-safe: holds only immutable data.
 */
final class CyrillicPersonNames {

  /** The list of given names, on the classpath beside the other lists. */
  static final String FILE = "given-names-ru.txt";
  /**
   * Languages whose names decline as Russian ones do and whose bodies write Russian names:
   * Russian, Ukrainian, Belarusian.
   */
  static final Set<String> LANGUAGES = Set.of("ru", "uk", "be");
  /**
   * Given names that are also common nouns (faith, hope, love, rose, lily, glory, lion, novel,
   * Venus, fields...): opening a sentence, their capital says nothing.
   */
  private static final Set<String> WORD_NAMES = Set.of("Вера", "Надежда", "Любовь", "Роза",
      "Лилия", "Слава", "Лев", "Роман", "Марк", "Венера", "Злата", "Виктория", "Поля", "Лена");
  /**
   * Words before which a name in the genitive is part of a place's, an organisation's or an
   * award's name: street, avenue, square, lane, boulevard, embankment, highway, cathedral,
   * church, monastery, prize, order, museum, airport, stadium, "named after" ("улица Льва
   * Толстого"). A name in the nominative there is a person's: "на улице Андрей встретил друга".
   */
  private static final Pattern NAMED_AFTER = Pattern.compile("(?:улиц|проспект|площад|переул"
      + "|бульвар|набережн|шоссе|собор|храм|монастыр|преми|орден|музе|аэропорт|стадион|имени"
      + "|им\\.)[а-я]*\\s+$");
  /** A capitalised word, hyphenated parts included ("Римский-Корсаков"). */
  private static final Pattern WORD = Pattern.compile(
      "(?<![\\p{L}\\p{N}])\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)*(?![\\p{L}\\p{N}])");
  /** A patronymic in any case: "Владимирович", "Ильичом", "Петровна", "Ильиничне". */
  private static final Pattern PATRONYMIC = Pattern.compile(
      "\\p{Lu}\\p{Ll}+(?:ович|евич|ьич|ич|овн|евн|ичн)(?:а|у|ем|ом|е|ы|ой|ою|ею)?");
  /**
   * A word shaped like a Russian surname, in any case: -ов/-ев/-ин/-ын, -ский/-цкий, -енко, -ук,
   * -ян, -дзе, -швили, -ич.
   */
  private static final Pattern SURNAME_SHAPE = Pattern.compile("\\p{Lu}\\p{Ll}*(?:"
      + "(?:ов|ев|ин|ын)(?:а|у|ым|ом|е|ой|ых)?|(?:ск|цк)(?:ий|ого|ому|им|ом|ая|ой|ую)"
      + "|енко|ук|юк|ян|янц|дзе|швили|вич)");
  /** Initials before a surname: "В. Путин", "В.В. Путин". */
  private static final Pattern INITIALS_FIRST = Pattern.compile(
      "(?<![\\p{L}.])((?:\\p{Lu}\\. ?){1,2})(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)"
          + "(?![\\p{L}\\p{N}])");
  /**
   * A surname before two initials: "Путин В. В.", "Путин В.В."; not a word before initials that
   * open a name ("Прокурор Д. С. Громов").
   */
  private static final Pattern INITIALS_AFTER = Pattern.compile(
      "(?<![\\p{L}\\p{N}])(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?) \\p{Lu}\\. ?\\p{Lu}\\."
          + "(?! ?\\p{Lu}\\p{Ll})");
  /** Case endings a surname may take or lose: "Путин", "Путина"; "Панкова", "Панковой". */
  private static final List<String> SURNAME_ENDINGS = List.of("ими", "ого", "ому", "ая", "ую",
      "ой", "ою", "ым", "ом", "ых", "их", "им", "ий", "ей", "ем", "а", "у", "е", "ы", "и", "я",
      "ю", "");
  /** The shortest stem two forms of a surname share. */
  private static final int MIN_STEM = 3;
  /** A word in lower case of more than three letters: speech, not a title, in quotes. */
  private static final Pattern LOWER_WORD = Pattern.compile(
      "(?<![\\p{L}-])\\p{Ll}{4,}");
  /** The longest title in quotes, in chars, that the quotes around a name are looked for in. */
  private static final int MAX_TITLE = 200;
  /** Quotation marks that open and close a title. */
  private static final char OPEN_QUOTE = '«';
  private static final char CLOSE_QUOTE = '»';

  /**
   * A person's name found whole: its span, and its surname's and given name's, -1 where it has
   * none ("Ирина Сергеевна" has no surname, "В. Путин" no given name).
   */
  private record Name(int start, int end, int surnameStart, int surnameEnd, int givenStart,
      int givenEnd) {

    String surname(String body) {
      return body.substring(surnameStart, surnameEnd);
    }

    String given(String body) {
      return body.substring(givenStart, givenEnd);
    }

    /** The first initial of a name written with initials: "В" in "В. Путин", "Путин В. В.". */
    char initial(String body) {
      return body.charAt(start == surnameStart ? surnameEnd + 1 : start);
    }
  }

  /** Every case form of a listed given name ("ё" written "е") to its nominative. */
  private final Map<String, String> givenNames;

  CyrillicPersonNames() {
    Map<String, String> forms = new HashMap<>();
    Gazetteer.read(FILE, cols -> {
      String name = plain(cols[0]);
      forms.putIfAbsent(name, name);
      List<String> other = cols.length > 1 ? List.of(cols[1].split(" ")) : caseForms(name);
      for (String form : other) {
        forms.putIfAbsent(plain(form), name);
      }
    });
    this.givenNames = Map.copyOf(forms);
  }

  /**
   * The regular case forms of a given name: "Андрей" -> "Андрея", "Андрею", "Андреем",
   * "Андрее"; "Ольга" -> "Ольги", "Ольге", "Ольгу", "Ольгой"; "Мария" -> "Марии", "Марию".
   */
  static List<String> caseForms(String name) {
    String stem = name.substring(0, name.length() - 1);
    char last = name.charAt(name.length() - 1);
    if (name.endsWith("ия")) {
      return List.of(stem + "и", stem + "ю", stem + "ей");
    }
    return switch (last) {
      case 'а' -> List.of(stem + "ы", stem + "и", stem + "е", stem + "у", stem + "ой",
          stem + "ей", stem + "ою");
      case 'я' -> List.of(stem + "и", stem + "е", stem + "ю", stem + "ей", stem + "ею");
      case 'й' -> name.endsWith("ий")
          ? List.of(stem + "я", stem + "ю", stem + "ем", stem + "и")
          : List.of(stem + "я", stem + "ю", stem + "ем", stem + "е");
      case 'ь' -> List.of(stem + "я", stem + "ю", stem + "ем", stem + "е");
      case 'о', 'е', 'и', 'у', 'ю', 'ы', 'э' -> List.of();
      default -> List.of(name + "а", name + "у", name + "ом", name + "ем", name + "е");
    };
  }

  /** A word as the lists write it: "ё" as "е", since texts write both. */
  private static String plain(String word) {
    return word.replace('ё', 'е').replace('Ё', 'Е');
  }

  /** The nominative of a word that is a listed given name in some case, or null. */
  String givenName(String word) {
    return givenNames.get(plain(word));
  }

  /**
   * The mentions with the people the body names added.
   *
   * @param language the body's ISO 639-1 code
   * @param body the text the offsets point into
   * @param found the mentions, in text order
   * @return the mentions, in text order
   */
  List<TypedMention> add(String language, String body, List<TypedMention> found) {
    if (!LANGUAGES.contains(language)) {
      return found;
    }
    List<int[]> words = new ArrayList<>();
    Matcher w = WORD.matcher(body);
    while (w.find()) {
      words.add(new int[] {w.start(), w.end()});
    }
    List<Name> names = new ArrayList<>();
    fullNames(body, words, names);
    initialled(body, names);
    List<Name> notPeople = new ArrayList<>();
    for (Name n : names) {
      if (inTitle(body, n.start()) || namedAfter(body, n.start()) && !isNominative(body, n)
          || n.surnameStart() >= 0 && isPlace(found, n.surnameStart(), n.surnameEnd())) {
        notPeople.add(n);
      }
    }
    names.removeAll(notPeople);
    names.sort(Comparator.comparingInt(n -> n.start()));
    List<Name> people = new ArrayList<>();
    for (Name n : names) {
      // sorted by start and apart, so only the last can overlap
      if (people.isEmpty() || people.get(people.size() - 1).end() <= n.start()) {
        people.add(n);
      }
    }
    if (people.isEmpty() && !hasLoneGivenName(body, words)) {
      return found;
    }
    Map<Name, Name> same = samePeople(body, people);
    List<TypedMention> added = new ArrayList<>();
    for (Name n : people) {
      Name first = same.get(n);
      // the entity is named by the nominative, wherever it stands
      String canonical = first != n ? "=" + first.start()
          : isNominative(body, n) ? body.substring(n.start(), n.end()) : null;
      added.add(new TypedMention(n.start(), n.end(), EntityType.PERSON, canonical, null, false));
    }
    addShortForms(body, words, people, same, notPeople, added);
    return AddedPeople.merge(found, added);
  }

  /** Given name, patronymic and surname in either order. */
  private void fullNames(String body, List<int[]> words, List<Name> names) {
    Map<String, Boolean> insideASentence = new HashMap<>();
    for (int i = 0; i < words.size(); i++) {
      int[] g = words.get(i);
      String given = givenName(body.substring(g[0], g[1]));
      if (given == null) {
        continue;
      }
      int j = i + 1;
      int end = g[1];
      boolean patronymic = false;
      if (AddedPeople.next(body, words, j, end) && isPatronymic(body, words.get(j))) {
        patronymic = true;
        end = words.get(j)[1];
        j++;
      }
      if (WORD_NAMES.contains(given) && opensSentence(body, g[0]) && !patronymic
          && !insideASentence.computeIfAbsent(given,
              k -> namesInsideASentence(body, words, k))) {
        continue;
      }
      if (AddedPeople.next(body, words, j, end) && givenName(text(body, words.get(j))) == null
          && !isPatronymic(body, words.get(j))) {
        int[] s = words.get(j);
        names.add(new Name(g[0], s[1], s[0], s[1], g[0], g[1]));
        i = j;
      } else if (patronymic && i > 0 && AddedPeople.next(body, words, i, words.get(i - 1)[1])
          && givenName(text(body, words.get(i - 1))) == null
          && (!opensSentence(body, words.get(i - 1)[0])
              || SURNAME_SHAPE.matcher(text(body, words.get(i - 1))).matches())) {
        int[] s = words.get(i - 1); // "Путин Владимир Владимирович"
        names.add(new Name(s[0], end, s[0], s[1], g[0], g[1]));
        i = j - 1;
      } else if (patronymic) {
        names.add(new Name(g[0], end, -1, -1, g[0], g[1]));
        i = j - 1;
      }
    }
  }

  /**
   * Whether a given name that is also a noun is written with its capital inside a sentence
   * somewhere in the body, where only a name has one ("за Веру"): then it is a name where it
   * opens one too.
   */
  private boolean namesInsideASentence(String body, List<int[]> words, String given) {
    for (int[] w : words) {
      if (given.equals(givenName(text(body, w))) && !opensSentence(body, w[0])
          && !inTitle(body, w[0])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Each full name to the first of the same person's: the same surname in any case, and the same
   * given name in any case or its initial ("Оли Малышевой", "Оля Малышева"; "В. Путин" and
   * "Владимир Путин"). A name whose given name is in the nominative is preferred as the first,
   * since the entity is named by it.
   */
  private Map<Name, Name> samePeople(String body, List<Name> people) {
    List<Name> order = new ArrayList<>(people);
    order.sort(Comparator.comparing((Name n) -> !isNominative(body, n))
        .thenComparingInt(n -> n.start()));
    Map<Name, Name> same = new HashMap<>();
    List<Name> firsts = new ArrayList<>();
    for (Name n : order) {
      Name first = n;
      for (Name f : firsts) {
        if (samePerson(body, f, n)) {
          first = f;
          break;
        }
      }
      if (first == n) {
        firsts.add(n);
      }
      same.put(n, first);
    }
    return same;
  }

  private boolean isNominative(String body, Name name) {
    if (name.givenStart() < 0) {
      return false;
    }
    String given = name.given(body);
    return plain(given).equals(givenName(given));
  }

  private boolean samePerson(String body, Name a, Name b) {
    if (a.surnameStart() < 0 || b.surnameStart() < 0
        || Collections.disjoint(stems(a.surname(body)), stems(b.surname(body)))) {
      return false;
    }
    String givenA = a.givenStart() < 0 ? null : givenName(a.given(body));
    String givenB = b.givenStart() < 0 ? null : givenName(b.given(body));
    if (givenA != null && givenB != null) {
      return givenA.equals(givenB);
    }
    char initialA = givenA != null ? givenA.charAt(0) : a.initial(body);
    char initialB = givenB != null ? givenB.charAt(0) : b.initial(body);
    return initialA == initialB;
  }


  /** Initials with a surname: "В. В. Путин", "Путин В.В.", "В. Путин". */
  private static void initialled(String body, List<Name> names) {
    Matcher m = INITIALS_FIRST.matcher(body);
    while (m.find()) {
      boolean two = m.group(1).chars().filter(c -> c == '.').count() > 1;
      if (two || SURNAME_SHAPE.matcher(m.group(2)).matches()) {
        names.add(new Name(m.start(), m.end(), m.start(2), m.end(2), -1, -1));
      }
    }
    m = INITIALS_AFTER.matcher(body);
    while (m.find()) {
      names.add(new Name(m.start(), m.end(), m.start(1), m.end(1), -1, -1));
    }
  }

  /** Whether a found country or place overlaps a span: "Слава Украине" names no person. */
  private static boolean isPlace(List<TypedMention> found, int start, int end) {
    for (TypedMention f : found) {
      if ((f.type() == EntityType.COUNTRY || f.type() == EntityType.LOCATION)
          && f.start() < end && f.end() > start) {
        return true;
      }
    }
    return false;
  }

  /** Whether a text has a listed given name alone that could be a person. */
  private boolean hasLoneGivenName(String body, List<int[]> words) {
    for (int[] w : words) {
      if (givenName(text(body, w)) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * The surnames and given names of the full names found, alone and in any case, and the listed
   * given names alone inside a sentence.
   */
  private void addShortForms(String body, List<int[]> words, List<Name> people,
      Map<Name, Name> same, List<Name> notPeople, List<TypedMention> added) {
    Map<String, List<Name>> bySurname = new HashMap<>();
    Map<String, List<Name>> byGiven = new HashMap<>();
    for (Name n : people) {
      if (n.surnameStart() >= 0) {
        for (String stem : stems(n.surname(body))) {
          bySurname.computeIfAbsent(stem, k -> new ArrayList<>()).add(n);
        }
      }
      if (n.givenStart() >= 0) {
        byGiven.computeIfAbsent(givenName(n.given(body)), k -> new ArrayList<>()).add(n);
      }
    }
    BitSet taken = new BitSet(body.length());
    for (TypedMention m : added) {
      taken.set(m.start(), m.end());
    }
    for (Name n : notPeople) {
      taken.set(n.start(), n.end());
    }
    for (int[] w : words) {
      String word = text(body, w);
      String given = givenName(word);
      if (given == null && bySurname.isEmpty()) {
        continue;
      }
      Name person = null;
      if (given != null) {
        boolean opens = opensSentence(body, w[0]);
        if (opens && WORD_NAMES.contains(given)) {
          continue; // "Любовь к еде" opening a line
        }
        person = nearest(byGiven.get(given), w[0]);
        if (person == null && opens) {
          continue;
        }
      } else {
        for (String stem : stems(word)) {
          Name n = nearest(bySurname.get(stem), w[0]);
          if (n != null && (person == null || distance(n, w[0]) < distance(person, w[0]))) {
            person = n;
          }
        }
        if (person == null) {
          continue;
        }
      }
      int next = taken.nextSetBit(w[0]);
      if (next >= 0 && next < w[1] || inTitle(body, w[0])
          || namedAfter(body, w[0]) && !plain(word).equals(given)) {
        continue;
      }
      added.add(new TypedMention(w[0], w[1], EntityType.PERSON,
          person == null ? null : "=" + same.get(person).start(), null, false));
    }
  }

  /** The nearest of names in text order to a word ({@link #distance}), or null. */
  private static Name nearest(List<Name> names, int start) {
    if (names == null) {
      return null;
    }
    // in text order: the last before the word and the first after it
    int lo = 0;
    int hi = names.size() - 1;
    int before = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (names.get(mid).start() <= start) {
        before = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    Name best = before >= 0 ? names.get(before) : null;
    if (before + 1 < names.size()
        && (best == null || distance(names.get(before + 1), start) < distance(best, start))) {
      best = names.get(before + 1);
    }
    return best;
  }

  /** How far a name is from a word: a name introduced before it weighs more than one after. */
  private static int distance(Name name, int start) {
    return name.start() <= start ? start - name.start() : (name.start() - start) * 4;
  }


  /** What the case forms of a surname share: the word less one case ending, each way. */
  static Set<String> stems(String surname) {
    String word = plain(surname);
    Set<String> stems = new HashSet<>();
    for (String ending : SURNAME_ENDINGS) {
      if (word.endsWith(ending) && word.length() - ending.length() >= MIN_STEM) {
        stems.add(word.substring(0, word.length() - ending.length()));
      }
    }
    return stems;
  }

  private static boolean isPatronymic(String body, int[] word) {
    return PATRONYMIC.matcher(text(body, word)).matches();
  }

  private static String text(String body, int[] word) {
    return body.substring(word[0], word[1]);
  }

  /**
   * Whether an offset lies inside «...» on its line that holds a title of a work or a product
   * («Анна Каренина», «Маша и Медведь»): capitalised words and short ones only. Quoted speech,
   * «Маша сегодня выиграла», names people.
   */
  private static boolean inTitle(String body, int start) {
    int depth = 0;
    int open = -1;
    int from = Math.max(0, start - MAX_TITLE);
    for (int i = start - 1; i >= from && body.charAt(i) != '\n'; i--) {
      char c = body.charAt(i);
      if (c == OPEN_QUOTE) {
        depth++;
        if (depth > 0 && open < 0) {
          open = i;
        }
      } else if (c == CLOSE_QUOTE) {
        depth--;
      }
    }
    if (depth <= 0) {
      return false;
    }
    int limit = Math.min(body.length(), start + MAX_TITLE);
    int end = start;
    while (end < limit && body.charAt(end) != CLOSE_QUOTE && body.charAt(end) != '\n') {
      end++;
    }
    String quoted = body.substring(open + 1, end);
    return !LOWER_WORD.matcher(quoted).find();
  }

  /** Whether the words before an offset make a name a place's or organisation's. */
  private static boolean namedAfter(String body, int start) {
    int from = Math.max(0, start - 24);
    return NAMED_AFTER.matcher(body.substring(from, start)).find();
  }

  /** Whether a word opens a sentence, a line or a quotation, where any word has a capital. */
  static boolean opensSentence(String body, int start) {
    int i = start - 1;
    while (i >= 0 && (body.charAt(i) == ' ' || "\"“”„«»'‘’—–-(".indexOf(body.charAt(i)) >= 0)) {
      i--;
    }
    return i < 0 || body.charAt(i) == '\n' || ".!?…:".indexOf(body.charAt(i)) >= 0;
  }
}
