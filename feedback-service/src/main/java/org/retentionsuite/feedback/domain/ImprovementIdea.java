package org.retentionsuite.feedback.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Currency;
import java.util.UUID;

/** An improvement many respondents ask for; when it ships, they are told "you said, we did". */
@Entity
@Table(name = "improvement_idea")
public class ImprovementIdea {

    public static final int MAX_TITLE_LENGTH = 200;
    public static final int MAX_TEXT_LENGTH = 4000;

    @Id
    private UUID id;

    private String title;

    private String description;

    private short effort;

    @Column(name = "currency_code")
    private String currencyCode;

    @Enumerated(EnumType.STRING)
    private IdeaStatus status;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "shipped_at")
    private Instant shippedAt;

    private String announcement;

    protected ImprovementIdea() {
    }

    public ImprovementIdea(String title, String description, int effort, Currency currency, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.title = title;
        this.description = description;
        this.effort = (short) effort;
        this.currencyCode = currency == null ? null : currency.getCurrencyCode();
        this.status = IdeaStatus.OPEN;
        this.createdAt = createdAt;
    }

    /** Ships the idea with its announcement; the same announcement again changes nothing. */
    public void ship(String text, Instant now) {
        if (status == IdeaStatus.SHIPPED) {
            if (!text.equals(announcement)) {
                throw new FailedPreconditionException("idea " + id + " shipped at " + shippedAt
                        + " with another announcement");
            }
            return;
        }
        status = IdeaStatus.SHIPPED;
        shippedAt = now;
        announcement = text;
    }

    public UUID id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** The description, or null. */
    public String description() {
        return description;
    }

    public int effort() {
        return effort;
    }

    /** The currency of the customer values linked to the idea, or null when values are not taken. */
    public String currencyCode() {
        return currencyCode;
    }

    public IdeaStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant shippedAt() {
        return shippedAt;
    }

    public String announcement() {
        return announcement;
    }
}
