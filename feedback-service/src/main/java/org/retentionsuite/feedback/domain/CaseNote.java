package org.retentionsuite.feedback.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A note on a follow-up case: for the team, or the text of a message sent to the customer. */
@Entity
@Table(name = "case_note")
public class CaseNote {

    public static final int MAX_TEXT_LENGTH = 4000;
    public static final int MAX_AUTHOR_LENGTH = 200;

    @Id
    private UUID id;

    @Column(name = "case_id")
    private UUID caseId;

    @Enumerated(EnumType.STRING)
    private CaseNoteKind kind;

    private String author;

    // Null once the customer was forgotten.
    private String text;

    @Column(name = "idempotency_key")
    private String idempotencyKey;

    @Column(name = "created_at")
    private Instant createdAt;

    // Given by the database on insert: the order of notes written in the same instant.
    @Column(name = "sequence", insertable = false, updatable = false)
    private Long sequence;

    protected CaseNote() {
    }

    CaseNote(UUID caseId, CaseNoteKind kind, String author, String text, String idempotencyKey, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.kind = kind;
        this.author = author;
        this.text = text;
        this.idempotencyKey = idempotencyKey;
        this.createdAt = createdAt;
    }

    public UUID id() {
        return id;
    }

    public CaseNoteKind kind() {
        return kind;
    }

    public String author() {
        return author;
    }

    /** The note's text, or null after the customer was forgotten. */
    public String text() {
        return text;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
