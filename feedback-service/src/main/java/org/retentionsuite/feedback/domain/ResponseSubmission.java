package org.retentionsuite.feedback.domain;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A response as submitted, with an invitation token or with a public link's slug and form session.
 * The score and answers are checked against the survey once the token or slug has named it. A null
 * score means none was given (allowed only when partial), a null channel WEB, a null language the
 * invitation's (or the survey's default).
 */
public record ResponseSubmission(String token, Integer score, String comment, ResponseChannel channel,
        List<Answer> answers, String language, boolean partial, String linkSlug, String linkSession) {

    // Line breaks and tabs belong in a comment; other control characters do not.
    private static final Pattern FORBIDDEN = Pattern.compile("[\\p{Cntrl}&&[^\\n\\r\\t]]");
    private static final int MAX_SLUG_LENGTH = 64;

    public ResponseSubmission {
        answers = List.copyOf(answers);
    }

    public static ResponseSubmission of(String token, Integer score, String comment, ResponseChannel channel) {
        return of(token, score, comment, channel, List.of(), null, false, null, null);
    }

    public static ResponseSubmission of(String token, Integer score, String comment, ResponseChannel channel,
            List<Answer> answers, String language, boolean partial, String linkSlug, String linkSession) {
        Violations violations = new Violations();
        String validToken = token == null ? "" : token.strip();
        String slug = linkSlug == null ? "" : linkSlug.strip();
        String session = linkSession == null ? "" : linkSession.strip();
        if (validToken.isEmpty() && slug.isEmpty()) {
            violations.add("token", "is required");
        } else if (!validToken.isEmpty() && !slug.isEmpty()) {
            violations.add("link_slug", "is for responses without a token: send the token or the link, not both");
        } else if (!slug.isEmpty() && (session.isEmpty() || session.length() > MAX_SLUG_LENGTH)) {
            violations.add("link_session", "is required with link_slug: the session the form was given");
        } else if (slug.length() > MAX_SLUG_LENGTH) {
            violations.add("link_slug", "is longer than " + MAX_SLUG_LENGTH + " characters");
        }
        if (score == null && !partial) {
            violations.add("score", "is required");
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > SurveyResponse.MAX_COMMENT_LENGTH) {
            violations.add("comment", "is longer than " + SurveyResponse.MAX_COMMENT_LENGTH + " characters");
        } else if (text != null && FORBIDDEN.matcher(text).find()) {
            violations.add("comment", "contains control characters");
        }
        for (int i = 0; i < answers.size(); i++) {
            String answerText = answers.get(i).text();
            if (answerText != null && FORBIDDEN.matcher(answerText).find()) {
                violations.add("answers[" + i + "].text", "contains control characters");
            }
        }
        String validLanguage = language == null || language.isBlank() ? null
                : violations.requiredLanguageTag("language", language);
        violations.throwIfAny();
        return new ResponseSubmission(validToken.isEmpty() ? null : validToken, score, text,
                channel == null ? ResponseChannel.WEB : channel, answers, validLanguage, partial,
                slug.isEmpty() ? null : slug, session.isEmpty() ? null : session);
    }

    /** Refuses a score outside the survey kind's scale, naming the scale. */
    public void checkScoreFor(SurveyKind kind) {
        if (score != null && !kind.accepts(score)) {
            Violations violations = new Violations();
            violations.add("score", "is not on the " + kind + " scale " + kind.scale());
            violations.throwIfAny();
        }
    }
}
