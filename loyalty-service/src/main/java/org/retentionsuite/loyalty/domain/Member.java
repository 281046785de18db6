package org.retentionsuite.loyalty.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A customer enrolled in a programme, known by the business's own customer id. */
@Entity
@Table(name = "member")
public class Member {

    @Id
    private UUID id;

    @Column(name = "program_id")
    private UUID programId;

    @Column(name = "customer_id")
    private String customerId;

    private String email;

    private String locale;

    private String name;

    @Enumerated(EnumType.STRING)
    private MemberStatus status;

    @Column(name = "enrolled_at")
    private Instant enrolledAt;

    @Embedded
    private PointsBalance balance = new PointsBalance();

    private String country;

    private LocalDate birthday;

    @Column(name = "marketing_consent")
    private boolean marketingConsent;

    @Column(name = "referral_code")
    private String referralCode;

    @Column(name = "status_reason")
    private String statusReason;

    @Column(name = "tier_id")
    private UUID tierId;

    @Column(name = "tier_since")
    private Instant tierSince;

    @Column(name = "referred_by")
    private UUID referredBy;

    protected Member() {
    }

    public Member(UUID programId, Enrollment enrollment, String referralCode, UUID referredBy, Instant enrolledAt) {
        this.id = UUID.randomUUID();
        this.programId = programId;
        this.customerId = enrollment.customerId();
        this.email = enrollment.email();
        this.locale = enrollment.locale();
        this.name = enrollment.name();
        this.status = MemberStatus.ACTIVE;
        this.enrolledAt = enrolledAt;
        this.country = enrollment.country();
        this.birthday = enrollment.birthday();
        this.marketingConsent = enrollment.marketingConsent();
        this.referralCode = referralCode;
        this.referredBy = referredBy;
    }

    /** A member as stored, read over JDBC (the fast read of GetMember). */
    public static Member stored(UUID id, UUID programId, String customerId, MemberStatus status, Instant enrolledAt,
            Balance balance, Profile profile, UUID tierId, Instant tierSince, UUID referredBy) {
        Member member = new Member();
        member.id = id;
        member.programId = programId;
        member.customerId = customerId;
        member.status = status;
        member.enrolledAt = enrolledAt;
        member.balance = new PointsBalance(balance);
        member.email = profile.email();
        member.locale = profile.locale();
        member.name = profile.name();
        member.country = profile.country();
        member.birthday = profile.birthday();
        member.marketingConsent = profile.marketingConsent();
        member.referralCode = profile.referralCode();
        member.statusReason = profile.statusReason();
        member.tierId = tierId;
        member.tierSince = tierSince;
        member.referredBy = referredBy;
        return member;
    }

    /** What a member tells about itself, as stored. */
    public record Profile(String email, String locale, String name, String country, LocalDate birthday,
            boolean marketingConsent, String referralCode, String statusReason) {
    }

    /** Stops earning and redeeming until reactivated; suspending again only updates the reason. */
    public void suspend(String reason) {
        status = MemberStatus.SUSPENDED;
        statusReason = reason;
    }

    /**
     * Erases what identifies the customer. The customer id becomes an anonymous one, so that
     * nothing can be found under the old id, while the ledger keeps adding up.
     */
    public void forget(String anonymousId) {
        customerId = anonymousId;
        email = null;
        name = null;
        locale = null;
        country = null;
        birthday = null;
        marketingConsent = false;
        statusReason = null;
    }

    public void reactivate() {
        status = MemberStatus.ACTIVE;
        statusReason = null;
    }

    public UUID id() {
        return id;
    }

    public UUID programId() {
        return programId;
    }

    public String customerId() {
        return customerId;
    }

    public String email() {
        return email;
    }

    public String locale() {
        return locale;
    }

    public String name() {
        return name;
    }

    public MemberStatus status() {
        return status;
    }

    public Instant enrolledAt() {
        return enrolledAt;
    }

    public String country() {
        return country;
    }

    public LocalDate birthday() {
        return birthday;
    }

    public boolean marketingConsent() {
        return marketingConsent;
    }

    public String referralCode() {
        return referralCode;
    }

    public String statusReason() {
        return statusReason;
    }

    /** The member's tier; null below the first tier. */
    public UUID tierId() {
        return tierId;
    }

    /** The member who referred this one; null when none did. */
    public UUID referredBy() {
        return referredBy;
    }

    public Instant tierSince() {
        return tierSince;
    }

    public void moveToTier(UUID tier, Instant now) {
        this.tierId = tier;
        this.tierSince = now;
    }

    public Balance balance() {
        return balance.snapshot();
    }

    /** Records an entry against this member's balance; the caller holds the member's row lock. */
    public void apply(LedgerEntry entry) {
        balance.apply(entry);
    }
}
