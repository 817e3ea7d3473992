package dev.lede.entities;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The words that open a text's organisations' names, each with the first organisation it opens,
 * for the stages that read a short name as the organisation it opens ("Norvale" for "Norvale
 * Mining Corp", "Hemlo Gold" for "Hemlo Gold Mines Inc", "Great Lakes" for "Great Lakes Forest
 * Products Ltd"). A short name that opens two different organisations' names ("Manchester" of
 * "Manchester United" and "Manchester City") names neither; two forms of one name
 * ("Norvale Mining" and "Norvale Mining Corp", the same {@link EntityClusterer#organisationKey})
 * are one organisation.
 *
 * <p>Not thread-safe: each pass over a text makes its own.
 */
final class OpeningNames {

  private final String body;
  private final Map<String, TypedMention> first = new HashMap<>();
  private final Set<String> ambiguous = new HashSet<>();

  /** @param body the text the mentions' offsets point into */
  OpeningNames(String body) {
    this.body = body;
  }

  /**
   * Records that a short name opens an organisation's name.
   *
   * @param opening the short name
   * @param organisation the organisation's mention
   */
  void add(String opening, TypedMention organisation) {
    TypedMention seen = first.putIfAbsent(opening, organisation);
    if (seen != null && !key(seen).equals(key(organisation))) {
      ambiguous.add(opening);
    }
  }

  /** The short names that open one organisation's name only, each with its first mention. */
  Map<String, TypedMention> unambiguous() {
    Map<String, TypedMention> out = new HashMap<>(first);
    out.keySet().removeAll(ambiguous);
    return out;
  }

  private String key(TypedMention m) {
    return EntityClusterer.organisationKey(body.substring(m.start(), m.end()));
  }
}
