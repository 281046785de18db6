package org.retentionsuite.gateway.api;

import io.quarkus.qute.TemplateData;

import java.util.List;

/**
 * A respondent page as the template renders it: {@code lang} and {@code dir} for the html element, a
 * form to answer (null on a message page: thank-you, expired, already answered, closed, not found).
 */
@TemplateData
public record RespondentPage(String lang, String dir, String title, String message, Form form,
        List<LanguageOption> languages, String languagesLabel) {

    /** The answerable form; errors are already in the page's language. */
    @TemplateData
    public record Form(String action, String language, String linkSession, String errorsHeading, List<String> errors,
            Question score, List<Question> questions, String commentLabel, String comment, String submitLabel) {
    }

    /** One question: a fieldset of radios (rating, single choice, the score), of checkboxes, or a text area. */
    @TemplateData
    public record Question(String id, String name, String text, String requiredMark, boolean required, boolean radios,
            boolean checkboxes, boolean openText, List<Option> options, String value, String error) {
    }

    @TemplateData
    public record Option(String id, String value, String label, boolean checked) {
    }

    /** A link to the same page in another of the survey's languages. */
    @TemplateData
    public record LanguageOption(String tag, String name, String href, boolean current) {
    }
}
