package org.retentionsuite.feedback.domain;

import java.util.regex.Pattern;

/**
 * A response as submitted with a token. The score is checked against the survey's scale once the
 * token has named the survey. A null score means none was given; a null channel means WEB.
 */
public record ResponseSubmission(String token, Integer score, String comment, ResponseChannel channel) {

    // Line breaks and tabs belong in a comment; other control characters do not.
    private static final Pattern FORBIDDEN = Pattern.compile("[\\p{Cntrl}&&[^\\n\\r\\t]]");

    public static ResponseSubmission of(String token, Integer score, String comment, ResponseChannel channel) {
        Violations violations = new Violations();
        String validToken = token == null ? "" : token.strip();
        if (validToken.isEmpty()) {
            violations.add("token", "is required");
        }
        if (score == null) {
            violations.add("score", "is required");
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > SurveyResponse.MAX_COMMENT_LENGTH) {
            violations.add("comment", "is longer than " + SurveyResponse.MAX_COMMENT_LENGTH + " characters");
        } else if (text != null && FORBIDDEN.matcher(text).find()) {
            violations.add("comment", "contains control characters");
        }
        violations.throwIfAny();
        return new ResponseSubmission(validToken, score, text, channel == null ? ResponseChannel.WEB : channel);
    }

    /** Refuses a score outside the survey kind's scale, naming the scale. */
    public void checkScoreFor(SurveyKind kind) {
        if (!kind.accepts(score)) {
            Violations violations = new Violations();
            violations.add("score", "is not on the " + kind + " scale " + kind.scale());
            violations.throwIfAny();
        }
    }
}
