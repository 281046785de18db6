package org.retentionsuite.feedback.domain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RespondentLanguageTest {

    private static final Set<String> OFFERED = Set.of("en", "de", "fr", "ar", "pt-BR");

    private static String resolve(String chosen, String locale, String acceptLanguage) {
        return RespondentLanguage.resolve(OFFERED, "en", chosen, locale, acceptLanguage);
    }

    @Test
    void theChosenLanguageComesFirst() {
        assertEquals("fr", resolve("fr", "de", "ar"));
    }

    @Test
    void withoutAChoiceTheCustomersLocaleDecides() {
        assertEquals("de", resolve(null, "de-AT", "fr"));
    }

    @Test
    void withoutAChoiceOrLocaleTheBrowsersMostWantedOfferedLanguageDecides() {
        assertEquals("fr", resolve("", null, "nl-BE, nl;q=0.9, fr-CH;q=0.8, de;q=0.7"));
        assertEquals("de", resolve(null, null, "fr;q=0.2, de;q=0.9, *;q=0.5"));
    }

    @Test
    void withNothingUsableTheSurveysDefaultDecides() {
        assertEquals("en", resolve(null, null, null));
        assertEquals("en", resolve("xx", "nl", "nl, *;q=0.1"));
        assertEquals("en", resolve(null, null, "fr;q=0, ;;;q=abc"));
    }

    @Test
    void aLanguageNotOfferedFallsThroughToTheNextWish() {
        assertEquals("de", resolve("it", "de", "fr"));
        assertEquals("ar", resolve("it", "sv", "ar-EG"));
    }

    @Test
    void thePrimarySubtagMatchesEitherWay() {
        assertEquals("pt-BR", resolve("pt", null, null));
        assertEquals("pt-BR", resolve(null, "pt-PT", null));
        assertEquals("fr", resolve("FR-ca", null, null));
    }

    @Test
    void acceptLanguageIsOrderedByQualityThenPositionLeavingOutTheRest() {
        assertEquals(List.of("de", "fr", "en-GB", "it"),
                RespondentLanguage.acceptLanguage("fr;q=0.8, de, en-GB;q=0.8, it;q=0.1, es;q=0, *"));
    }

    @Test
    void rightToLeftLanguagesAreMarked() {
        assertTrue(RespondentLanguage.rightToLeft("ar"));
        assertTrue(RespondentLanguage.rightToLeft("he-IL"));
        assertTrue(RespondentLanguage.rightToLeft("fa"));
        assertTrue(RespondentLanguage.rightToLeft("ur"));
        assertFalse(RespondentLanguage.rightToLeft("en"));
        assertFalse(RespondentLanguage.rightToLeft("de-AT"));
    }
}
