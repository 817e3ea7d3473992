package dev.lede.entities;

import static dev.lede.entities.NameWords.ORG_HEADS;
import static dev.lede.entities.NameWords.PARTICLES;
import static dev.lede.entities.NameWords.hasHead;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The model's spans repaired before {@link ModelCandidates} cleans them: where the name finder's
 * span edges are wrong in ways a list or the sentence shows. A person span takes a word before
 * or after it that completes a listed name ({@link #withListedWords}) and the initials before it
 * ({@link #withInitials}); spans cut at name particles are joined ({@link #joinParticles}); two
 * names read as one are split ({@link #splitPairs}, {@link #splitRepeats}, {@link #splitRows});
 * a nickname in quotes between a given name and a surname joins them ({@link #joinNicknames}).
 * Spans are {@code {first token, token after the last, index into TaggedSentence#TYPES}}.
 *
 * <p>Thread-safe: holds only immutable data.
 */
final class ModelSpans {

  /** A token of initials only: "J.", "R.E.", "W.H.S.". */
  static final Pattern INITIALS = Pattern.compile("(\\p{Lu}\\.)+");
  /** Initials whose last full stop the tokenizer split off: "R.E" before ".". */
  private static final Pattern INITIALS_CUT = Pattern.compile("(\\p{Lu}\\.)*\\p{Lu}");

  /** Most words of a nickname in quotes inside a name ("Jimmy \"Jinky\" Laird"). */
  private static final int MAX_NICKNAME_WORDS = 3;

  private final Gazetteer gazetteer;
  private final NameFeatures features;

  ModelSpans(Gazetteer gazetteer, NameFeatures features) {
    this.gazetteer = gazetteer;
    this.features = features;
  }

  /**
   * A person span takes the capitalised word before it when the two make a person's name in the
   * name lexicon ("Xi Jinping", "Andrés Manuel López Obrador" first in a sentence, where the
   * model often leaves out an unknown first word), then the word after it likewise ("Adlai
   * Stevenson I"): the lexicon is evidence the model lacked there. Never a title, nor a word of
   * another span.
   */
  List<int[]> withListedWords(List<int[]> spans, SentenceTokens s) {
    int per = TaggedSentence.TYPES.indexOf("PER");
    String[] words = s.words();
    List<int[]> out = null;
    int previousEnd = 0;
    for (int i = 0; i < spans.size(); i++) {
      int[] span = spans.get(i);
      int a = span[0];
      if (span[2] == per && a - 1 >= previousEnd && !s.caps()
          && Character.isUpperCase(words[a - 1].charAt(0)) && !features.isTitle(words[a - 1])
          && NameFeatures.stripPossessive(words[a - 1]).equals(words[a - 1])
          && span[1] - a <= NameLexicon.MAX_TOKENS - 1
          && (gazetteer.names.lookup(Arrays.copyOfRange(words, a - 1, span[1]))
              & 1 << NameLexicon.PER) != 0) {
        if (out == null) {
          out = new ArrayList<>(spans);
        }
        out.set(i, new int[] {a - 1, span[1], span[2]});
        a--;
      }
      int b = span[1];
      int nextStart = i + 1 < spans.size() ? spans.get(i + 1)[0] : words.length;
      if (span[2] == per && b < nextStart && !s.caps()
          && Character.isUpperCase(words[b].charAt(0)) && !features.isTitle(words[b])
          && b + 1 - a <= NameLexicon.MAX_TOKENS
          && (gazetteer.names.lookup(Arrays.copyOfRange(words, a, b + 1))
              & 1 << NameLexicon.PER) != 0) {
        if (out == null) {
          out = new ArrayList<>(spans);
        }
        out.set(i, new int[] {a, b + 1, span[2]});
        b++;
      }
      previousEnd = b;
    }
    return out == null ? spans : out;
  }

  /**
   * Person spans take the initials written directly before them: a person's name includes its
   * initials ("J. Michael Straczynski", "W.H.S. Koerner", "R.E. Glenn"), which the model often
   * leaves out. Never a country's or a listed organisation's abbreviation ("U.S. John Smith"),
   * nor a token of another span.
   */
  static List<int[]> withInitials(List<int[]> spans, SentenceTokens s,
      LexiconCandidates.Marks marks) {
    int per = TaggedSentence.TYPES.indexOf("PER");
    String[] words = s.words();
    List<int[]> out = new ArrayList<>(spans.size());
    int previousEnd = 0;
    for (int[] span : spans) {
      int[] cur = span.clone();
      if (cur[2] == per) {
        int a = cur[0];
        while (true) {
          if (a - 1 >= previousEnd && INITIALS.matcher(words[a - 1]).matches()
              && !listed(a - 1, marks)) {
            a--;
          } else if (a - 2 >= previousEnd && words[a - 1].equals(".")
              && s.ends()[a - 2] == s.starts()[a - 1]
              && INITIALS_CUT.matcher(words[a - 2]).matches() && !listed(a - 2, marks)) {
            a -= 2;
          } else {
            break;
          }
        }
        cur[0] = a;
      }
      previousEnd = cur[1];
      out.add(cur);
    }
    return out;
  }

  /** Whether token t is part of a country's or a listed organisation's name. */
  private static boolean listed(int t, LexiconCandidates.Marks marks) {
    if (marks.countryToken()[t]) {
      return true;
    }
    for (int e = t; e < marks.knownOrgEndingAt().length; e++) {
      int start = marks.knownOrgEndingAt()[e];
      if (start >= 0 && start <= t) {
        return true;
      }
    }
    return false;
  }

  /**
   * Person spans split by name particles are one name ("Ursula" "von der" "Leyen"); a capitalised
   * particle right before a person span belongs to it ("Von der Leyen"); a person span followed
   * by particles and a capitalised word ends with that word ("Ursula von der Leyen").
   */
  static List<int[]> joinParticles(List<int[]> spans, String[] words) {
    int per = TaggedSentence.TYPES.indexOf("PER");
    List<int[]> out = new ArrayList<>(spans.size());
    for (int[] s : spans) {
      int[] cur = s.clone();
      if (cur[2] == per) {
        int a = cur[0];
        while (a > 0 && PARTICLES.contains(words[a - 1].toLowerCase(Locale.ROOT))
            && !(a - 1 > 0 && !out.isEmpty() && out.get(out.size() - 1)[1] == a - 1)) {
          a--;
        }
        if (a < cur[0] && Character.isUpperCase(words[a].charAt(0))) {
          cur[0] = a;
        }
        if (!out.isEmpty()) {
          int[] prev = out.get(out.size() - 1);
          boolean particlesOnly = prev[2] == per && prev[1] < cur[0];
          for (int t = prev[1]; t < cur[0] && particlesOnly; t++) {
            particlesOnly = PARTICLES.contains(words[t].toLowerCase(Locale.ROOT));
          }
          if (particlesOnly) {
            prev[1] = cur[1];
            continue;
          }
        }
      }
      out.add(cur);
    }
    // A person span followed by lowercase particles and a capitalised word takes them in
    // ("Ursula" + "von der Leyen", where the model tagged only the given name), and with them
    // a span the model started on that word ("Leyen" read as a place).
    for (int i = 0; i < out.size(); i++) {
      int[] cur = out.get(i);
      if (cur[2] != per) {
        continue;
      }
      int t = cur[1];
      while (t < words.length && PARTICLES.contains(words[t])) {
        t++;
      }
      if (t == cur[1] || t >= words.length || words[t].isEmpty()
          || !Character.isUpperCase(words[t].charAt(0))) {
        continue;
      }
      int[] next = i + 1 < out.size() ? out.get(i + 1) : null;
      if (next != null && next[0] < t) {
        continue; // something else sits between
      }
      if (next != null && next[0] == t) {
        cur[1] = next[1];
        out.remove(i + 1);
      } else {
        cur[1] = t + 1;
      }
    }
    return out;
  }

  /**
   * Two names joined by "and" that the model read as one: two people ("Latif Hakimi and Mohammad
   * Yasir", when both sides look like person names, a known given name first or a known surname
   * last, and no organisation head is in the span), or an organisation whose name ends in its
   * head, then another name ("World Health Organization and Doctors Without Borders"), or a
   * known organisation, then another name ("OECD and UNESCO"; {@code knownOrgEndingAt[t]} is the
   * first token of a listed organisation's name ending at token t, or -1), or, after a comma
   * and another name, the last two one-word names of a list ("Jeep, Peugeot and Maserati").
   */
  List<int[]> splitPairs(List<int[]> spans, String[] words, int[] knownOrgEndingAt) {
    int per = TaggedSentence.TYPES.indexOf("PER");
    List<int[]> out = new ArrayList<>(spans.size());
    for (int[] s : splitRows(splitRepeats(spans, words, per), words, per)) {
      int and = -1;
      boolean head = false;
      for (int t = s[0]; t < s[1]; t++) {
        if (words[t].equals("and") && t > s[0] && t < s[1] - 1 && and < 0) {
          and = t;
        }
        head |= ORG_HEADS.contains(words[t].toLowerCase(Locale.ROOT));
      }
      // an organisation or place span needs a known given name first on each side ("DB Cargo
      // and Rail Cargo Austria" is no pair of people, though "Cargo" is a listed surname)
      boolean given = and > 0 && (s[2] == per || gazetteer.givenNames.contains(words[s[0]])
          && gazetteer.givenNames.contains(words[and + 1]));
      if (and > 0 && !head && given && personLike(words, s[0], and)
          && personLike(words, and + 1, s[1])) {
        out.add(new int[] {s[0], and, per});
        out.add(new int[] {and + 1, s[1], per});
      } else if (and > s[0] && Character.isUpperCase(words[and + 1].charAt(0))
          && (knownOrgEndingAt[and - 1] == s[0] || and > s[0] + 1
              && ORG_HEADS.contains(words[and - 1].toLowerCase(Locale.ROOT))
              || hasHead(words, s[0], and) && hasHead(words, and + 1, s[1]))) {
        // "World Health Organization and Doctors Without Borders", "Massachusetts Institute of
        // Technology and Harvard University": two organisations
        out.add(new int[] {s[0], and, TaggedSentence.TYPES.indexOf("ORG")});
        out.add(new int[] {and + 1, s[1], s[2]});
      } else if (and == s[0] + 1 && s[1] == and + 2 && s[2] != per && s[0] >= 2
          && words[s[0] - 1].equals(",") && Character.isUpperCase(words[s[0] - 2].charAt(0))
          && Character.isUpperCase(words[s[0]].charAt(0))
          && Character.isUpperCase(words[and + 1].charAt(0))) {
        // "owns Jeep, Peugeot and Maserati": the last two names of a list, each a name of its own
        out.add(new int[] {s[0], and, s[2]});
        out.add(new int[] {and + 1, s[1], s[2]});
      } else {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * A person's name never repeats a word: a person span that does is two names in a row, as
   * where a signature meets the next line's greeting ("Phillip" "Phillip, can you...") or a
   * heading its first sentence ("Coron" "Coron is an island..."). The span is cut before each
   * capitalised word seen earlier in it. After a title the repeat is one person's given name and
   * surname ("Sgt. Hamid Hamid", "Dr. Ahmed Ahmed"): no signature or heading puts one there.
   */
  List<int[]> splitRepeats(List<int[]> spans, String[] words, int per) {
    List<int[]> out = new ArrayList<>(spans.size());
    for (int[] s : spans) {
      int from = s[0];
      int first = s[0];
      while (first < s[1] && features.isTitle(words[first])) {
        first++;
      }
      boolean titled = first > s[0] || s[0] > 0 && features.isTitle(words[s[0] - 1]);
      for (int t = s[0] + 1; t < s[1] && s[2] == per && !titled; t++) {
        for (int u = from; u < t; u++) {
          if (isNameWord(words[u]) && words[u].equals(words[t])) {
            out.add(new int[] {from, t, per});
            from = t;
            break;
          }
        }
      }
      out.add(from == s[0] ? s : new int[] {from, s[1], s[2]});
    }
    return out;
  }

  /**
   * Names in a row read as one: a person span that goes on, after a listed given name and at
   * least one more name word, with another listed given name and a capitalised word is two
   * people ("Debra Perlingiere Jackie Taylor", a signature and the next line's name), and so is
   * one that ends, where the name ends, with a listed given name no surname list knows ("Debra
   * Perlingiere Tammi," a signature and the next line's greeting, once lines are joined). A word
   * that is a given name and a surname ("Martin") cuts only after a word that is no given name; a
   * particle ("Giuseppe De Felice Giuffrida", "Khalid bin Hamad Al Thani", where "Al" is also a
   * listed given name) or a lowercase word after it ("Lula da Silva") never ends or starts a
   * second name.
   */
  List<int[]> splitRows(List<int[]> spans, String[] words, int per) {
    List<int[]> out = new ArrayList<>(spans.size());
    for (int[] s : spans) {
      int from = s[0];
      for (int t = s[0] + 2; t < s[1] && s[2] == per; t++) {
        // the second name goes on with a name word, or is a lone given name no surname list
        // knows that ends the name ("Debra Perlingiere Tammi,", the next line's greeting)
        boolean goesOn = t < s[1] - 1 ? isNameWord(words[t + 1])
            && !PARTICLES.contains(words[t + 1].toLowerCase(Locale.ROOT))
            : isNameWord(words[t]) && !gazetteer.surnames.contains(words[t])
                && (s[1] == words.length || !isNameWord(words[s[1]]));
        if (t - from >= 2 && gazetteer.givenNames.contains(words[from])
            && gazetteer.givenNames.contains(words[t]) && goesOn
            && isNameWord(words[t - 1])
            && !PARTICLES.contains(words[t - 1].toLowerCase(Locale.ROOT))
            && !PARTICLES.contains(words[t].toLowerCase(Locale.ROOT))
            && (!gazetteer.givenNames.contains(words[t - 1])
                || !gazetteer.surnames.contains(words[t]))) {
          out.add(new int[] {from, t, per});
          from = t;
        }
      }
      out.add(from == s[0] ? s : new int[] {from, s[1], s[2]});
    }
    return out;
  }

  /**
   * A person span, a nickname of capitalised words in quotes and the person span that goes on
   * after it are one name ("Jimmy \"Jinky\" Laird", "William \u201cBill\u201d Hartley", as
   * encyclopedias write people): the tagger reads the given name and the rest as two people.
   */
  static List<int[]> joinNicknames(List<int[]> spans, String[] words) {
    int per = TaggedSentence.TYPES.indexOf("PER");
    List<int[]> out = new ArrayList<>(spans.size());
    for (int i = 0; i < spans.size(); i++) {
      int[] cur = spans.get(i).clone();
      int close = cur[2] != per ? -1
          : swallowedNickname(words, cur) ? cur[1] : nicknameEnd(words, cur[1]);
      // the span that takes the word after the closing quote; it may start on the nickname
      int j = i + 1;
      while (close > 0 && j < spans.size() && spans.get(j)[1] <= close + 1) {
        j++;
      }
      if (close > 0 && j < spans.size() && spans.get(j)[2] == per
          && spans.get(j)[0] > cur[1] && spans.get(j)[0] <= close + 1) {
        cur[1] = spans.get(j)[1];
        i = j;
      }
      out.add(cur);
    }
    return out;
  }

  /**
   * Whether a person span ends in an opening quote and a nickname that the token after it closes,
   * a capitalised word after that: the tagger read "Adam \"Pacman" as one name before "\" Jones".
   */
  private static boolean swallowedNickname(String[] words, int[] span) {
    int close = span[1];
    if (close + 1 >= words.length || !isQuote(words[close]) || !isNameWord(words[close + 1])
        || !isNameWord(words[close - 1])) {
      return false;
    }
    for (int q = close - 2; q > span[0] && q >= close - 1 - MAX_NICKNAME_WORDS; q--) {
      if (isQuote(words[q])) {
        return true;
      }
      if (!isNameWord(words[q])) {
        return false;
      }
    }
    return false;
  }

  /**
   * The index of the closing quote or parenthesis of a nickname that opens at token {@code
   * open}, or -1: one to three capitalised words between quotes or in parentheses, a capitalised
   * word after them ("Adam (Pacman) Jones", as sports copy writes it too).
   */
  private static int nicknameEnd(String[] words, int open) {
    boolean parenthesis = open < words.length && words[open].equals("(");
    if (open + 1 >= words.length || !(isQuote(words[open]) || parenthesis)
        || !isNameWord(words[open + 1])) {
      return -1;
    }
    for (int c = open + 2; c < words.length - 1 && c <= open + 1 + MAX_NICKNAME_WORDS; c++) {
      if (parenthesis ? words[c].equals(")") : isQuote(words[c])) {
        return isNameWord(words[c + 1]) ? c : -1;
      }
      if (!isNameWord(words[c])) {
        return -1;
      }
    }
    return -1;
  }

  private static boolean isQuote(String w) {
    return w.equals("\"") || w.equals("\u201c") || w.equals("\u201d") || w.equals("'")
        || w.equals("\u2018") || w.equals("\u2019") || w.equals("``") || w.equals("''");
  }

  /** A capitalised word of two letters or more: initials ("J. R. R.") and particles may repeat. */
  private static boolean isNameWord(String w) {
    return w.length() > 1 && Character.isUpperCase(w.charAt(0))
        && Character.isLetter(w.charAt(w.length() - 1));
  }

  private boolean personLike(String[] words, int a, int b) {
    return b - a >= 1 && b - a <= 4 && Character.isUpperCase(words[a].charAt(0))
        && (gazetteer.givenNames.contains(words[a])
            || gazetteer.surnames.contains(NameFeatures.stripPossessive(words[b - 1])));
  }
}
