package org.retentionsuite.loyalty.repository;

import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.loyalty.domain.Purchase;
import org.retentionsuite.loyalty.domain.TierBasis;
import org.retentionsuite.loyalty.domain.TierWindow;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What members did within a tier window, summed in SQL from their purchases net of returns. */
@ApplicationScoped
public class QualificationRepository {

    private static final String POINTS = "p.points - p.points_reversed";
    // The returned share of the order, in the programme's currency.
    private static final String SPEND = "p.program_amount_minor * (p.amount_minor - p.returned_minor) / p.amount_minor";

    private final NativeRows nativeRows;

    public QualificationRepository(NativeRows nativeRows) {
        this.nativeRows = nativeRows;
    }

    public long ofMember(UUID memberId, TierBasis basis, TierWindow window) {
        Object value = nativeRows.value("SELECT coalesce(sum(" + measure(basis) + "), 0) FROM purchase p "
                + "WHERE p.member_id = ?1 AND p.occurred_at >= ?2 AND p.occurred_at < ?3", memberId, window.from(), window.until());
        return ((Number) value).longValue();
    }

    /** Every member of the programme with purchases in the window; members without any are absent. */
    public Map<UUID, Long> ofProgram(UUID programId, TierBasis basis, TierWindow window) {
        List<Object[]> rows = nativeRows.list("SELECT p.member_id, sum(" + measure(basis) + ") FROM purchase p "
                + "WHERE p.program_id = ?1 AND p.occurred_at >= ?2 AND p.occurred_at < ?3 GROUP BY p.member_id",
                programId, window.from(), window.until());
        Map<UUID, Long> values = new HashMap<>();
        rows.forEach(row -> values.put((UUID) row[0], ((Number) row[1]).longValue()));
        return values;
    }

    /** How many purchases the member made in the window (returns do not undo a visit to the till). */
    public long purchasesOf(UUID memberId, TierWindow window) {
        Object value = nativeRows.value("SELECT count(*) FROM purchase p "
                + "WHERE p.member_id = ?1 AND p.occurred_at >= ?2 AND p.occurred_at < ?3", memberId, window.from(), window.until());
        return ((Number) value).longValue();
    }

    /** What a purchase just recorded (nothing returned yet) adds to the sums above. */
    public static long ofNewPurchase(Purchase purchase, TierBasis basis) {
        return basis == TierBasis.POINTS_EARNED ? purchase.points() : purchase.programAmountMinor();
    }

    static String measure(TierBasis basis) {
        return basis == TierBasis.POINTS_EARNED ? POINTS : SPEND;
    }
}
