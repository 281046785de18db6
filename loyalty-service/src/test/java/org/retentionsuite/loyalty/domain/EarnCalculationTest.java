package org.retentionsuite.loyalty.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EarnCalculationTest {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    @Test
    void theBaseRateIsRoundedWithTheProgrammesRounding() {
        PurchaseDraft purchase = purchase("EUR", 12_99, List.of());

        assertEquals(12, EarnCalculation.of(program(RoundingMode.DOWN, Map.of()), purchase, List.of()).total());
        assertEquals(13, EarnCalculation.of(program(RoundingMode.HALF_UP, Map.of()), purchase, List.of()).total());
        assertEquals(13, EarnCalculation.of(program(RoundingMode.UP, Map.of()), purchase, List.of()).total());
    }

    @Test
    void aCategoryMultiplierAddsTheExtraOnItsLinesOnlyAndTheBreakdownAddsUp() {
        Program program = program(RoundingMode.DOWN, Map.of());
        EarningRule coffeeDouble = new EarningRule(program.id(), EarningRuleMatch.CATEGORY, "coffee", new BigDecimal("2"),
                null, null, NOW);
        PurchaseDraft purchase = purchase("EUR", 50_00, List.of(
                new PurchaseDraft.RawLine("BEANS-1", "coffee", 2, "EUR", 20_00),
                new PurchaseDraft.RawLine("MUG-1", "kitchen", 1, "EUR", 30_00)));

        EarnCalculation.Result result = EarnCalculation.of(program, purchase, List.of(coffeeDouble));

        assertEquals(70, result.total());
        assertEquals(List.of(50L, 20L), result.parts().stream().map(EarnCalculation.Part::points).toList());
        assertEquals(coffeeDouble.id().toString(), result.parts().get(1).ruleId());
        assertEquals("2x points on category coffee", result.parts().get(1).description());
    }

    @Test
    void theHighestMatchingMultiplierWinsAndRulesOutsideTheirDatesDoNot() {
        Program program = program(RoundingMode.DOWN, Map.of());
        EarningRule sku = new EarningRule(program.id(), EarningRuleMatch.SKU, "BEANS-1", new BigDecimal("3"), null, null, NOW);
        EarningRule category = new EarningRule(program.id(), EarningRuleMatch.CATEGORY, "coffee", new BigDecimal("2"), null, null, NOW);
        EarningRule expired = new EarningRule(program.id(), EarningRuleMatch.CATEGORY, "coffee", new BigDecimal("10"),
                null, NOW.minusSeconds(1), NOW);
        PurchaseDraft purchase = purchase("EUR", 10_00, List.of(new PurchaseDraft.RawLine("BEANS-1", "coffee", 1, "EUR", 10_00)));

        EarnCalculation.Result result = EarnCalculation.of(program, purchase, List.of(category, sku, expired));

        assertEquals(30, result.total());
        assertEquals(sku.id().toString(), result.parts().get(1).ruleId());
    }

    @Test
    void anotherCurrencyIsConvertedWithTheProgrammesRate() {
        Program program = program(RoundingMode.DOWN, Map.of("USD", "0.9", "JPY", "0.0062"));

        assertEquals(90, EarnCalculation.of(program, purchase("USD", 100_00, List.of()), List.of()).total());
        // Yen have no minor unit: 10,000 JPY is 62 EUR.
        assertEquals(62, EarnCalculation.of(program, purchase("JPY", 10_000, List.of()), List.of()).total());
    }

    @Test
    void aCurrencyWithoutARateIsRefusedOnTheAmountsCurrency() {
        Program program = program(RoundingMode.DOWN, Map.of("USD", "0.9"));

        InvalidRequestException refused = assertThrows(InvalidRequestException.class,
                () -> EarnCalculation.of(program, purchase("GBP", 10_00, List.of()), List.of()));

        assertEquals("amount.currency_code", refused.violations().get(0).field());
    }

    private static Program program(RoundingMode rounding, Map<String, String> rates) {
        return new Program(ProgramTerms.of(new ProgramTerms.Draft("Test", "EUR", "Europe/Amsterdam", "1", rounding, 0,
                ExpiryKind.NEVER, 0, 0, null, rates, 0)), NOW);
    }

    private static PurchaseDraft purchase(String currency, long amountMinor, List<PurchaseDraft.RawLine> lines) {
        return PurchaseDraft.of(UUID.randomUUID().toString(), "C-1", "O-1", currency, amountMinor, lines, NOW, "key", NOW);
    }
}
