package dev.lede.entities;

import static dev.lede.entities.NameWords.PARTICLES;
import static dev.lede.entities.NameWords.singleSpaced;

import dev.lede.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The document stage's names where no sentence found one: a token that the text's names name
 * elsewhere (an abbreviation after its definition, a one-word organisation again, an
 * organisation's head or first word, a word of a person's name), read after every sentence's
 * mentions are known ({@link DocumentPass}).
 *
 * <p>Thread-safe: stateless.
 */
final class UncoveredNames {

  /**
   * What says that a sentence's first word is the organisation named so elsewhere, not a common
   * word ("Grab a seat"): its speaking or its people right after it ("Unite said", "Unite
   * officials"); a club's player after a role is another ({@link
   * SportsClubs#beforeRoleAndName}).
   */
  private static final Pattern SPOKEN_FOR = Pattern.compile("\\A\\s+(?:said|says|told"
      + "|officials|members|leaders|spokesman|spokeswoman|spokesperson)\\b");

  private UncoveredNames() {}

  /**
   * Tokens no sentence found, outside the tickers: a defined abbreviation after its definition,
   * a one-word name in {@code repeats} inside a sentence (one of {@code heads} anywhere: an
   * organisation's head word, "Commission", as the organisation it names there), the first word
   * of an organisation's name ({@code shortNames}) doing a company's deed ("Brennholt bought a
   * rival", {@link CompanyNames#deedAfter}), or a surname or given name of a person of this text
   * (a surname repeat keeps its particles: "Von der Leyen's", "von der Leyen").
   */
  static List<TypedMention> find(String body, List<TypedMention> out,
      List<Token> tokens, Map<String, TypedMention> aliases, Set<String> nicknames,
      Map<String, TypedMention> repeats,
      DocumentFilters.HeadNames heads, Map<String, TypedMention> shortNames,
      List<int[]> tickers, DocumentPass.People people) {
    List<TypedMention> extra = new ArrayList<>();
    int next = 0;
    int lastCovered = -1; // index of the last token inside a mention
    int previousPersonWord = -2; // index of the last token added as a word of a person's name
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      while (next < out.size() && out.get(next).end() <= t.start()) {
        next++;
      }
      if (next < out.size() && out.get(next).start() < t.end()) {
        lastCovered = i;
        continue;
      }
      if (DocumentFilters.inside(t.start(), tickers)) {
        continue; // "(NASDAQ: AMD)" names no "Advanced Micro Devices"
      }
      String w = NameFeatures.stripPossessive(t.text());
      int end = t.start() + w.length();
      boolean split = w.equals(t.text()) && DocumentFilters.fullStopSplitOff(tokens, i);
      TypedMention def = aliases.getOrDefault(w, split ? aliases.get(w + ".") : null);
      def = def != null ? def : aliases.get(DocumentFilters.undotted(w)); // "W.H.O." for WHO
      if (def != null && split && !aliases.containsKey(w)) {
        end = t.end() + 1; // "I.R.C.F" "." after "(I.R.C.F.)"
      }
      List<TypedMention> named = heads.byWord().get(w);
      TypedMention same = named != null ? heads.named(body, w, t.start()) : repeats.get(w);
      if (def != null && (t.start() > def.start() || nicknames.contains(w))) {
        extra.add(new TypedMention(t.start(), end, def.type(), DocumentPass.reference(def), null,
            false));
      } else if (same != null && (named != null
          // not inside an unfound "Trade Commission", "Bank of Japan" or "Library Carpentry"
          ? !afterCapitalisedWord(body, tokens, i) && !beforeOfAndAName(tokens, i)
              && !beforeCapitalisedWord(tokens, i)
          : !DocumentFilters.opensSentence(body, t.start())
              || SPOKEN_FOR.matcher(body).region(end, body.length()).lookingAt()
              // "Wild defenseman Ryan Holt": a club before its player
              || SportsClubs.beforeRoleAndName(body, end))) {
        extra.add(new TypedMention(t.start(), end, same.type(), DocumentPass.reference(same),
            same.code(), same.usState()));
      } else if (shortNames.containsKey(w) && w.equals(t.text())
          && CompanyNames.deedAfter(body, t.end())) {
        // "In 1988 Brennholt bought a rival" after "Brennholt Werkzeuge GmbH": the company,
        // though it is also its founder's surname
        extra.add(new TypedMention(t.start(), end, EntityType.ORGANIZATION,
            DocumentPass.reference(shortNames.get(w)), null, false));
      } else if (people.words().contains(w) || loneTitleSurname(people, tokens, i, w)) {
        // a surname repeat keeps its particles ("Von der Leyen's", "von der Leyen")
        int first = i;
        while (first - 1 > lastCovered && PARTICLES.contains(
            tokens.get(first - 1).text().toLowerCase(Locale.ROOT))) {
          first--;
        }
        if (first < i && !people.particleSurnames().contains(singleSpaced(
            body.substring(tokens.get(first).start(), end)).toLowerCase(Locale.ROOT))) {
          first = i;
        }
        TypedMention previous = extra.isEmpty() ? null : extra.get(extra.size() - 1);
        if (previous != null && previousPersonWord == i - 1
            && previous.end() == tokens.get(i - 1).end()
            && DocumentPass.onlySpaces(body, previous.end(), t.start())) {
          // "Samia Suluhu Hassan" again where no sentence found it: one mention, not three
          extra.set(extra.size() - 1, new TypedMention(previous.start(), end, EntityType.PERSON,
              null, null, false));
        } else {
          extra.add(new TypedMention(tokens.get(first).start(), end, EntityType.PERSON, null,
              null, false));
        }
        previousPersonWord = i;
      }
    }
    return extra;
  }

  /**
   * Whether token i is a person's surname that is also a title ("King" after "Tishana King"),
   * after that person's first full mention and alone: no article before it ("the King"), no
   * capitalised word or "of" after it ("King Charles", "Bishop of Arden").
   */
  private static boolean loneTitleSurname(DocumentPass.People people, List<Token> tokens, int i,
      String w) {
    Integer after = people.titleSurnames().get(w);
    if (after == null || tokens.get(i).start() < after) {
      return false;
    }
    String before = i > 0 ? tokens.get(i - 1).text().toLowerCase(Locale.ROOT) : "";
    String next = i + 1 < tokens.size() ? tokens.get(i + 1).text() : "";
    return !NameWords.ARTICLES.contains(before) && !beforeCapitalisedWord(tokens, i)
        && !next.equals("of");
  }

  /** Whether token i comes before "of" and a capitalised word: "Bank" of "Bank of Japan". */
  private static boolean beforeOfAndAName(List<Token> tokens, int i) {
    if (i + 2 >= tokens.size() || !tokens.get(i + 1).text().equals("of")) {
      return false;
    }
    String name = tokens.get(i + 2).text();
    return !name.isEmpty() && Character.isUpperCase(name.charAt(0));
  }

  /** Whether token i comes before a capitalised word: "Library" of "Library Carpentry". */
  private static boolean beforeCapitalisedWord(List<Token> tokens, int i) {
    String after = i + 1 < tokens.size() ? tokens.get(i + 1).text() : "";
    return !after.isEmpty() && Character.isUpperCase(after.charAt(0));
  }

  /** Whether token i follows a capitalised word of its own sentence. */
  private static boolean afterCapitalisedWord(String body, List<Token> tokens, int i) {
    String before = i > 0 ? tokens.get(i - 1).text() : "";
    // "The Chronicle says": a "The" that opens the sentence is the article, no word of a name
    return !before.isEmpty() && Character.isUpperCase(before.charAt(0))
        && !DocumentFilters.opensSentence(body, tokens.get(i).start())
        && !(before.equals("The")
            && DocumentFilters.opensSentence(body, tokens.get(i - 1).start()));
  }
}
