package org.retentionsuite.loyalty.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.hibernate.exception.ConstraintViolationException;
import org.retentionsuite.loyalty.domain.AlreadyExistsException;
import org.retentionsuite.loyalty.domain.Balance;
import org.retentionsuite.loyalty.domain.Codes;
import org.retentionsuite.loyalty.domain.Enrollment;
import org.retentionsuite.loyalty.domain.EventRule;
import org.retentionsuite.loyalty.domain.FailedPreconditionException;
import org.retentionsuite.loyalty.domain.InvalidRequestException;
import org.retentionsuite.loyalty.domain.Member;
import org.retentionsuite.loyalty.domain.MemberStatus;
import org.retentionsuite.loyalty.domain.Program;
import org.retentionsuite.loyalty.domain.Tier;
import org.retentionsuite.loyalty.domain.Violations;
import org.retentionsuite.loyalty.repository.MemberRepository;
import org.retentionsuite.loyalty.repository.MemberSnapshots;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.UUID;

/** Enrols customers in programmes, lists them, suspends and reactivates them. */
@ApplicationScoped
public class MembershipService {

    private static final int DEFAULT_PAGE_SIZE = 50;
    private static final int MAX_PAGE_SIZE = 500;

    private final ProgramService programs;
    private final MemberRepository members;
    private final MemberLocks memberLocks;
    private final TierService tiers;
    private final EventService events;
    private final Clock clock;
    private final Rulebooks rulebooks;
    private final MemberSnapshots snapshots;

    public MembershipService(ProgramService programs, MemberRepository members, MemberLocks memberLocks, TierService tiers,
            EventService events, Clock clock, Rulebooks rulebooks, MemberSnapshots snapshots) {
        this.rulebooks = rulebooks;
        this.snapshots = snapshots;
        this.programs = programs;
        this.members = members;
        this.memberLocks = memberLocks;
        this.tiers = tiers;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A member with the balance its ledger implies, its tier's name (null below the first tier) and
     * the customer id of its referrer (null when none).
     */
    public record MemberAccount(Member member, Balance balance, String tier, String referredBy) {
    }

    /** A page of members; {@code nextPageToken} is null on the last page. */
    public record MemberPage(List<MemberAccount> members, String nextPageToken) {
    }

    /** The filters of a member listing as a request states them. */
    public record MemberFilter(String programId, MemberStatus status, String country, boolean consentOnly, int pageSize,
            String pageToken) {
    }

    @Transactional
    public MemberAccount enroll(Enrollment.Draft draft) {
        // "Today" of the earliest time zone: a customer there may already be a day ahead of UTC.
        Enrollment enrollment = Enrollment.of(draft, LocalDate.ofInstant(clock.instant(), ZoneOffset.MAX));
        Program program = programs.requireProgram(enrollment.programId());
        if (members.findByCustomer(enrollment.programId(), enrollment.customerId()).isPresent()) {
            throw alreadyEnrolled(enrollment.programId(), enrollment.customerId());
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Member referrer = enrollment.referralCode() == null ? null : referrer(enrollment, now);
        Member member = new Member(enrollment.programId(), enrollment, newReferralCode(enrollment.programId()),
                referrer == null ? null : referrer.id(), now);
        try {
            members.persist(member);
            members.flush(); // a concurrent enrolment of the same customer fails here, on the unique key
        } catch (ConstraintViolationException e) {
            throw alreadyEnrolled(enrollment.programId(), enrollment.customerId());
        }
        events.award(member, program, EventRule.SIGN_UP, now);
        return account(member);
    }

    /**
     * The member whose code the new customer gave, locked so that concurrent enrolments count its
     * referrals one at a time. Refuses referring oneself (the same email) and more referrals in a
     * week than the referral rule's weekly cap.
     */
    private Member referrer(Enrollment enrollment, Instant now) {
        Member referrer = members.findByReferralCode(enrollment.programId(), enrollment.referralCode())
                .orElseThrow(() -> new InvalidRequestException("referral_code",
                        "is not a referral code of program " + enrollment.programId()));
        referrer = memberLocks.lockById(referrer.id());
        if (referrer.email() != null && referrer.email().equalsIgnoreCase(enrollment.email())) {
            throw new FailedPreconditionException(FailedPreconditionException.SELF_REFERRAL,
                    "a customer cannot refer themselves: " + enrollment.email() + " is the referrer's email");
        }
        Integer weeklyLimit = events.weeklyReferralLimit(enrollment.programId());
        if (weeklyLimit != null && members.referralsSince(referrer.id(), now.minus(Duration.ofDays(7))) >= weeklyLimit) {
            throw new FailedPreconditionException(FailedPreconditionException.REFERRAL_LIMIT_REACHED,
                    "customer " + referrer.customerId() + " has referred " + weeklyLimit + " customers in the last 7 days, the limit");
        }
        return referrer;
    }

    /** The member as committed, read over plain JDBC without a transaction (the balance read). */
    public MemberAccount getMember(String programId, String customerId) {
        Violations violations = new Violations();
        UUID program = violations.requiredId("program_id", programId);
        String customer = violations.requiredText("customer_id", customerId, 128);
        violations.throwIfAny();
        Rulebook rulebook = rulebooks.current(program);
        MemberSnapshots.Snapshot snapshot = snapshots.byCustomer(program, customer)
                .orElseThrow(() -> MemberLocks.notAMember(program, customer));
        Member member = snapshot.member();
        return new MemberAccount(member, member.balance(), rulebook.tier(member.tierId()).map(Tier::name).orElse(null),
                snapshot.referrerCustomerId());
    }

    @Transactional
    public MemberPage listMembers(MemberFilter filter) {
        Violations violations = new Violations();
        UUID program = violations.requiredId("program_id", filter.programId());
        String country = violations.optionalCountry("country", filter.country());
        if (filter.pageSize() < 0 || filter.pageSize() > MAX_PAGE_SIZE) {
            violations.add("page_size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        String after = filter.pageToken() == null || filter.pageToken().isBlank() ? null : decodeCursor(filter.pageToken());
        violations.throwIfAny();
        programs.requireProgram(program);
        int size = filter.pageSize() == 0 ? DEFAULT_PAGE_SIZE : filter.pageSize();
        List<Member> page = members.page(program, filter.status(), country, filter.consentOnly(), after, size + 1);
        boolean more = page.size() > size;
        List<Member> shown = more ? page.subList(0, size) : page;
        return new MemberPage(accounts(program, shown),
                more ? encodeCursor(shown.get(shown.size() - 1).customerId()) : null);
    }

    @Transactional
    public MemberAccount suspend(String programId, String customerId, String reason) {
        Violations violations = new Violations();
        UUID program = violations.requiredId("program_id", programId);
        String customer = violations.requiredText("customer_id", customerId, 128);
        String validReason = violations.requiredText("reason", reason, 300);
        violations.throwIfAny();
        Member member = memberLocks.lock(program, customer);
        member.suspend(validReason);
        return account(member);
    }

    @Transactional
    public MemberAccount reactivate(String programId, String customerId) {
        Violations violations = new Violations();
        UUID program = violations.requiredId("program_id", programId);
        String customer = violations.requiredText("customer_id", customerId, 128);
        violations.throwIfAny();
        Member member = memberLocks.lock(program, customer);
        member.reactivate();
        return account(member);
    }

    /** A page of members, with their tiers and referrers named in two queries rather than two per member. */
    private List<MemberAccount> accounts(UUID programId, List<Member> page) {
        Map<UUID, String> tierNames = tiers.namesOf(programId);
        Set<UUID> referrerIds = page.stream().map(Member::referredBy).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<UUID, String> referrers = referrerIds.isEmpty() ? Map.of()
                : members.list("id in ?1", referrerIds).stream().collect(Collectors.toMap(Member::id, Member::customerId));
        return page.stream().map(member -> new MemberAccount(member, member.balance(),
                member.tierId() == null ? null : tierNames.get(member.tierId()),
                member.referredBy() == null ? null : referrers.get(member.referredBy()))).toList();
    }

    MemberAccount account(Member member) {
        String referredBy = member.referredBy() == null ? null : members.findById(member.referredBy()).customerId();
        return new MemberAccount(member, member.balance(), tiers.tierOf(member).map(Tier::name).orElse(null), referredBy);
    }

    private String newReferralCode(UUID programId) {
        String code = Codes.referralCode();
        while (members.referralCodeTaken(programId, code)) {
            code = Codes.referralCode(); // 40 random bits: a second draw is already rare
        }
        return code;
    }

    /** Cursors are opaque to clients: the last customer id of the page, encoded. */
    private static String encodeCursor(String customerId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(customerId.getBytes(StandardCharsets.UTF_8));
    }

    private static String decodeCursor(String pageToken) {
        try {
            return new String(Base64.getUrlDecoder().decode(pageToken), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("page_token", "is not a page token this service gave out");
        }
    }

    static AlreadyExistsException alreadyEnrolled(UUID programId, String customerId) {
        return new AlreadyExistsException("customer " + customerId + " is a member of program " + programId + " already");
    }
}
