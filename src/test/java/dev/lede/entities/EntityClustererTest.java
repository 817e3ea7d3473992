package dev.lede.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class EntityClustererTest {

  private static EntityClusterer clusterer() {
    return new EntityClusterer(StageFixtures.gazetteer());
  }

  /** Mentions of a body, each "TYPE:text": the text's first occurrence after the previous mention. */
  private static List<TypedMention> mentions(String body, String... typed) {
    List<TypedMention> out = new ArrayList<>();
    int from = 0;
    for (String t : typed) {
      int colon = t.indexOf(':');
      String text = t.substring(colon + 1);
      int start = body.indexOf(text, from);
      assertThat(start).as(text).isGreaterThanOrEqualTo(0);
      out.add(new TypedMention(start, start + text.length(),
          EntityType.valueOf(t.substring(0, colon)), null, null, false));
      from = start + text.length();
    }
    return out;
  }

  /** An entity as "TYPE:name[mention texts]". */
  private static List<String> show(List<Entity> entities) {
    return entities.stream().map(e -> e.type() + ":" + e.name()
        + e.mentions().stream().map(Mention::text).toList()).toList();
  }

  @Test
  void cluster_acronymsPlainOrDotted_joinTheirLongForm() {
    String body = "The LRWA said the Lake Region Water Authority and the L.R.W.A. board met.";

    List<Entity> found = clusterer().cluster(null, body, mentions(body, "ORGANIZATION:LRWA",
        "ORGANIZATION:Lake Region Water Authority", "ORGANIZATION:L.R.W.A."));

    assertThat(show(found)).containsExactly(
        "ORGANIZATION:Lake Region Water Authority[LRWA, Lake Region Water Authority, L.R.W.A.]");
    assertThat(found.get(0).mentions().get(0).start()).isEqualTo(4);
  }

  @Test
  void cluster_acronymInitials_skipMinorWordsAndSplitHyphens() {
    String body = "The Bank of the Northern Isles (BNI) and the Trans-Pacific Shipping Union"
        + " (TPSU) signed; Civic Platform (CP) agreed.";

    List<Entity> found = clusterer().cluster(null, body, mentions(body,
        "ORGANIZATION:Bank of the Northern Isles", "ORGANIZATION:BNI",
        "ORGANIZATION:Trans-Pacific Shipping Union", "ORGANIZATION:TPSU",
        "ORGANIZATION:Civic Platform", "ORGANIZATION:CP"));

    assertThat(show(found)).containsExactlyInAnyOrder(
        "ORGANIZATION:Bank of the Northern Isles[Bank of the Northern Isles, BNI]",
        "ORGANIZATION:Trans-Pacific Shipping Union[Trans-Pacific Shipping Union, TPSU]",
        "ORGANIZATION:Civic Platform[Civic Platform, CP]");
  }

  @Test
  void cluster_organisationWithAndWithoutItsLegalForm_isOneNamedInFull() {
    String body = "Norvale Mining said profits rose. Norvale Mining Corporation shares fell, and"
        + " NORVALE MINING CORP. and Osk Partners Ltd. and Osk Partners, Inc. and Osk Partners"
        + " disagreed; Velo Inc. and Velo and the Corporation spoke, NM said.";

    List<Entity> found = clusterer().cluster(null, body, mentions(body,
        "ORGANIZATION:Norvale Mining", "ORGANIZATION:Norvale Mining Corporation",
        "ORGANIZATION:NORVALE MINING CORP", "ORGANIZATION:Osk Partners Ltd.",
        "ORGANIZATION:Osk Partners, Inc.", "ORGANIZATION:Osk Partners",
        "ORGANIZATION:Velo Inc.", "ORGANIZATION:Velo", "ORGANIZATION:Corporation",
        "ORGANIZATION:NM"));

    // "Corporation" alone is the one organisation named with it; "NM" its initials
    assertThat(show(found)).containsExactlyInAnyOrder(
        "ORGANIZATION:Norvale Mining Corporation[Norvale Mining, Norvale Mining Corporation,"
            + " NORVALE MINING CORP, Corporation, NM]",
        "ORGANIZATION:Osk Partners Ltd.[Osk Partners Ltd., Osk Partners, Inc., Osk Partners]",
        "ORGANIZATION:Velo Inc.[Velo Inc., Velo]");
  }

  @Test
  void cluster_organisationOrPlaceWithAndWithoutAccents_isOneNamedWithThem() {
    String body = "Compania Minera Andina said output fell at Pôrto Quilombo; Compañía Minera"
        + " Andina shares rose and Porto Quilombo officials agreed.";

    List<Entity> found = clusterer().cluster(null, body, mentions(body,
        "ORGANIZATION:Compania Minera Andina", "LOCATION:Pôrto Quilombo",
        "ORGANIZATION:Compañía Minera Andina", "LOCATION:Porto Quilombo"));

    assertThat(show(found)).containsExactlyInAnyOrder(
        "ORGANIZATION:Compañía Minera Andina[Compania Minera Andina, Compañía Minera Andina]",
        "LOCATION:Pôrto Quilombo[Pôrto Quilombo, Porto Quilombo]");
  }

  @Test
  void cluster_wordThatIsNoAcronym_staysApart() {
    String body = "Lake Region Water Authority staff met Lrwa Holdings and LRWAX and L officials.";

    List<Entity> found = clusterer().cluster(null, body, mentions(body,
        "ORGANIZATION:Lake Region Water Authority", "ORGANIZATION:Lrwa",
        "ORGANIZATION:LRWAX", "ORGANIZATION:L"));

    assertThat(found).hasSize(4);
  }

  @Test
  void cluster_kindOfOrganisationAlone_joinsTheOneNameEndingInIt() {
    String body = "The European Commission will act, the Commission said; the Bank and the "
        + "Nordic Bank agreed, the Alliance too.";

    List<Entity> found = clusterer().cluster(null, body, mentions(body,
        "ORGANIZATION:European Commission", "ORGANIZATION:Commission", "ORGANIZATION:Bank",
        "ORGANIZATION:Nordic Bank", "ORGANIZATION:Alliance"));

    assertThat(show(found)).containsExactlyInAnyOrder(
        "ORGANIZATION:European Commission[European Commission, Commission]",
        "ORGANIZATION:Nordic Bank[Bank, Nordic Bank]", "ORGANIZATION:Alliance[Alliance]");
  }

  @Test
  void cluster_kindOfOrganisationOfTwoNames_orNoKind_staysApart() {
    String body = "The European Commission and the Electoral Commission met; the Commission "
        + "spoke. Acme Apple sued Apple.";

    List<Entity> found = clusterer().cluster(null, body, mentions(body,
        "ORGANIZATION:European Commission", "ORGANIZATION:Electoral Commission",
        "ORGANIZATION:Commission", "ORGANIZATION:Acme Apple", "ORGANIZATION:Apple"));

    assertThat(found).hasSize(5);
  }

  @Test
  void cluster_firstWordOfTheOneCompanyWithALegalForm_joinsIt() {
    String body = "Orvana Bank Ltd cut its rate. Orvana said more. Tessin Motor Co and Kallum "
        + "Group plc agreed; Tessin will build it and Kallum pays.";

    List<Entity> found = clusterer().cluster(null, body, mentions(body,
        "ORGANIZATION:Orvana Bank Ltd", "ORGANIZATION:Orvana", "ORGANIZATION:Tessin Motor Co",
        "ORGANIZATION:Kallum Group plc", "ORGANIZATION:Tessin", "ORGANIZATION:Kallum"));

    assertThat(show(found)).containsExactlyInAnyOrder(
        "ORGANIZATION:Orvana Bank Ltd[Orvana Bank Ltd, Orvana]",
        "ORGANIZATION:Tessin Motor Co[Tessin Motor Co, Tessin]",
        "ORGANIZATION:Kallum Group plc[Kallum Group plc, Kallum]");
  }

  @Test
  void cluster_firstWordOfAUnitOrOfTwoCompanies_staysApart() {
    // a unit without a legal form, a unit in a place, two companies opening with the word
    String body = "Orvana Channel aired it and Orvana paid. Tessin Germany GmbH sold; Tessin "
        + "gained. Kallum Bank Ltd and Kallum Steel Corp met; Kallum said so.";

    List<Entity> found = clusterer().cluster(null, body, mentions(body,
        "ORGANIZATION:Orvana Channel", "ORGANIZATION:Orvana", "ORGANIZATION:Tessin Germany GmbH",
        "ORGANIZATION:Tessin", "ORGANIZATION:Kallum Bank Ltd", "ORGANIZATION:Kallum Steel Corp",
        "ORGANIZATION:Kallum"));

    assertThat(found).hasSize(7);
  }

  @Test
  void cluster_shortFormOfAPersonsName_joinsTheFullNameWhereverItComes() {
    String body = "Okafor won. Greta Okafor, 34, thanked her coach. Okafor left.";

    List<Entity> found = clusterer().cluster(null, body, mentions(body, "PERSON:Okafor",
        "PERSON:Greta Okafor", "PERSON:Okafor"));

    assertThat(show(found)).containsExactly("PERSON:Greta Okafor[Okafor, Greta Okafor, Okafor]");
  }

  @Test
  void cluster_namesOfTheSameWordsInAnotherOrder_areTwoPeople() {
    String body = "Khalid bin Hamad met Hamad Khalid. Hamad Khalid and Khalid Hamad spoke;"
        + " Recep Erdogan thanked Recep Tayyip Erdogan.";

    List<Entity> found = clusterer().cluster(null, body, mentions(body,
        "PERSON:Khalid bin Hamad", "PERSON:Hamad Khalid", "PERSON:Hamad Khalid",
        "PERSON:Khalid Hamad", "PERSON:Recep Erdogan", "PERSON:Recep Tayyip Erdogan"));

    assertThat(show(found)).containsExactlyInAnyOrder(
        "PERSON:Khalid bin Hamad[Khalid bin Hamad, Khalid Hamad]",
        "PERSON:Hamad Khalid[Hamad Khalid, Hamad Khalid]",
        "PERSON:Recep Tayyip Erdogan[Recep Erdogan, Recep Tayyip Erdogan]");
  }

  @Test
  void cluster_formsWithoutAccentsOrWithSpacedInitials_joinThePerson() {
    String body = "Greta Okafor-Şahin spoke. Okafor-Sahin left. A.J. Nowak and A. J. Nowak met.";

    List<Entity> found = clusterer().cluster(null, body, mentions(body, "PERSON:Greta Okafor-Şahin",
        "PERSON:Okafor-Sahin", "PERSON:A.J. Nowak", "PERSON:A. J. Nowak"));

    assertThat(show(found)).containsExactly(
        "PERSON:Greta Okafor-Şahin[Greta Okafor-Şahin, Okafor-Sahin]",
        "PERSON:A.J. Nowak[A.J. Nowak, A. J. Nowak]");
  }

  @Test
  void cluster_namesWrittenAcrossLineBreaksTabsOrNoBreakSpaces_areNamedWithOneSpace() {
    String body = "Amara\u00A0Okonkwo met Tomas\tVeld and Ines\r\nMarlow of the Lake\u2028Region"
        + "  Water Authority in Port\u202FElmsley. Okonkwo, Veld and Marlow spoke.";

    List<Entity> found = clusterer().cluster(null, body, mentions(body,
        "PERSON:Amara\u00A0Okonkwo", "PERSON:Tomas\tVeld", "PERSON:Ines\r\nMarlow",
        "ORGANIZATION:Lake\u2028Region  Water Authority", "LOCATION:Port\u202FElmsley",
        "PERSON:Okonkwo", "PERSON:Veld", "PERSON:Marlow"));

    assertThat(show(found)).containsExactlyInAnyOrder(
        "PERSON:Amara Okonkwo[Amara\u00A0Okonkwo, Okonkwo]",
        "PERSON:Tomas Veld[Tomas\tVeld, Veld]",
        "PERSON:Ines Marlow[Ines\r\nMarlow, Marlow]",
        "ORGANIZATION:Lake Region Water Authority[Lake\u2028Region  Water Authority]",
        "LOCATION:Port Elmsley[Port\u202FElmsley]");
  }

  @Test
  void cluster_surnameOfTwoPeople_joinsTheNearestNamedBeforeIt() {
    String body = "Greta Okafor spoke first. Daniel Okafor replied. Okafor then left.";

    List<Entity> found = clusterer().cluster(null, body, mentions(body, "PERSON:Greta Okafor",
        "PERSON:Daniel Okafor", "PERSON:Okafor"));

    assertThat(show(found)).containsExactlyInAnyOrder("PERSON:Greta Okafor[Greta Okafor]",
        "PERSON:Daniel Okafor[Daniel Okafor, Okafor]");
  }

  @Test
  void cluster_surnameBetweenTwoFullNames_prefersTheOneBeforeUnlessFarCloserAfter() {
    // 34 chars after Greta's full name, 16 before Daniel's: the name before wins
    String near = "Greta Okafor spoke at length. Then Okafor went. Daniel Okafor stayed.";
    // 67 chars after Greta's, 11 before Daniel's: the name after wins
    String far = "Greta Okafor spoke at length about the harbour and its boats. Then Okafor and"
        + " Daniel Okafor stayed.";

    assertThat(show(clusterer().cluster(null, near, mentions(near, "PERSON:Greta Okafor",
        "PERSON:Okafor", "PERSON:Daniel Okafor")))).containsExactlyInAnyOrder(
            "PERSON:Greta Okafor[Greta Okafor, Okafor]", "PERSON:Daniel Okafor[Daniel Okafor]");
    assertThat(show(clusterer().cluster(null, far, mentions(far, "PERSON:Greta Okafor",
        "PERSON:Okafor", "PERSON:Daniel Okafor")))).containsExactlyInAnyOrder(
            "PERSON:Greta Okafor[Greta Okafor]", "PERSON:Daniel Okafor[Okafor, Daniel Okafor]");
  }

  @Test
  void cluster_namesInCapitals_areShownInTitleCaseButAcronymsStay() {
    String body = "LAKE REGION WATER AUTHORITY, BANK OF THE NORTHERN ISLES, GAZPROM, NATO, OF"
        + " COURSE and GRETA OKAFOR.";

    List<Entity> found = clusterer().cluster(null, body, mentions(body,
        "ORGANIZATION:LAKE REGION WATER AUTHORITY", "ORGANIZATION:BANK OF THE NORTHERN ISLES",
        "ORGANIZATION:GAZPROM", "ORGANIZATION:NATO", "ORGANIZATION:OF COURSE",
        "PERSON:GRETA OKAFOR"));

    assertThat(found).extracting(Entity::name).containsExactlyInAnyOrder(
        "Lake Region Water Authority", "Bank of the Northern Isles", "Gazprom", "NATO",
        "Of Course", "Greta Okafor");
  }

  @Test
  void cluster_nameInCapitalsAndAsWritten_isNamedAsWrittenWhateverComesFirst() {
    String body = "JOHN MCDONALD AND NORVALE MCKAY HOLDINGS IN PORT MCALLISTER. John McDonald of"
        + " Norvale McKay Holdings flew to Port McAllister; McDonald left.";

    List<Entity> found = clusterer().cluster(null, body, mentions(body, "PERSON:JOHN MCDONALD",
        "ORGANIZATION:NORVALE MCKAY HOLDINGS", "LOCATION:PORT MCALLISTER",
        "PERSON:John McDonald", "ORGANIZATION:Norvale McKay Holdings",
        "LOCATION:Port McAllister", "PERSON:McDonald"));

    assertThat(found).extracting(Entity::name).containsExactlyInAnyOrder("John McDonald",
        "Norvale McKay Holdings", "Port McAllister");
  }

  @Test
  void cluster_accentsOnlyOnAShortForm_nameTheFullNameWithThem() {
    String body = "Jose Martinez scored. Martínez left. MARTÍNEZ RETURNS. Jose Martinez won.";

    // the full name's words take the accents its shorter forms write them with, not the case
    assertThat(show(clusterer().cluster(null, body, mentions(body, "PERSON:Jose Martinez",
        "PERSON:Martínez", "PERSON:MARTÍNEZ", "PERSON:Jose Martinez")))).containsExactly(
            "PERSON:Jose Martínez[Jose Martinez, Martínez, MARTÍNEZ, Jose Martinez]");
    String capitals = "JOSE MARTINEZ SCORES. Martínez left.";
    assertThat(clusterer().cluster(null, capitals, mentions(capitals, "PERSON:JOSE MARTINEZ",
        "PERSON:Martínez"))).extracting(Entity::name).containsExactly("Jose Martínez");
  }

  @Test
  void cluster_nameWithAndWithoutAccents_isNamedWithThemWhateverComesFirst() {
    String plainFirst = "Jose Martinez scored. José Martínez left. Martinez returned.";
    String accentedFirst = "José Martínez scored. Jose Martinez left. Martinez returned.";

    assertThat(show(clusterer().cluster(null, plainFirst, mentions(plainFirst,
        "PERSON:Jose Martinez", "PERSON:José Martínez", "PERSON:Martinez")))).containsExactly(
            "PERSON:José Martínez[Jose Martinez, José Martínez, Martinez]");
    assertThat(show(clusterer().cluster(null, accentedFirst, mentions(accentedFirst,
        "PERSON:José Martínez", "PERSON:Jose Martinez", "PERSON:Martinez")))).containsExactly(
            "PERSON:José Martínez[José Martínez, Jose Martinez, Martinez]");
  }

  @Test
  void normalCase_mixedCaseOrShortAcronym_isKept() {
    assertThat(EntityClusterer.normalCase("McKinsey")).isEqualTo("McKinsey");
    assertThat(EntityClusterer.normalCase("ABCDE")).isEqualTo("ABCDE");
    assertThat(EntityClusterer.normalCase("ABCDEF")).isEqualTo("Abcdef");
    assertThat(EntityClusterer.normalCase("AB CD")).isEqualTo("Ab Cd");
  }

  @Test
  void cluster_placesAndCountries_takeTheirListedNames() {
    String body = "From Kiev to Kyiv, the region of the middle east and Burma, then the U.S. and"
        + " the United States.";
    List<TypedMention> typed = new ArrayList<>(mentions(body, "LOCATION:Kiev", "LOCATION:Kyiv",
        "LOCATION:the middle east", "LOCATION:Burma"));
    int us = body.indexOf("U.S.");
    int states = body.indexOf("United States");
    typed.add(new TypedMention(us, us + 4, EntityType.COUNTRY, null, "US", false));
    typed.add(new TypedMention(states, states + 13, EntityType.COUNTRY, "United States", "US",
        false));

    List<Entity> found = clusterer().cluster(null, body, typed);

    assertThat(show(found)).containsExactlyInAnyOrder("LOCATION:Kyiv[Kiev, Kyiv]",
        "LOCATION:Middle East[the middle east]", "LOCATION:Burma[Burma]",
        "COUNTRY:United States[U.S., United States]");
    assertThat(found).filteredOn(e -> e.type() == EntityType.COUNTRY).singleElement()
        .extracting(Entity::countryCode).isEqualTo("US");
  }

  @Test
  void ministryName_takesTheMinistryOfForm() {
    EntityClusterer c = clusterer();

    assertThat(c.ministryName("Russian Foreign Ministry")).isEqualTo("Ministry of Foreign Affairs");
    assertThat(c.ministryName("Ministry for the Environment")).isEqualTo("Ministry of Environment");
    assertThat(c.ministryName("Belarusian  Interior Ministry"))
        .isEqualTo("Ministry of Internal Affairs");
    assertThat(c.ministryName("Justice Department")).isEqualTo("Department of Justice");
    assertThat(c.ministryName("State Department")).isEqualTo("Department of State");
    assertThat(c.ministryName("Department of Parks")).isEqualTo("Department of Parks");
    assertThat(c.ministryName("Department for Energy")).isEqualTo("Department of Energy");
    assertThat(c.ministryName("United Kingdom Home Office")).isEqualTo("Home Office");
    assertThat(c.ministryName("MINISTRY OF DEFENCE")).isEqualTo("Ministry of Defence");
  }

  @Test
  void cluster_ministriesByEitherName_areOne() {
    String body = "The Russian Foreign Ministry and the Ministry of Foreign Affairs agreed.";

    List<Entity> found = clusterer().cluster(null, body, mentions(body,
        "MINISTRY:Russian Foreign Ministry", "MINISTRY:Ministry of Foreign Affairs"));

    assertThat(show(found)).containsExactly("MINISTRY:Ministry of Foreign Affairs"
        + "[Russian Foreign Ministry, Ministry of Foreign Affairs]");
  }

  @Test
  void cluster_twoCountriesMinistriesOfOneName_areTwoEachWithItsCode() {
    String body = "The Russian Foreign Ministry and the Belarusian Foreign Ministry traded notes;"
        + " the Foreign Ministry in Minsk said so. The U.S. State Department and the Belarusian"
        + " Ministry of Emergency Situations met the Ministry of Emergency Situations.";

    List<Entity> found = clusterer().cluster(null, body, mentions(body,
        "MINISTRY:Russian Foreign Ministry", "MINISTRY:Belarusian Foreign Ministry",
        "MINISTRY:Foreign Ministry", "MINISTRY:U.S. State Department",
        "MINISTRY:Belarusian Ministry of Emergency Situations",
        "MINISTRY:Ministry of Emergency Situations"));

    assertThat(found).extracting(e -> show(List.of(e)).get(0) + " " + e.countryCode())
        .containsExactlyInAnyOrder(
            "MINISTRY:Ministry of Foreign Affairs[Russian Foreign Ministry] RU",
            "MINISTRY:Ministry of Foreign Affairs"
                + "[Belarusian Foreign Ministry, Foreign Ministry] BY",
            "MINISTRY:Department of State[U.S. State Department] US",
            "MINISTRY:Ministry of Emergency Situations[Belarusian Ministry of Emergency"
                + " Situations, Ministry of Emergency Situations] BY");
  }

  @Test
  void cluster_ministryNamedWithoutItsCountryFirst_joinsTheOneNamedLater() {
    String body = "The Foreign Ministry spoke first; later the Russian Foreign Ministry and the"
        + " Home Office replied.";

    List<Entity> found = clusterer().cluster(null, body, mentions(body,
        "MINISTRY:Foreign Ministry", "MINISTRY:Russian Foreign Ministry", "MINISTRY:Home Office"));

    assertThat(found).extracting(e -> show(List.of(e)).get(0) + " " + e.countryCode())
        .containsExactlyInAnyOrder(
            "MINISTRY:Ministry of Foreign Affairs[Foreign Ministry, Russian Foreign Ministry] RU",
            "MINISTRY:Home Office[Home Office] null");
  }

  @Test
  void cluster_salience_weighsCountFirstMentionAndTitle() {
    String body = "Greta Okafor met the Lake Region Water Authority. Okafor said the harbour"
        + " needed repairs; Lyon agreed.";
    assertThat(body).hasSize(102);

    List<Entity> found = clusterer().cluster("Okafor's harbour plan", body, mentions(body,
        "PERSON:Greta Okafor", "ORGANIZATION:Lake Region Water Authority", "PERSON:Okafor",
        "LOCATION:Lyon"));

    // count 2 of 2: 0.5; first at 0: 0.3; in the title: 0.2
    // count 1 of 2: 0.25; first at 21: 0.3 x (1 - 21 / 102) = 0.238
    // count 1 of 2: 0.25; first at 90: 0.3 x (1 - 90 / 102) = 0.035
    assertThat(found).extracting(Entity::name, Entity::salience).containsExactly(
        org.assertj.core.groups.Tuple.tuple("Greta Okafor", 1.0),
        org.assertj.core.groups.Tuple.tuple("Lake Region Water Authority", 0.488),
        org.assertj.core.groups.Tuple.tuple("Lyon", 0.285));
  }

  @Test
  void cluster_order_bySalienceThenFirstMention() {
    String body = "Lyon and Oslo and Kyiv.";

    List<Entity> found = clusterer().cluster("", body, mentions(body, "LOCATION:Lyon",
        "LOCATION:Oslo", "LOCATION:Kyiv"));

    // first mentions at 0, 9 and 18: 0.5 + 0.3 x (1 - start / 23)
    assertThat(found).extracting(Entity::name).containsExactly("Lyon", "Oslo", "Kyiv");
    assertThat(found).extracting(Entity::salience).containsExactly(0.8, 0.683, 0.565);

    // six chars apart in a long text the saliences round to the same value
    String longer = "Oslo, Lyon and others. " + "The ferry ran late again. ".repeat(200);
    List<TypedMention> lyonFirst = List.of(
        new TypedMention(6, 10, EntityType.LOCATION, null, null, false),
        new TypedMention(0, 4, EntityType.LOCATION, null, null, false));
    List<Entity> tied = clusterer().cluster(null, longer, lyonFirst);
    assertThat(tied).extracting(Entity::salience).containsExactly(0.8, 0.8);
    assertThat(tied).extracting(Entity::name).containsExactly("Oslo", "Lyon");
  }

  @Test
  void cluster_nameInTheTitle_onlyAsAWholeWord() {
    String body = "Okafor spoke.";
    List<TypedMention> one = mentions(body, "PERSON:Okafor");

    assertThat(clusterer().cluster("Okafor wins", body, one).get(0).salience()).isEqualTo(1.0);
    assertThat(clusterer().cluster("Why Okafor won", body, one).get(0).salience()).isEqualTo(1.0);
    assertThat(clusterer().cluster("A win for Okafor", body, one).get(0).salience())
        .isEqualTo(1.0);
    assertThat(clusterer().cluster("Okaforville fair, then Okafor", body, one).get(0).salience())
        .isEqualTo(1.0);
    assertThat(clusterer().cluster("Okaforville fair", body, one).get(0).salience())
        .isEqualTo(0.8);
    assertThat(clusterer().cluster("Bokafor fair", body, one).get(0).salience()).isEqualTo(0.8);
    assertThat(clusterer().cluster(null, body, one).get(0).salience()).isEqualTo(0.8);
  }

  @Test
  void cluster_nameInTheTitle_withTheCapitalsTheNameHas() {
    String body = "The US and the WHO spoke; Tom Price listened. Price left.";
    List<TypedMention> typed = new ArrayList<>(mentions(body, "ORGANIZATION:WHO",
        "PERSON:Tom Price", "PERSON:Price"));
    typed.add(0, new TypedMention(4, 6, EntityType.COUNTRY, null, "US", false));

    // counts 1, 1 and 2 of 2, first at 4, 15 and 26 of 57 chars: 0.529, 0.471, 0.663; a
    // lower-case word of a title is no name ("us", "who", "price")
    assertThat(clusterer().cluster("Who pays? What it means for us, and the oil price", body,
        typed)).extracting(Entity::name, Entity::salience).containsExactlyInAnyOrder(
            tuple("United States", 0.529), tuple("WHO", 0.471),
            tuple("Tom Price", 0.663));
    // a title in capitals or in title case writes every name with its capitals
    assertThat(clusterer().cluster("US AND WHO WARN PRICE", body, typed))
        .extracting(Entity::name, Entity::salience).containsExactlyInAnyOrder(
            tuple("United States", 0.729), tuple("WHO", 0.671),
            tuple("Tom Price", 0.863));
    assertThat(clusterer().cluster("Oil Price Falls as US Warns", body, typed))
        .extracting(Entity::name, Entity::salience).containsExactlyInAnyOrder(
            tuple("United States", 0.729), tuple("WHO", 0.471),
            tuple("Tom Price", 0.863));
  }

  @Test
  void cluster_nameInTheTitle_withOrWithoutItsAccents() {
    String accented = "José Martínez retired. Martínez left.";
    String plain = "Jose Martinez retired. Martinez left.";

    assertThat(clusterer().cluster("Jose Martinez retires", accented,
        mentions(accented, "PERSON:José Martínez", "PERSON:Martínez")).get(0).salience())
        .isEqualTo(1.0);
    assertThat(clusterer().cluster("Adiós, Martínez", plain,
        mentions(plain, "PERSON:Jose Martinez", "PERSON:Martinez")).get(0).salience())
        .isEqualTo(1.0);
    assertThat(clusterer().cluster("Marti wins", plain,
        mentions(plain, "PERSON:Jose Martinez", "PERSON:Martinez")).get(0).salience())
        .isEqualTo(0.8);
  }

  @Test
  void cluster_mentionLinkedToAnotherMentionsStart_joinsItsEntity() {
    String body = "Greta Okafor arrived. Greta left.";
    List<TypedMention> typed = new ArrayList<>(mentions(body, "PERSON:Greta Okafor"));
    int greta = body.lastIndexOf("Greta");
    typed.add(new TypedMention(greta, greta + 5, EntityType.PERSON, "=0", null, false));
    // the same span again (kept once), and a link to where no mention starts (dropped)
    typed.add(new TypedMention(greta, greta + 5, EntityType.PERSON, "=0", null, false));
    typed.add(new TypedMention(greta, greta + 5, EntityType.PERSON, "=7", null, false));

    List<Entity> found = clusterer().cluster(null, body, typed);

    assertThat(show(found)).containsExactly("PERSON:Greta Okafor[Greta Okafor, Greta]");
    // the span kept once counts once: the most mentioned entity has the full frequency weight
    assertThat(found.get(0).salience()).isEqualTo(0.8);
  }
}
