package dev.lede.entities;

import static dev.lede.entities.NameWords.ARTICLES;
import static dev.lede.entities.NameWords.DATE_WORDS;
import static dev.lede.entities.NameWords.isCap;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The guideline stage's newspapers and magazines, media and so organisations by the guidelines,
 * where their names are common words the model reads as nothing or as a place: capitalised words
 * right before "magazine", "newspaper" or "tabloid" ("she told People magazine", "Time magazine
 * reported", "the Harbour Mail newspaper"; not a listed place, day or demonym there, "a Chicago
 * newspaper", "the Sunday newspaper", "the Russian newspaper", nor a name the model read as a
 * place), and a capitalised "The" inside a sentence after "told" or "an interview with", which
 * opens a title ("told The Atlantic", "in an interview with The Economist"), and sites named by
 * their domain, capitalised as names are ("told Polygraph.info"), and capitalised words no
 * other stage found after a source's cue ("told Harbour Insider", "published by Quillcast",
 * "according to ChipWatch", "credit: Brightlens"). Each is a candidate
 * that competes with the others: the longest span wins.
 *
 * <p>Thread-safe: holds only immutable data.
 */
final class PublicationNames {

  /** What a publication's name comes before, in lower case: "People magazine". */
  private static final Set<String> PUBLICATION_WORDS = Set.of("magazine", "newspaper",
      "tabloid", "newsletter", "journal", "website");
  /**
   * A site named by its domain, capitalised as a name is: "Polygraph.info", "Salon.com",
   * "Newsgrid.co.uk"; not an address or a file in lower case ("ledgerly.com", "Report.pdf").
   */
  private static final Pattern DOMAIN = Pattern.compile("\\p{Lu}[\\p{L}\\d-]*(?:\\.[\\p{L}\\d-]+)*"
      + "\\.(?:com|org|net|info|io|co|news|tv|ai|app|eu|us|uk|ru|de|fr|in|ca|au|ng|ua|ch|nl)");
  /** Words after which a mid-sentence "The" opens the title being told or interviewed by. */
  private static final Set<String> TOLD = Set.of("told", "tells", "telling");
  /** The most capitalised words of a publication's name. */
  private static final int MAX_NAME_WORDS = 4;

  private final Gazetteer gazetteer;
  private final NameFeatures features;

  PublicationNames(Gazetteer gazetteer, NameFeatures features) {
    this.gazetteer = gazetteer;
    this.features = features;
  }

  /**
   * Adds the sentence's publications as organisation candidates.
   *
   * @param s the sentence
   * @param marks the lexicon's marks (demonyms, places, countries)
   * @param cands the candidates; publications are added
   */
  void publications(SentenceTokens s, LexiconCandidates.Marks marks, List<Candidate> cands) {
    String[] words = s.words();
    for (int i = 0; i < words.length; i++) {
      int at = i;
      // a site named by its domain is one whatever type the model read in its name: the tagger
      // reads "Newsgrid.co.uk" as a place by its ".uk"; it beats the model's same span
      if (DOMAIN.matcher(words[i]).matches()
          && cands.stream().noneMatch(c -> c.a() == at && c.type() == EntityType.ORGANIZATION)) {
        cands.add(new Candidate(i, i + 1, EntityType.ORGANIZATION, null, null, false,
            Candidate.PRIO_DOMAIN));
      }
      if (i == 0) {
        continue;
      }
      int cue = sourceCue(words, i);
      if (cue != 0 && isCap(words[i], false) && !words[i].equals("The")) {
        afterSourceCue(words, i, cue < 0, marks, cands);
      }
      if (PUBLICATION_WORDS.contains(words[i])) {
        beforeKind(words, i, marks, cands);
      } else if (words[i].equals("The") && toldBefore(words, i)) {
        int b = i + 1;
        while (b < words.length && b - i <= MAX_NAME_WORDS && isCap(words[b], false)
            && !DATE_WORDS.contains(words[b])) {
          b++;
        }
        if (b > i + 1 && cands.stream().noneMatch(c -> c.a() == at)
            && !allMarked(marks.countryToken(), i + 1, b)) {
          cands.add(new Candidate(i, b, EntityType.ORGANIZATION, null, null, false,
              Candidate.PRIO_MODEL));
        }
      }
    }
  }

  /**
   * The capitalised words before a publication word at token k, where they name no place: "the
   * Wasilla newspaper" is the town's.
   */
  private void beforeKind(String[] words, int k, LexiconCandidates.Marks marks,
      List<Candidate> cands) {
    int a = k;
    while (a > 0 && k - a < MAX_NAME_WORDS && isCap(words[a - 1], false)
        && !ARTICLES.contains(words[a - 1].toLowerCase(Locale.ROOT))
        && !NameWords.isPossessive(words[a - 1])
        && !marks.demonym()[a - 1] && !DATE_WORDS.contains(words[a - 1])
        && !features.isTitle(words[a - 1]) && !ModelCandidates.namesNothing(words[a - 1])) {
      a--;
    }
    int first = a;
    if (a == k || allMarked(marks.placeToken(), a, k) || allMarked(marks.countryToken(), a, k)
        || marks.bigCity()[a] && k - a == 1
        || gazetteer.namesOnlyPlaces(String.join(" ", List.of(words).subList(a, k)))
        || cands.stream().anyMatch(c -> c.a() <= first && c.b() >= k
            && (c.type() == EntityType.LOCATION || c.type() == EntityType.COUNTRY))) {
      return;
    }
    // a capitalised "The" inside the sentence belongs to the title: "The Economist magazine"
    if (a > 1 && words[a - 1].equals("The")) {
      a--;
    }
    cands.add(new Candidate(a, k, EntityType.ORGANIZATION, null, null, false,
        Candidate.PRIO_MODEL));
  }

  /**
   * Whether a cue that names a source stands right before token i, a lower-case "the" aside:
   * 1 for one that names outlets only ("published by", "credit:", "courtesy of"), -1 for one
   * that names people as often ("told", "according to"), 0 for none.
   */
  private static int sourceCue(String[] words, int i) {
    int k = i > 0 && words[i - 1].equals("the") ? i - 1 : i;
    String w1 = k > 0 ? words[k - 1] : "";
    String w2 = k > 1 ? words[k - 2] : "";
    if (w1.equals("by") && (w2.equals("published") || w2.equals("reported"))
        || w1.equals(":") && w2.equalsIgnoreCase("credit")
        || w1.equals("of") && w2.equalsIgnoreCase("courtesy")) {
      return 1;
    }
    return TOLD.contains(w1) || w1.equals("to") && w2.equalsIgnoreCase("according") ? -1 : 0;
  }

  /**
   * The capitalised words at token i after a source's cue, where no candidate stands, as the
   * outlet: the model reads an outlet it has never seen as nothing ("told Harbour Insider",
   * "published by Quillcast", "According to ChipWatch", "credit: Brightlens"). Not a day, a
   * demonym, a listed place, a title ("told the President"), nor, after a cue that names people
   * as often, a listed given name or surname ("told Sarah").
   */
  private void afterSourceCue(String[] words, int i, boolean people,
      LexiconCandidates.Marks marks, List<Candidate> cands) {
    int b = i;
    while (b < words.length && b - i < MAX_NAME_WORDS && isCap(words[b], false)
        && NameFeatures.stripPossessive(words[b]).equals(words[b])
        && !DATE_WORDS.contains(words[b]) && !marks.demonym()[b] && !marks.placeToken()[b]
        && !marks.countryToken()[b] && !features.isTitle(words[b])
        && !ModelCandidates.namesNothing(words[b])) {
      b++;
    }
    int end = b;
    // a run cut short by a title or a longer name ("according to Fire Chief Joe Steele"), an
    // initial ("told L. A. Superior Court") or a letter ("told E! News") names no outlet alone
    if (b == i || b < words.length && isCap(words[b], false) || words[i].length() < 2
        || words[i].endsWith(".") || people && features.isListedName(words[i])
        || cands.stream().anyMatch(c -> c.a() < end && c.b() > i)) {
      return;
    }
    cands.add(new Candidate(i, b, EntityType.ORGANIZATION, null, null, false,
        Candidate.PRIO_MODEL));
  }

  /** Whether "told" or "an interview with" stands right before token i. */
  private static boolean toldBefore(String[] words, int i) {
    return i > 0 && TOLD.contains(words[i - 1])
        || i > 2 && words[i - 1].equals("with") && words[i - 2].equals("interview")
        || i > 2 && words[i - 1].equals("with") && words[i - 2].equals("interviews");
  }

  /** Whether every token in [a, b) is marked. */
  private static boolean allMarked(boolean[] marked, int a, int b) {
    for (int t = a; t < b; t++) {
      if (!marked[t]) {
        return false;
      }
    }
    return true;
  }
}
