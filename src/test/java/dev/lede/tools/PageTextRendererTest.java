package dev.lede.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Tests {@link PageTextRenderer}, the select-all + copy of a page. */
final class PageTextRendererTest {

  @Test
  void render_paragraphsStandApartByABlankLine_blocksStartLines() {
    String text = PageTextRenderer.render("<body><h1>Ferries resume</h1><div>By Ana Ruiz</div>"
        + "<p>The first boat left at six.</p><p>It was full.</p></body>");

    assertThat(text).isEqualTo("Ferries resume\nBy Ana Ruiz\n\nThe first boat left at six."
        + "\n\nIt was full.");
  }

  @Test
  void render_inlineElementsAndWhiteSpaceRunsJoinWithOneSpace() {
    String text = PageTextRenderer.render("<p>The  <b>harbour</b>\n   master <a href=x>said</a>"
        + "<i>n</i>o more.</p>");

    assertThat(text).isEqualTo("The harbour master saidno more.");
  }

  @Test
  void render_brBreaksLines_twoMakeABlankLine() {
    assertThat(PageTextRenderer.render("<div>one<br>two<br><br>three<br></div><div>four</div>"))
        .isEqualTo("one\ntwo\n\nthree\nfour");
  }

  @Test
  void render_listItemsOnTheirOwnLines_tableCellsByTabs() {
    String text = PageTextRenderer.render("<ul><li>Home</li><li>World <b>news</b></li></ul>"
        + "<table><tr><td>Name</td><td>Age</td></tr><tr><th>Ana</th><td>34</td></tr></table>");

    assertThat(text).isEqualTo("Home\nWorld news\nName\tAge\nAna\t34");
  }

  @Test
  void render_unrenderedContentLeftOut() {
    String text = PageTextRenderer.render("<html><head><title>Page title</title>"
        + "<style>p{color:red}</style></head><body><script>var x = 1;</script>"
        + "<noscript>Enable scripts</noscript><template><p>Later</p></template>"
        + "<p hidden>Hidden one</p><div style=\"color: red; display: none\">Hidden two</div>"
        + "<span style='visibility:hidden'>Hidden three</span><dialog>Closed dialog</dialog>"
        + "<details><summary>More</summary>Folded text</details>"
        + "<form><input value='typed'><textarea>draft</textarea><select><option>One</option>"
        + "</select></form><p>Shown text.</p></body></html>");

    assertThat(text).isEqualTo("More\n\nShown text.");
  }

  @Test
  void render_pageChromeIsCopiedAsABrowserShowsIt() {
    String text = PageTextRenderer.render("<header>Harbour Ledger</header><nav><a>Home</a> "
        + "<a>World</a></nav><article><p>Body.</p></article><aside>Most read</aside>"
        + "<footer>© 2024</footer>");

    assertThat(text).isEqualTo("Harbour Ledger\nHome World\n\nBody.\n\nMost read\n© 2024");
  }

  @Test
  void render_preformattedTextKeepsItsSpaces() {
    assertThat(PageTextRenderer.render("<pre>a  b\n  c</pre><p>d   e</p>"))
        .isEqualTo("a  b\n  c\n\nd e");
  }

  @Test
  void render_openDetailsAndDialogShowTheirText() {
    assertThat(PageTextRenderer.render("<details open><summary>S</summary>body</details>"
        + "<dialog open>asked</dialog>")).isEqualTo("S\nbody\nasked");
  }

  @Test
  void render_badInput_neverFails() {
    assertThat(PageTextRenderer.render("")).isEmpty();
    assertThat(PageTextRenderer.render("<p>unclosed <b>bold <i>text")).isEqualTo(
        "unclosed bold text");
    assertThat(PageTextRenderer.render("\uD800 lone <p>😀 emoji</p>")).contains("😀 emoji");
    String deep = "<div>".repeat(20_000) + "deep" + "</div>".repeat(20_000);
    assertThat(PageTextRenderer.render(deep)).isEqualTo("deep");
    assertThatThrownBy(() -> PageTextRenderer.render(null))
        .isInstanceOf(NullPointerException.class).hasMessage("html");
  }
}
