package org.retentionsuite.feedback.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.retentionsuite.feedback.domain.TagRule;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Tags of responses, and the keyword rules that add them. */
@ApplicationScoped
public class TagRepository {

    private final EntityManager entityManager;

    public TagRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void persist(TagRule rule) {
        entityManager.persist(rule);
    }

    public java.util.Optional<TagRule> findRule(String language, String keyword, String tag) {
        return entityManager.createQuery("from TagRule r where r.language = :language and r.keyword = :keyword "
                        + "and r.tag = :tag", TagRule.class)
                .setParameter("language", language).setParameter("keyword", keyword).setParameter("tag", tag)
                .getResultStream().findFirst();
    }

    public List<TagRule> rules(String language) {
        return entityManager.createQuery("from TagRule r where :language = '' or r.language = :language "
                        + "order by r.language, r.keyword, r.tag", TagRule.class)
                .setParameter("language", language).getResultList();
    }

    /** Tags the response by the rules of its language whose keyword its comment contains. */
    public void applyRules(UUID responseId, String primaryLanguage, String comment, Instant now) {
        if (comment == null || comment.isBlank()) {
            return;
        }
        entityManager.flush();
        entityManager.createNativeQuery("""
                        INSERT INTO response_tag (response_id, tag, source, tagged_at)
                        SELECT DISTINCT CAST(:response AS uuid), tag, 'RULE', CAST(:now AS timestamptz) FROM tag_rule
                        WHERE language = :language AND strpos(lower(CAST(:comment AS text)), keyword) > 0
                        ON CONFLICT (response_id, tag) DO NOTHING""")
                .setParameter("response", responseId)
                .setParameter("now", now)
                .setParameter("language", primaryLanguage)
                .setParameter("comment", comment)
                .executeUpdate();
    }

    /** Adds the tags by hand; a tag the response has already keeps its first source. */
    public void tag(UUID responseId, List<String> tags, Instant now) {
        for (String tag : tags) {
            entityManager.createNativeQuery("""
                            INSERT INTO response_tag (response_id, tag, source, tagged_at) VALUES (:response, :tag, 'MANUAL', :now)
                            ON CONFLICT (response_id, tag) DO NOTHING""")
                    .setParameter("response", responseId).setParameter("tag", tag).setParameter("now", now)
                    .executeUpdate();
        }
    }

    /** The response's tags with their source (MANUAL or RULE), alphabetical. */
    public Map<String, String> tagsOf(UUID responseId) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (Object row : entityManager.createNativeQuery(
                        "SELECT tag, source FROM response_tag WHERE response_id = :response ORDER BY tag")
                .setParameter("response", responseId).getResultList()) {
            Object[] columns = (Object[]) row;
            tags.put((String) columns[0], (String) columns[1]);
        }
        return tags;
    }
}
