package org.retentionsuite.feedback.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** An invitation of one customer to one survey, answerable once with its token until it expires. */
@Entity
@Table(name = "invitation")
public class Invitation {

    @Id
    private UUID id;

    @Column(name = "survey_id")
    private UUID surveyId;

    @Column(name = "customer_id")
    private String customerId;

    private String language;

    // SHA-256 of the token; the token itself exists only in the reply that created it.
    @Column(name = "token_hash")
    private byte[] tokenHash;

    @Column(name = "invited_at")
    private Instant invitedAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "idempotency_key")
    private String idempotencyKey;

    // The customer's locale as the inviter gave it, or null: the page then follows the browser.
    private String locale;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    protected Invitation() {
    }

    public Invitation(UUID surveyId, String customerId, String language, InvitationToken token, Instant invitedAt,
            Instant expiresAt, String idempotencyKey) {
        this.id = UUID.randomUUID();
        this.surveyId = surveyId;
        this.customerId = customerId;
        this.language = language;
        this.tokenHash = token.hash();
        this.invitedAt = invitedAt;
        this.expiresAt = expiresAt;
        this.idempotencyKey = idempotencyKey;
    }

    public Invitation(UUID surveyId, String customerId, String language, String locale, InvitationToken token,
            Instant invitedAt, Instant expiresAt, String idempotencyKey) {
        this(surveyId, customerId, language, token, invitedAt, expiresAt, idempotencyKey);
        this.locale = locale;
    }

    /**
     * Marks the token used by a response given {@code now}. A used token is reported before an
     * expired one: once answered, the expiry no longer matters to the respondent.
     */
    public void consume(Instant now) {
        requireAnswerable(now);
        usedAt = now;
    }

    /** Refuses a used or an expired token (the used one first), without using it. */
    public void requireAnswerable(Instant now) {
        if (usedAt != null) {
            throw new FailedPreconditionException("the invitation token was already used: a response was recorded at " + usedAt);
        }
        if (!now.isBefore(expiresAt)) {
            throw new FailedPreconditionException("the invitation token expired at " + expiresAt);
        }
    }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** The customer's locale given with the invitation, or null. */
    public String locale() {
        return locale;
    }

    /** Issues a new token for an unanswered invitation whose first token never reached the client (a retried request). */
    public void replaceToken(InvitationToken token) {
        this.tokenHash = token.hash();
    }

    public UUID id() {
        return id;
    }

    public UUID surveyId() {
        return surveyId;
    }

    public String customerId() {
        return customerId;
    }

    public String language() {
        return language;
    }

    public byte[] tokenHash() {
        return tokenHash.clone();
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public boolean used() {
        return usedAt != null;
    }
}
