package dev.lede.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class HtmlMetadataTest {

  @ParameterizedTest
  @CsvSource(delimiter = ';', nullValues = "NULL", value = {
      "2024-04-09T07:45:00Z; 2024-04-09T07:45:00Z",
      "2024-04-09T09:45:00+02:00; 2024-04-09T09:45:00+02:00",
      "Tue, 9 Apr 2024 07:45:00 GMT; 2024-04-09T07:45:00Z",
      "2024-04-09; 2024-04-09",
      "20240409; 2024-04-09",
      "2024-04-09 07:45; 2024-04-09T07:45:00",
      "2024-04-09T07:45:30.123; 2024-04-09T07:45:30",
      "2024-04-09T0745+0200; 2024-04-09T07:45:00+02:00",
      "2024-04-09T07:45:00 -0530; 2024-04-09T07:45:00-05:30",
      "2024-04-09 07:45:00Z; 2024-04-09T07:45:00Z",
      "  2024-04-09  ; 2024-04-09",
      "2024-13-09; NULL",
      "2024-04-09T25:00; NULL",
      "April 9, 2024; NULL",
      "'   '; NULL",
      "''; NULL"})
  void isoDate_formsOfTheSameDate(String raw, String iso) {
    assertThat(HtmlMetadata.isoDate(raw)).isEqualTo(iso);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', nullValues = "NULL", value = {
      // title; declared site name; guess without one -> title without the site
      "Quarry Lake Opens | Town Ledger; Town Ledger; false; Quarry Lake Opens",
      "Town Ledger - Quarry Lake Opens; town ledger; false; Quarry Lake Opens",
      "Quarry Lake Opens | Town Ledger; Other Paper; false; Quarry Lake Opens | Town Ledger",
      "Quarry Lake Opens | Town Ledger; NULL; false; Quarry Lake Opens | Town Ledger",
      "Quarry Lake Opens | Town Ledger; NULL; true; Quarry Lake Opens",
      "Quarry Lake Opens | Town Ledger; '  '; true; Quarry Lake Opens",
      // a colon is part of a headline, never a site separator
      "Quarry Lake: Opens Today; NULL; true; Quarry Lake: Opens Today",
      // a long tail (five words) or a tail longer than the head is no site name
      "Lake Opens | The Town Ledger Of The Valley; NULL; true; "
          + "Lake Opens | The Town Ledger Of The Valley",
      "Opens | Town Ledger; NULL; true; Opens | Town Ledger",
      "Quarry Lake Opens for Swimming | Town Ledger Of Valley; NULL; true; "
          + "Quarry Lake Opens for Swimming",
      "Quarry Lake A | B - Town Ledger; NULL; true; Quarry Lake A | B",
      "No separator here; Town Ledger; true; No separator here",
      "'  Padded title  '; NULL; true; Padded title"})
  void stripSite_removesTheSiteNameOnly(String title, String site, boolean guess,
      String expected) {
    assertThat(HtmlMetadata.stripSite(title, site, guess)).isEqualTo(expected);
  }
}
