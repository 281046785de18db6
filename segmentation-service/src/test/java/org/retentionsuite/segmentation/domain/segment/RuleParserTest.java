package org.retentionsuite.segmentation.domain.segment;

import org.junit.jupiter.api.Test;
import org.retentionsuite.segmentation.domain.FieldViolation;
import org.retentionsuite.segmentation.domain.InvalidRequestException;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.retentionsuite.segmentation.domain.segment.RuleSpec.allOf;
import static org.retentionsuite.segmentation.domain.segment.RuleSpec.anyOf;
import static org.retentionsuite.segmentation.domain.segment.RuleSpec.condition;

class RuleParserTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final RuleFields FIELDS = RuleFields.standard(USD, List.of());

    @Test
    void anUnknownOperatorDeepInsideIsNamedByItsPath() {
        RuleSpec rule = anyOf(
                condition("purchaseCount", "atLeast", 30, "3"),
                allOf(condition("npsScore", "below", 90, "7"), condition("supportContactCount", "atLeast", 30, "1")));

        assertEquals(Map.of("rule.any[1].all[0].operator",
                        "\"below\" does not apply; npsScore takes atLeast, atMost, between, equals, greaterThan, in, lessThan,"
                                + " notEquals, notIn"),
                violations(rule));
    }

    @Test
    void everyOffendingPartIsReportedAtOnce() {
        RuleSpec rule = allOf(
                condition("shoeSize", "equals", 0, "42"),
                condition("customerId", "atLeast", 0, "a"),
                condition("purchaseCount", "between", 30, "1"),
                condition("totalSpend", "atLeast", 30, "12.345"),
                condition("daysSinceLastPurchase", "atLeast", 30, "ten"),
                condition("visitCount", "in", -1),
                new RuleSpec(List.of(condition("customerId", "equals", 0, "x")), List.of(condition("customerId", "equals", 0, "y")),
                        null, null, null, 0),
                new RuleSpec(null, null, null, null, null, 0));

        Map<String, String> violations = violations(rule);

        assertEquals(Map.of(
                "rule.all[0].field", "unknown field \"shoeSize\"; known fields: customerId, probabilityAlive, purchaseCount,"
                        + " visitCount, supportContactCount, totalSpend, npsScore, daysSinceLastPurchase",
                "rule.all[1].operator", "\"atLeast\" does not apply; customerId takes equals, in, notEquals, notIn, startsWith",
                "rule.all[2].values", "between takes two values (from and to, inclusive), not 1",
                "rule.all[3].values[0]", "\"12.345\" has more decimals than USD has",
                "rule.all[4].within_days", "applies only to behaviour fields; daysSinceLastPurchase has no window",
                "rule.all[4].values[0]", "\"ten\" is not a decimal number such as 3 or 12.50",
                "rule.all[5].values", "in takes 1 to 1000 values, not 0",
                "rule.all[5].within_days", "must be 0 (all time) to 3650 days",
                "rule.all[6]", "must be either all or any, not both (nest one in the other)",
                "rule.all[7]", "must hold all, any (one or more rules) or a field"), violations);
    }

    @Test
    void aMissingRuleAndAMissingOperatorAreRefused() {
        assertEquals(Map.of("rule", "is required"), violations(null));
        assertEquals(Map.of("rule.operator", "is required; purchaseCount takes atLeast, atMost, between, equals, greaterThan,"
                + " in, lessThan, notEquals, notIn"), violations(condition("purchaseCount", "", 0, "1")));
    }

    @Test
    void rulesNestingTooDeeplyAreRefused() {
        RuleSpec rule = condition("customerId", "equals", 0, "x");
        for (int i = 0; i < RuleParser.MAX_DEPTH; i++) {
            rule = allOf(rule);
        }

        assertEquals(Map.of("rule.all[0].all[0].all[0].all[0].all[0].all[0].all[0]", "nests deeper than 8 levels"),
                violations(rule));
    }

    @Test
    void aRuleCompilesToOnePredicateWithEveryValueAsAParameter() {
        Instant now = Instant.parse("2026-03-01T00:00:00Z");
        SegmentRule rule = RuleParser.parse("rule", anyOf(
                condition("customerId", "equals", 0, "x'); DROP TABLE activity; --"),
                allOf(condition("purchaseCount", "atLeast", 30, "3"), condition("totalSpend", "between", 0, "10", "99.5"))),
                FIELDS, USD);

        SqlFragment sql = rule.toSql(now);

        assertFalse(sql.sql().contains("DROP"));
        assertEquals(List.of("x'); DROP TABLE activity; --", "PURCHASE", Instant.parse("2026-01-30T00:00:00Z"),
                new java.math.BigDecimal("3"), "USD", 1000L, 9950L), sql.parameters());
        assertEquals(sql.parameters().size(), sql.sql().chars().filter(c -> c == '?').count());
    }

    private static Map<String, String> violations(RuleSpec rule) {
        InvalidRequestException refused = assertThrows(InvalidRequestException.class,
                () -> RuleParser.parse("rule", rule, FIELDS, USD));
        return refused.violations().stream().collect(Collectors.toMap(FieldViolation::field, FieldViolation::description));
    }
}
