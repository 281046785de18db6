package org.retentionsuite.feedback.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** A survey: one main question, in every language it was written in, that customers answer on a scale. */
@Entity
@Table(name = "survey")
public class Survey {

    @Id
    private UUID id;

    private String name;

    @Enumerated(EnumType.STRING)
    private SurveyKind kind;

    @Column(name = "default_language")
    private String defaultLanguage;

    // Eager: a survey is always read with its texts, also after the transaction that loaded it.
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "survey_question", joinColumns = @JoinColumn(name = "survey_id"))
    @MapKeyColumn(name = "language")
    @Column(name = "text")
    private Map<String, String> question = new HashMap<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "survey_language", joinColumns = @JoinColumn(name = "survey_id"))
    @Column(name = "language")
    private Set<String> languages = new TreeSet<>();

    @Enumerated(EnumType.STRING)
    private SurveyStatus status;

    @Column(name = "invitation_cool_down_days")
    private Integer invitationCoolDownDays;

    // The version of the survey's content, so that a response can say which wording it answered.
    private int version;

    @Column(name = "created_at")
    private Instant createdAt;

    @Embedded
    private SurveyTerms terms;

    @Column(name = "link_slug")
    private String linkSlug;

    protected Survey() {
    }

    public Survey(SurveyDefinition definition, SurveyDetails details, Instant createdAt) {
        this(definition, createdAt);
        this.terms = new SurveyTerms(kind, details.settings());
    }

    public Survey(SurveyDefinition definition, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.name = definition.name();
        this.kind = definition.kind();
        this.defaultLanguage = definition.defaultLanguage();
        this.question.putAll(definition.question());
        this.languages.addAll(definition.languages());
        this.invitationCoolDownDays = definition.invitationCoolDownDays();
        this.status = SurveyStatus.DRAFT;
        this.version = 1;
        this.createdAt = createdAt;
        this.terms = new SurveyTerms(kind, SurveySettings.NONE);
    }

    /**
     * Replaces the survey's content. A survey that has been live gets a new version, so that each
     * response keeps the wording it answered; a draft is edited in place. A closed survey stays as it
     * was; an active one must keep a text in every offered language.
     */
    public void edit(SurveyDefinition definition, SurveyDetails details) {
        requireStatus("edited", SurveyStatus.DRAFT, SurveyStatus.ACTIVE, SurveyStatus.PAUSED);
        this.name = definition.name();
        this.defaultLanguage = definition.defaultLanguage();
        this.question.clear();
        this.question.putAll(definition.question());
        this.languages.clear();
        this.languages.addAll(definition.languages());
        this.invitationCoolDownDays = definition.invitationCoolDownDays();
        this.terms = new SurveyTerms(kind, details.settings());
        if (status == SurveyStatus.ACTIVE) {
            requireTexts("edited", details.content());
        }
        if (status != SurveyStatus.DRAFT) {
            version++;
        }
    }

    /** Purpose, scale, dates, limit and reminder. */
    public SurveyTerms terms() {
        return terms;
    }

    /** The public link's slug, or null when the survey has none. */
    public String linkSlug() {
        return linkSlug;
    }

    /** Gives the survey its public link; one that has a link keeps it. */
    public void openLink(String slug) {
        requireStatus("given a link", SurveyStatus.DRAFT, SurveyStatus.ACTIVE, SurveyStatus.PAUSED);
        if (linkSlug == null) {
            linkSlug = slug;
        }
    }

    /** The positive and negative ends of the main question's scale, as the metrics count them. */
    public ScoreBands scoreBands() {
        return terms.scoreBands(kind);
    }

    /** Refuses a main score off the survey's scale, naming the scale. */
    public void checkScore(int score) {
        if (!terms.acceptsScore(score)) {
            Violations violations = new Violations();
            violations.add("score", "is not on the " + kind + " scale " + terms.scoreMin() + "-" + terms.scoreMax());
            violations.throwIfAny();
        }
    }

    /** Whether the survey takes invitations and responses at this instant: active and within its dates. */
    public boolean isOpenAt(Instant now) {
        return status == SurveyStatus.ACTIVE && terms.outsideWindow(now, "responses") == null;
    }

    /** Invitations and responses are taken only while the survey is active and within its dates. */
    public void requireOpenFor(String what, Instant now) {
        requireActiveFor(what);
        String outside = terms.outsideWindow(now, what);
        if (outside != null) {
            throw new FailedPreconditionException("survey " + id + " " + outside);
        }
    }

    /** Opens a draft or paused survey; every offered language needs every text. Already active: nothing changes. */
    public void activate(SurveyContent content) {
        if (status == SurveyStatus.ACTIVE) {
            return;
        }
        requireStatus("activated", SurveyStatus.DRAFT, SurveyStatus.PAUSED);
        requireTexts("activated", content);
        status = SurveyStatus.ACTIVE;
    }

    private void requireTexts(String change, SurveyContent content) {
        java.util.List<String> missing = content.missingTexts(question, languages);
        if (!missing.isEmpty()) {
            throw new FailedPreconditionException("survey " + id + " cannot be " + change + ": " + String.join("; ", missing));
        }
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public SurveyKind kind() {
        return kind;
    }

    public String defaultLanguage() {
        return defaultLanguage;
    }

    /** The main question's text per canonical BCP 47 language tag. */
    public Map<String, String> question() {
        return Collections.unmodifiableMap(question);
    }

    public SurveyStatus status() {
        return status;
    }

    public int version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** The languages the survey is offered in; each needs a text before the survey goes live. */
    public Set<String> languages() {
        return Collections.unmodifiableSet(languages);
    }

    /** This survey's own cool-down in days, or null for the deployment's default. */
    public Integer invitationCoolDownDays() {
        return invitationCoolDownDays;
    }

    /** Stops an active survey for a while. Already paused: nothing changes. */
    public void pause() {
        if (status != SurveyStatus.PAUSED) {
            requireStatus("paused", SurveyStatus.ACTIVE);
            status = SurveyStatus.PAUSED;
        }
    }

    /** Ends an active or paused survey for good. Already closed: nothing changes. */
    public void close() {
        if (status != SurveyStatus.CLOSED) {
            requireStatus("closed", SurveyStatus.ACTIVE, SurveyStatus.PAUSED);
            status = SurveyStatus.CLOSED;
        }
    }

    /** Invitations and responses are taken only while the survey is active. */
    public void requireActiveFor(String what) {
        if (status != SurveyStatus.ACTIVE) {
            throw new FailedPreconditionException("survey " + id + " is " + describe(status) + " and takes no " + what);
        }
    }

    private void requireStatus(String transition, SurveyStatus... allowed) {
        if (!Set.of(allowed).contains(status)) {
            throw new FailedPreconditionException("survey " + id + " is " + describe(status) + " and cannot be " + transition);
        }
    }

    private static String describe(SurveyStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }
}
