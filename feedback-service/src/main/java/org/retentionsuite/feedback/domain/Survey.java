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
import java.util.Map;
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

    @Enumerated(EnumType.STRING)
    private SurveyStatus status;

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
}
