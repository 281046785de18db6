package org.retentionsuite.loyalty.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The points a purchase earns: the base rate on the whole amount, plus for each line the extra of
 * the highest multiplier rule that matches it. Each part is rounded on its own with the programme's
 * rounding, so the breakdown always adds up to the total.
 */
public final class EarnCalculation {

    /** The points one rule contributed; {@code ruleId} is "base" for the base rate. */
    public record Part(String ruleId, String description, long points) {
    }

    public record Result(long total, List<Part> parts) {
    }

    private EarnCalculation() {
    }

    public static Result of(Program program, PurchaseDraft purchase, List<EarningRule> rules) {
        return of(program, purchase, rules, null);
    }

    /** With the member's tier (null below the first tier), whose multiplier adds to the base points. */
    public static Result of(Program program, PurchaseDraft purchase, List<EarningRule> rules, Tier tier) {
        BigDecimal rate = program.rateFor(purchase.currency())
                .orElseThrow(() -> new InvalidRequestException("amount.currency_code",
                        "has no exchange rate in programme " + program.id() + " (" + program.currency().getCurrencyCode() + ")"));
        BigDecimal pointsPerMinorUnit = program.pointsPerCurrencyUnit().multiply(rate)
                .movePointLeft(Math.max(purchase.currency().getDefaultFractionDigits(), 0));

        List<Part> parts = new ArrayList<>();
        parts.add(new Part("base", "base rate " + program.pointsPerCurrencyUnit().toPlainString() + " per "
                + program.currency().getCurrencyCode(), round(program, pointsPerMinorUnit.multiply(BigDecimal.valueOf(purchase.amountMinor())))));

        Map<EarningRule, BigDecimal> extraByRule = new LinkedHashMap<>();
        for (PurchaseLine line : purchase.lines()) {
            bestRule(rules, line, purchase).ifPresent(rule -> extraByRule.merge(rule,
                    pointsPerMinorUnit.multiply(BigDecimal.valueOf(line.amountMinor())).multiply(rule.multiplier().subtract(BigDecimal.ONE)),
                    BigDecimal::add));
        }
        extraByRule.forEach((rule, extra) -> parts.add(new Part(rule.id().toString(), rule.describe(), round(program, extra))));
        if (tier != null && tier.earnMultiplier().compareTo(BigDecimal.ONE) > 0) {
            BigDecimal extra = pointsPerMinorUnit.multiply(BigDecimal.valueOf(purchase.amountMinor()))
                    .multiply(tier.earnMultiplier().subtract(BigDecimal.ONE));
            parts.add(new Part("tier:" + tier.name(), tier.name() + " tier " + tier.earnMultiplier().toPlainString() + "x",
                    round(program, extra)));
        }
        long total = parts.stream().mapToLong(Part::points).sum();
        return new Result(total, List.copyOf(parts));
    }

    private static Optional<EarningRule> bestRule(List<EarningRule> rules, PurchaseLine line, PurchaseDraft purchase) {
        return rules.stream()
                .filter(rule -> rule.appliesTo(line, purchase.occurredAt()))
                .max(Comparator.comparing(EarningRule::multiplier));
    }

    private static long round(Program program, BigDecimal points) {
        return points.setScale(0, program.roundingMode()).longValueExact();
    }
}
