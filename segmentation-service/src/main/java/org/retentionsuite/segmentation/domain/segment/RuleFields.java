package org.retentionsuite.segmentation.domain.segment;

import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The fields rules may use, by name. Each field renders its own SQL, so a new kind of field
 * (customer attributes, RFM scores, churn risk) is one more {@link RuleField} added here.
 */
public final class RuleFields {

    private final Map<String, RuleField> byName = new LinkedHashMap<>();

    public RuleFields(Collection<RuleField> fields) {
        for (RuleField field : fields) {
            if (byName.putIfAbsent(field.name(), field) != null) {
                throw new IllegalArgumentException("two rule fields are named " + field.name());
            }
        }
    }

    /** The fields this service knows from activity and the CLV fits. */
    public static RuleFields standard(Currency reportingCurrency, List<RuleField> more) {
        return new RuleFields(Stream.of(List.<RuleField>of(new CustomerIdField(), new ProbabilityAliveField()),
                        ActivityFields.all(reportingCurrency), more)
                .flatMap(List::stream).toList());
    }

    public Optional<RuleField> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public String names() {
        return String.join(", ", byName.keySet());
    }
}
