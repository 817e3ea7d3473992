package dev.lede.entities;

import java.util.ArrayList;
import java.util.List;

/**
 * Social media handles, which are no mentions: "@MattBevin", "@JoeBiden" in a quoted post name an
 * account as its owner typed it, not a person, place or organisation as the text names them (the
 * same person is a mention where the text writes the name: "Governor Matt Bevin"). The tagger
 * reads the letters after the at sign as a name; the mention is dropped. An at sign inside a word
 * is an e-mail address's, whose parts the tagger already leaves alone.
 *
 * <p>Thread-safe: holds no state.
 */
final class Handles {

  private Handles() {}

  /**
   * The mentions without those that open right after an at sign that opens a word.
   *
   * @param body the text the offsets point into
   * @param found the mentions, in text order
   * @return those kept, in text order
   */
  static List<TypedMention> without(String body, List<TypedMention> found) {
    List<TypedMention> kept = new ArrayList<>(found.size());
    for (TypedMention f : found) {
      if (!isHandle(body, f.start())) {
        kept.add(f);
      }
    }
    return kept.size() == found.size() ? found : kept;
  }

  private static boolean isHandle(String body, int start) {
    int at = start - 1;
    if (at < 0 || body.charAt(at) != '@' && body.charAt(at) != '＠') {
      return false;
    }
    return at == 0 || !Character.isLetterOrDigit(body.charAt(at - 1));
  }
}
