package org.retentionsuite.gateway.mapping;

import com.google.rpc.BadRequest;
import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.gateway.api.RespondentPage;
import org.retentionsuite.proto.feedback.v1.Answer;
import org.retentionsuite.proto.feedback.v1.FormQuestion;
import org.retentionsuite.proto.feedback.v1.GetSurveyFormResponse;
import org.retentionsuite.proto.feedback.v1.QuestionType;
import org.retentionsuite.proto.feedback.v1.ResponseChannel;
import org.retentionsuite.proto.feedback.v1.SubmitResponseRequest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.retentionsuite.gateway.mapping.RespondentWording.ANSWER_INVALID;
import static org.retentionsuite.gateway.mapping.RespondentWording.ANSWER_NEEDED;

/**
 * The respondent pages: the survey form in the respondent's language, the answers posted from it
 * (fields {@code score}, {@code comment}, {@code q.<question>}), and the messages shown instead.
 */
@ApplicationScoped
public class RespondentPageMapping {

    public static final String SCORE = "score";
    public static final String COMMENT = "comment";
    public static final String LANG = "lang";
    public static final String SESSION = "session";
    private static final String QUESTION_PREFIX = "q.";
    private static final Pattern ANSWER_INDEX = Pattern.compile("^answers\\[(\\d+)]");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");

    /** The form to answer; {@code posted} refills it, {@code violations} say what to correct. */
    public RespondentPage form(GetSurveyFormResponse form, String action, Map<String, List<String>> posted,
            SubmitResponseRequest sent, List<BadRequest.FieldViolation> violations) {
        String lang = form.getLanguage();
        Map<String, String> errors = errors(form, sent, violations);
        RespondentPage.Question score = question(form, SCORE, SCORE, form.getMainQuestion(), true, true, false, false,
                IntStream.rangeClosed(form.getScoreMin(), form.getScoreMax())
                        .mapToObj(v -> new String[] {String.valueOf(v), String.valueOf(v)}).toList(),
                posted, errors.get(SCORE));
        List<RespondentPage.Question> questions = form.getQuestionsList().stream().map(q -> question(form, q.getId(),
                QUESTION_PREFIX + q.getId(), q.getText(), q.getRequired(),
                q.getType() == QuestionType.QUESTION_TYPE_RATING || q.getType() == QuestionType.QUESTION_TYPE_SINGLE_CHOICE,
                q.getType() == QuestionType.QUESTION_TYPE_MULTIPLE_CHOICE,
                q.getType() == QuestionType.QUESTION_TYPE_OPEN_TEXT, options(q), posted, errors.get(q.getId()))).toList();
        RespondentPage.Form answerable = new RespondentPage.Form(action, lang,
                form.getLinkSession().isEmpty() ? null : form.getLinkSession(), RespondentWording.ERRORS_HEADING.in(lang),
                List.copyOf(new LinkedHashMap<>(errors).values()), score, questions, RespondentWording.COMMENT.in(lang),
                first(posted, COMMENT), RespondentWording.SUBMIT.in(lang));
        return page(form, action, null, answerable);
    }

    /** A page that only says something: thank you, expired, already answered, closed. */
    public RespondentPage message(GetSurveyFormResponse form, String action, String message) {
        return page(form, action, message, null);
    }

    /** The page for a token or link that does not exist: there is no survey to take the language from. */
    public RespondentPage notFound(String acceptLanguage) {
        return notice(acceptLanguage, RespondentWording.NOT_FOUND);
    }

    /** A page that says only {@code words}, in the Accept-Language's language (no survey known). */
    public RespondentPage notice(String acceptLanguage, RespondentWording words) {
        String lang;
        try {
            lang = acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > 200 ? "en"
                    : Locale.LanguageRange.parse(acceptLanguage).stream()
                            .map(Locale.LanguageRange::getRange).filter(r -> !r.equals("*")).findFirst().orElse("en");
        } catch (IllegalArgumentException malformed) {
            lang = "en";
        }
        String language = Locale.forLanguageTag(lang).getLanguage();
        String dir = List.of("ar", "he", "fa", "ur").contains(language) ? "rtl" : "ltr";
        return new RespondentPage(language.isEmpty() ? "en" : language, dir, RespondentWording.SURVEY.in(language),
                words.in(language), null, List.of(), RespondentWording.LANGUAGES.in(language));
    }

    /** The submission of a posted form: each question's field becomes its answer, as its type reads it. */
    public SubmitResponseRequest toRequest(GetSurveyFormResponse form, String token, String slug,
            Map<String, List<String>> posted) {
        SubmitResponseRequest.Builder request = SubmitResponseRequest.newBuilder()
                .setToken(token == null ? "" : token)
                .setLinkSlug(slug == null ? "" : slug)
                .setLinkSession(form.getLinkSession())
                .setLanguage(form.getLanguage())
                .setChannel(ResponseChannel.RESPONSE_CHANNEL_WEB)
                .setComment(first(posted, COMMENT));
        integer(first(posted, SCORE)).ifPresent(request::setScore);
        for (FormQuestion q : form.getQuestionsList()) {
            List<String> values = posted.getOrDefault(QUESTION_PREFIX + q.getId(), List.of()).stream()
                    .filter(v -> !v.isBlank()).toList();
            if (values.isEmpty()) {
                continue;
            }
            Answer.Builder answer = Answer.newBuilder().setQuestionId(q.getId());
            switch (q.getType()) {
                case QUESTION_TYPE_RATING -> integer(values.get(0)).ifPresent(answer::setRating);
                case QUESTION_TYPE_OPEN_TEXT -> answer.setText(values.get(0));
                default -> answer.addAllChoiceIds(values);
            }
            request.addAnswers(answer);
        }
        return request.build();
    }

    private RespondentPage page(GetSurveyFormResponse form, String action, String message, RespondentPage.Form answerable) {
        String lang = form.getLanguage();
        List<RespondentPage.LanguageOption> languages = form.getLanguagesCount() < 2 ? List.of()
                : form.getLanguagesList().stream().map(tag -> new RespondentPage.LanguageOption(tag,
                        Locale.forLanguageTag(tag).getDisplayName(Locale.forLanguageTag(tag)),
                        action + "?lang=" + URLEncoder.encode(tag, StandardCharsets.UTF_8), tag.equals(lang))).toList();
        String title = form.getTitle().isBlank() ? RespondentWording.SURVEY.in(lang) : form.getTitle();
        return new RespondentPage(lang, form.getRightToLeft() ? "rtl" : "ltr", title, message, answerable,
                answerable == null ? List.of() : languages, RespondentWording.LANGUAGES.in(lang));
    }

    private static RespondentPage.Question question(GetSurveyFormResponse form, String id, String name, String text,
            boolean required, boolean radios, boolean checkboxes, boolean openText, List<String[]> options,
            Map<String, List<String>> posted, String error) {
        List<String> chosen = posted.getOrDefault(name, List.of());
        return new RespondentPage.Question("q-" + id, name, text,
                required ? RespondentWording.REQUIRED.in(form.getLanguage()) : "", required, radios, checkboxes, openText,
                options.stream().map(o -> new RespondentPage.Option("q-" + id + "-" + o[0], o[0], o[1],
                        chosen.contains(o[0]))).toList(),
                first(posted, name), error);
    }

    private static List<String[]> options(FormQuestion q) {
        if (q.getType() == QuestionType.QUESTION_TYPE_RATING) {
            return IntStream.rangeClosed(q.getRatingMin(), q.getRatingMax())
                    .mapToObj(v -> new String[] {String.valueOf(v), String.valueOf(v)}).toList();
        }
        return q.getChoicesList().stream().map(c -> new String[] {c.getId(), c.getText()}).toList();
    }

    /** Each violation as the respondent reads it, keyed by the question it is about ("score" for the main one). */
    private static Map<String, String> errors(GetSurveyFormResponse form, SubmitResponseRequest sent,
            List<BadRequest.FieldViolation> violations) {
        Map<String, String> errors = new LinkedHashMap<>();
        String lang = form.getLanguage();
        for (BadRequest.FieldViolation v : violations) {
            String questionId = null;
            boolean missing = v.getDescription().startsWith("is required") || v.getDescription().startsWith("has no answer");
            Matcher index = ANSWER_INDEX.matcher(v.getField());
            if (v.getField().equals(SCORE)) {
                errors.put(SCORE, (missing ? ANSWER_NEEDED : ANSWER_INVALID).in(lang).formatted(form.getMainQuestion()));
                continue;
            } else if (index.find() && sent != null && Integer.parseInt(index.group(1)) < sent.getAnswersCount()) {
                questionId = sent.getAnswers(Integer.parseInt(index.group(1))).getQuestionId();
            } else if (v.getField().equals("answers")) {
                Matcher quoted = QUOTED.matcher(v.getDescription());
                questionId = quoted.find() ? quoted.group(1) : null;
            }
            String id = questionId;
            String text = form.getQuestionsList().stream().filter(q -> q.getId().equals(id)).map(FormQuestion::getText)
                    .findFirst().orElse(RespondentWording.COMMENT.in(lang));
            errors.putIfAbsent(id == null ? v.getField() : id, (missing ? ANSWER_NEEDED : ANSWER_INVALID).in(lang).formatted(text));
        }
        return errors;
    }

    private static String first(Map<String, List<String>> posted, String name) {
        List<String> values = posted.getOrDefault(name, List.of());
        return values.isEmpty() ? "" : values.get(0);
    }

    private static java.util.Optional<Integer> integer(String value) {
        try {
            return value == null || value.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(Integer.parseInt(value.strip()));
        } catch (NumberFormatException notANumber) {
            return java.util.Optional.empty();
        }
    }

}
