package org.retentionsuite.feedback.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.util.stream.Collectors;

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

    protected Survey() {
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

    /** Opens a draft or paused survey; every offered language needs a text. Already active: nothing changes. */
    public void activate() {
        if (status == SurveyStatus.ACTIVE) {
            return;
        }
        requireStatus("activated", SurveyStatus.DRAFT, SurveyStatus.PAUSED);
        String missing = languages.stream().filter(l -> !question.containsKey(l)).sorted().collect(Collectors.joining(", "));
        if (!missing.isEmpty()) {
            throw new FailedPreconditionException("survey " + id + " cannot be activated: the question has no text in " + missing);
        }
        status = SurveyStatus.ACTIVE;
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
