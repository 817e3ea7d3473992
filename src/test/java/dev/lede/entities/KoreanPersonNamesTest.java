package dev.lede.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link KoreanPersonNames}: Korean names found by a title, an honorific or an age after
 * them, then wherever they recur. The sentences are written for this test; the people are
 * invented.
 */
final class KoreanPersonNamesTest {

  private final KoreanPersonNames people = new KoreanPersonNames();

  private static List<String> texts(String body, List<TypedMention> mentions) {
    return mentions.stream().map(m -> body.substring(m.start(), m.end())).toList();
  }

  @Test
  void add_nameBeforeATitle_isAPersonWithoutTheTitle() {
    String body = "김민수 장관은 20일 기자들과 만났다. 박서연 의원도 참석했다.";

    assertThat(texts(body, people.add("ko", body, List.of())))
        .containsExactly("김민수", "박서연");
  }

  @Test
  void add_nameWithQualifiedTitleOrFormerTitle_isAPerson() {
    String body = "오정훈 서울시장과 한지우 전 대통령이 만났다.";

    assertThat(texts(body, people.add("ko", body, List.of())))
        .containsExactly("오정훈", "한지우");
  }

  @Test
  void add_nameBeforeABodyAndItsTitle_isAPerson() {
    String body = "최지훈 기획재정부 장관은 25일 회의에 참석했다. 최지훈은 물가를 점검했다.";

    assertThat(texts(body, people.add("ko", body, List.of())))
        .containsExactly("최지훈", "최지훈");
  }

  @Test
  void add_wordOfTimeBeforeABodyAndItsTitle_isNoPerson() {
    String body = "지난해 민주당 대표 경선은 치열했다.";

    assertThat(people.add("ko", body, List.of())).isEmpty();
  }

  @Test
  void add_honorificOrAge_isACue() {
    String body = "회사원 최영호(45)씨와 윤미래씨는 현장에 있었다.";

    assertThat(texts(body, people.add("ko", body, List.of())))
        .containsExactly("최영호", "윤미래");
  }

  @Test
  void add_nameWithACueElsewhere_isAPersonWithItsParticles() {
    String body = "강도윤의 발언이 화제다. 강도윤 감독은 웃었다. 팬들은 강도윤에게 박수를 보냈다.";

    assertThat(texts(body, people.add("ko", body, List.of())))
        .containsExactly("강도윤", "강도윤", "강도윤");
  }

  @Test
  void add_wordsOpeningWithASurnameSyllableWithoutACue_areNoPeople() {
    String body = "이야기는 길었다. 정당한 절차였다. 신중히 검토한 이야기를 들었다.";

    assertThat(people.add("ko", body, List.of())).isEmpty();
  }

  @Test
  void add_bodiesBeforeTheirTitles_areNoPeople() {
    // a party's leader, a ministry's spokesman, a city's mayor, the chip market, a university's
    // professor, a committee's chair, Korean players, a professor of politics, a disabled
    // player, a candidate for district head
    String body = "정의당 대표와 국방부 대변인, 서울 시장, 반도체 시장, 서울대 교수, 조직위 위원장, "
        + "한국인 선수, 정치학 교수, 장애인 선수, 구청장 후보가 모였다.";

    assertThat(people.add("ko", body, List.of())).isEmpty();
  }

  @Test
  void add_nounWithItsParticleBeforeATitle_isNoPerson() {
    String body = "정부는 선수에게 포상금을 준다. 정부는 선수들에게 감사했다.";

    assertThat(people.add("ko", body, List.of())).isEmpty();
  }

  @Test
  void add_twoSyllableWordsBeforeTitles_areNoPeople() {
    String body = "신임 장관과 차기 대통령, 공동 대표가 회의했다.";

    assertThat(people.add("ko", body, List.of())).isEmpty();
  }

  @Test
  void add_twoSyllableSurname_isPartOfTheName() {
    String body = "남궁민 감독은 신작을 공개했다.";

    assertThat(texts(body, people.add("ko", body, List.of()))).containsExactly("남궁민");
  }

  @Test
  void add_surnameThatOpensNoWord_needsNoCue() {
    String body = "류민호의 첫 앨범이 나왔다. 팬들은 류민호에게 편지를 보냈다.";

    assertThat(texts(body, people.add("ko", body, List.of()))).containsExactly("류민호", "류민호");
  }

  @Test
  void add_otherSurnamesWithoutACue_areNoPeople() {
    // "유민호" opens with the spelling of 류 that common words take
    String body = "유민호의 첫 앨범이 나왔다. 팬들은 유민호에게 편지를 보냈다.";

    assertThat(people.add("ko", body, List.of())).isEmpty();
  }

  @Test
  void add_hugeBodyOnOneLine_findsEveryName() {
    String body = "김민수 장관은 웃었다. 김민수의 말이다. ".repeat(5_000);

    assertThat(people.add("ko", body, List.of())).hasSize(10_000);
  }

  @Test
  void add_otherLanguage_changesNothing() {
    String body = "김민수 장관은 20일 기자들과 만났다.";

    assertThat(people.add("ja", body, List.of())).isEmpty();
  }
}
