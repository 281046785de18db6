package org.retentionsuite.feedback.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A keyword rule: a completed response in the language whose comment contains the keyword gets the tag. */
@Entity
@Table(name = "tag_rule")
public class TagRule {

    @Id
    private UUID id;

    private String language;

    private String keyword;

    private String tag;

    @Column(name = "created_at")
    private Instant createdAt;

    protected TagRule() {
    }

    public TagRule(String language, String keyword, String tag, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.language = language;
        this.keyword = keyword;
        this.tag = tag;
        this.createdAt = createdAt;
    }

    public UUID id() {
        return id;
    }

    public String language() {
        return language;
    }

    public String keyword() {
        return keyword;
    }

    public String tag() {
        return tag;
    }
}
