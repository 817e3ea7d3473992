package dev.lede.entities;

import static dev.lede.entities.NameWords.PARTICLES;
import static dev.lede.entities.NameWords.singleSpaced;

import dev.lede.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A headline's names as the rest of the text writes them, for the document pass (step 12): in
 * headline case the model runs a name into the words around it ("Harris Warns Musk") and misses
 * names it finds in a sentence, while the text under the headline names the same people and
 * bodies in sentence case.
 *
 * <p>Thread-safe: holds only immutable data.
 */
final class HeadlineNames {

  /**
   * Fewest letters of an organisation's initials that name it in a headline, where the text
   * under it says what two letters stand for ("EU Court" over "European Union"): a headline
   * abbreviates more, and names what its article names.
   */
  private static final int MIN_HEADLINE_INITIALS = 2;

  private final NameFeatures features;

  HeadlineNames(NameFeatures features) {
    this.features = features;
  }

  /**
   * A headline's names as the rest of the text writes them. In headline case every word has a
   * capital, so the model runs a name into the words around it ("Harris Warns Musk", "Central
   * Bank of Nigeria Holds Key Rate") and misses names it would find in a sentence; the text
   * under the headline names the same people and bodies in sentence case. A headline mention
   * that holds names of the rest of the text (its mentions, their initials, the words of its
   * people's names) and other words, none of them a listed given name, becomes those names; a
   * headline mention written as a mention of the rest of the text takes its type; and a run of
   * headline words written as such a name, where the headline has no mention, is one. A
   * headline in capitals is read so too, its words matched to the names in capitals.
   */
  List<TypedMention> apply(String body, List<TypedMention> found,
      List<Token> tokens, List<int[]> headlines) {
    Map<String, TypedMention> names = new LinkedHashMap<>(); // text order: the first form wins
    int longest = 0;
    for (TypedMention f : found) {
      String text = singleSpaced(body.substring(f.start(), f.end()));
      if (DocumentFilters.inside(f.start(), headlines)) {
        continue;
      }
      names.putIfAbsent(text, f);
      if ((f.type() == EntityType.ORGANIZATION || f.type() == EntityType.MINISTRY)
          && text.contains(" ")) {
        String initials = EntityClusterer.initials(text);
        if (initials.length() >= MIN_HEADLINE_INITIALS) {
          names.putIfAbsent(initials, f); // "WHO" over "World Health Organization"
        }
      }
      longest = Math.max(longest, text.split(" ").length);
    }
    // a person's words alone, as a headline names people ("Harris Warns Musk")
    for (TypedMention f : found) {
      if (f.type() != EntityType.PERSON || DocumentFilters.inside(f.start(), headlines)) {
        continue;
      }
      String[] words = singleSpaced(body.substring(f.start(), f.end())).split(" ");
      for (int i = 0; i < words.length && words.length > 1; i++) {
        String w = words[i];
        if (w.length() >= 3 && Character.isUpperCase(w.charAt(0))
            && !PARTICLES.contains(w.toLowerCase(Locale.ROOT)) && !features.isTitle(w)) {
          names.putIfAbsent(w, f);
        }
      }
    }
    if (names.isEmpty()) {
      return found;
    }
    // a headline in capitals writes the same names in capitals ("BOLA TINUBU SPEAKS ON FUEL"):
    // looked up as written, they were never found, and the model's run into the verb stayed
    for (Map.Entry<String, TypedMention> e : List.copyOf(names.entrySet())) {
      names.putIfAbsent(e.getKey().toUpperCase(Locale.ROOT), e.getValue());
    }
    List<TypedMention> out = new ArrayList<>(found.size());
    for (TypedMention f : found) {
      if (!DocumentFilters.inside(f.start(), headlines)) {
        out.add(f);
        continue;
      }
      TypedMention same = names.get(singleSpaced(body.substring(f.start(), f.end())));
      if (same != null) {
        out.add(same.type() == f.type() ? f : fromName(f.start(), f.end(), same));
        continue;
      }
      List<TypedMention> parts = namesWithin(body, f, tokens, names, longest);
      out.addAll(parts.isEmpty() || !onlyCommonWordsLeft(f, parts, tokens)
          ? List.of(f) : parts);
    }
    // runs of headline tokens written as a name of the rest of the text, where nothing is found
    List<TypedMention> extra = new ArrayList<>();
    int next = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (!DocumentFilters.inside(t.start(), headlines)) {
        continue;
      }
      while (next < out.size() && out.get(next).end() <= t.start()) {
        next++;
      }
      for (int j = Math.min(tokens.size(), i + longest) - 1; j >= i; j--) {
        int end = tokens.get(j).end();
        // the cheap tests before the copy and look-up: with a name of thousands of words in the
        // text, each headline word copied every run of words after it up to that length
        if ((next < out.size() && out.get(next).start() < end)
            || !DocumentFilters.inside(tokens.get(j).start(), headlines)) {
          continue;
        }
        TypedMention name = names.get(singleSpaced(body.substring(t.start(), end)));
        if (name != null) {
          extra.add(fromName(t.start(), end, name));
          i = j;
          break;
        }
      }
    }
    out.addAll(extra);
    out.sort(Comparator.comparingInt(TypedMention::start));
    return out;
  }

  /** The names of the rest of the text written inside a headline mention, left to right. */
  private static List<TypedMention> namesWithin(String body, TypedMention f, List<Token> tokens,
      Map<String, TypedMention> names, int longest) {
    List<Token> inside = within(tokens, f);
    List<TypedMention> parts = new ArrayList<>();
    for (int i = 0; i < inside.size(); i++) {
      for (int j = Math.min(inside.size(), i + longest) - 1; j >= i; j--) {
        int start = inside.get(i).start();
        int end = inside.get(j).end();
        TypedMention name = names.get(singleSpaced(body.substring(start, end)));
        if (name != null) {
          parts.add(fromName(start, end, name));
          i = j;
          break;
        }
      }
    }
    return parts;
  }

  /**
   * Whether a headline mention runs the names found in it into words a headline capitalises:
   * it has words outside them ("New York Times" after "New York" and "the Times" is one name,
   * as "Bayern Munich" is), and none of those is a listed given name.
   */
  private boolean onlyCommonWordsLeft(TypedMention f, List<TypedMention> parts,
      List<Token> tokens) {
    boolean left = false;
    for (Token t : within(tokens, f)) {
      boolean inPart = false;
      for (TypedMention p : parts) {
        inPart |= t.start() >= p.start() && t.end() <= p.end();
      }
      String w = t.text();
      if (!inPart && Character.isLetter(w.charAt(0))) {
        if (features.isGivenName(w)) {
          return false;
        }
        left = true;
      }
    }
    return left;
  }

  /**
   * The tokens inside a mention, found by a binary search over the text's tokens (in text order):
   * a long text has many headline mentions and many tokens.
   */
  private static List<Token> within(List<Token> tokens, TypedMention f) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).start() < f.start()) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    List<Token> out = new ArrayList<>();
    for (int i = lo; i < tokens.size() && tokens.get(i).start() <= f.end(); i++) {
      if (tokens.get(i).end() <= f.end()) {
        out.add(tokens.get(i));
      }
    }
    return out;
  }

  /** A mention at the given offsets of the entity that {@code name} names. */
  private static TypedMention fromName(int start, int end, TypedMention name) {
    return new TypedMention(start, end, name.type(),
        name.type() == EntityType.PERSON ? null : DocumentPass.reference(name), name.code(),
        name.usState());
  }
}
