package org.retentionsuite.loyalty.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.retentionsuite.loyalty.domain.InvalidRequestException;
import org.retentionsuite.loyalty.domain.LedgerEntry;
import org.retentionsuite.loyalty.domain.Member;
import org.retentionsuite.loyalty.domain.Violations;
import org.retentionsuite.loyalty.repository.LedgerEntryRepository;
import org.retentionsuite.loyalty.repository.LotRepository;
import org.retentionsuite.loyalty.repository.MemberRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Reads of a member's ledger: the entries, and the points about to expire. */
@ApplicationScoped
public class LedgerQueries {

    private static final int DEFAULT_PAGE_SIZE = 50;
    private static final int MAX_PAGE_SIZE = 500;

    private final MemberRepository members;
    private final LedgerEntryRepository entries;
    private final LotRepository lots;
    private final Clock clock;

    public LedgerQueries(MemberRepository members, LedgerEntryRepository entries, LotRepository lots, Clock clock) {
        this.members = members;
        this.entries = entries;
        this.lots = lots;
        this.clock = clock;
    }

    /** A page of entries, newest first; {@code nextPageToken} is null on the last page. */
    public record EntryPage(List<LedgerEntry> entries, String nextPageToken) {
    }

    public record Expiring(Instant expiresAt, long points) {
    }

    @Transactional
    public EntryPage entries(String programId, String customerId, int pageSize, String pageToken) {
        Violations violations = new Violations();
        UUID program = violations.requiredId("program_id", programId);
        String customer = violations.requiredText("customer_id", customerId, 128);
        if (pageSize < 0 || pageSize > MAX_PAGE_SIZE) {
            violations.add("page_size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        Long before = pageToken == null || pageToken.isBlank() ? null : cursor(pageToken);
        violations.throwIfAny();
        Member member = member(program, customer);
        int size = pageSize == 0 ? DEFAULT_PAGE_SIZE : pageSize;
        List<LedgerEntry> page = entries.page(member.id(), before, size + 1);
        boolean more = page.size() > size;
        List<LedgerEntry> shown = more ? page.subList(0, size) : page;
        return new EntryPage(List.copyOf(shown), more ? String.valueOf(shown.get(shown.size() - 1).id()) : null);
    }

    @Transactional
    public List<Expiring> expiring(String programId, String customerId, int days) {
        Violations violations = new Violations();
        UUID program = violations.requiredId("program_id", programId);
        String customer = violations.requiredText("customer_id", customerId, 128);
        if (days < 1 || days > 3660) {
            violations.add("days", "must be between 1 and 3660");
        }
        violations.throwIfAny();
        Member member = member(program, customer);
        Instant now = clock.instant();
        return lots.expiringBetween(member.id(), now, now.plus(Duration.ofDays(days))).stream()
                .map(row -> new Expiring((Instant) row[0], ((Number) row[1]).longValue()))
                .toList();
    }

    private Member member(UUID programId, String customerId) {
        return members.findByCustomer(programId, customerId).orElseThrow(() -> MemberLocks.notAMember(programId, customerId));
    }

    private static Long cursor(String pageToken) {
        try {
            return Long.parseLong(pageToken);
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("page_token", "is not a page token this service gave out");
        }
    }
}
