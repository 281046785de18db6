package org.retentionsuite.gateway.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The fields a survey is created and edited with besides its main question. Every text is per
 * language; a text given in one language needs every offered language before the survey goes live.
 * All are optional: {@code purpose} GENERAL, no questions, no page texts (built-in ones are shown),
 * no dates, no limit, no reminder.
 */
public interface SurveyContentFields {

    SurveyPurpose purpose();

    Map<String, String> title();

    Map<String, String> thankYouText();

    Map<String, String> expiredText();

    Map<String, String> alreadyAnsweredText();

    List<QuestionSpec> questions();

    CesVariant cesVariant();

    Instant startsAt();

    Instant closesAt();

    Integer responseLimit();

    Integer reminderAfterDays();
}
