package org.retentionsuite.gateway.mapping;

import java.util.Locale;
import java.util.Map;

/**
 * The respondent pages' own words (buttons, labels, messages) in the languages the suite ships, and
 * the page texts shown when a survey defines none. A language not listed gets English.
 */
public enum RespondentWording {
    SUBMIT, COMMENT, REQUIRED, ERRORS_HEADING, ANSWER_NEEDED, ANSWER_INVALID, THANK_YOU, EXPIRED, ALREADY_ANSWERED,
    CLOSED, NOT_FOUND, SURVEY, LANGUAGES, TOO_MANY_ANSWERS;

    private static final Map<String, Map<RespondentWording, String>> WORDS = Map.of(
            "en", Map.ofEntries(Map.entry(SUBMIT, "Send"), Map.entry(COMMENT, "Anything you would like to add? (optional)"),
                    Map.entry(REQUIRED, "(required)"), Map.entry(ERRORS_HEADING, "Please check your answers"),
                    Map.entry(ANSWER_NEEDED, "Please answer: %s"), Map.entry(ANSWER_INVALID, "Please check your answer to: %s"),
                    Map.entry(THANK_YOU, "Thank you for your feedback."),
                    Map.entry(EXPIRED, "This survey link has expired."),
                    Map.entry(ALREADY_ANSWERED, "You have already answered this survey. Thank you!"),
                    Map.entry(CLOSED, "This survey is not taking responses at the moment."),
                    Map.entry(NOT_FOUND, "This survey link is not valid."), Map.entry(SURVEY, "Survey"),
                    Map.entry(LANGUAGES, "Languages"), Map.entry(TOO_MANY_ANSWERS, "Too many answers from your connection in a short time. Please try again in a minute.")),
            "de", Map.ofEntries(Map.entry(SUBMIT, "Senden"), Map.entry(COMMENT, "Möchten Sie noch etwas hinzufügen? (optional)"),
                    Map.entry(REQUIRED, "(Pflichtfeld)"), Map.entry(ERRORS_HEADING, "Bitte prüfen Sie Ihre Antworten"),
                    Map.entry(ANSWER_NEEDED, "Bitte beantworten Sie: %s"),
                    Map.entry(ANSWER_INVALID, "Bitte prüfen Sie Ihre Antwort auf: %s"),
                    Map.entry(THANK_YOU, "Vielen Dank für Ihr Feedback."),
                    Map.entry(EXPIRED, "Dieser Umfragelink ist abgelaufen."),
                    Map.entry(ALREADY_ANSWERED, "Sie haben diese Umfrage bereits beantwortet. Vielen Dank!"),
                    Map.entry(CLOSED, "Diese Umfrage nimmt zurzeit keine Antworten an."),
                    Map.entry(NOT_FOUND, "Dieser Umfragelink ist ungültig."), Map.entry(SURVEY, "Umfrage"),
                    Map.entry(LANGUAGES, "Sprachen"), Map.entry(TOO_MANY_ANSWERS, "Zu viele Antworten von Ihrer Verbindung in kurzer Zeit. Bitte versuchen Sie es in einer Minute erneut.")),
            "fr", Map.ofEntries(Map.entry(SUBMIT, "Envoyer"), Map.entry(COMMENT, "Souhaitez-vous ajouter quelque chose ? (facultatif)"),
                    Map.entry(REQUIRED, "(obligatoire)"), Map.entry(ERRORS_HEADING, "Veuillez vérifier vos réponses"),
                    Map.entry(ANSWER_NEEDED, "Veuillez répondre : %s"),
                    Map.entry(ANSWER_INVALID, "Veuillez vérifier votre réponse à : %s"),
                    Map.entry(THANK_YOU, "Merci pour votre avis."), Map.entry(EXPIRED, "Ce lien d'enquête a expiré."),
                    Map.entry(ALREADY_ANSWERED, "Vous avez déjà répondu à cette enquête. Merci !"),
                    Map.entry(CLOSED, "Cette enquête n'accepte pas de réponses pour le moment."),
                    Map.entry(NOT_FOUND, "Ce lien d'enquête n'est pas valide."), Map.entry(SURVEY, "Enquête"),
                    Map.entry(LANGUAGES, "Langues"), Map.entry(TOO_MANY_ANSWERS, "Trop de réponses depuis votre connexion en peu de temps. Veuillez réessayer dans une minute.")),
            "es", Map.ofEntries(Map.entry(SUBMIT, "Enviar"), Map.entry(COMMENT, "¿Algo más que quiera añadir? (opcional)"),
                    Map.entry(REQUIRED, "(obligatorio)"), Map.entry(ERRORS_HEADING, "Revise sus respuestas"),
                    Map.entry(ANSWER_NEEDED, "Responda: %s"), Map.entry(ANSWER_INVALID, "Revise su respuesta a: %s"),
                    Map.entry(THANK_YOU, "Gracias por su opinión."), Map.entry(EXPIRED, "Este enlace de encuesta ha caducado."),
                    Map.entry(ALREADY_ANSWERED, "Ya ha respondido a esta encuesta. ¡Gracias!"),
                    Map.entry(CLOSED, "Esta encuesta no acepta respuestas en este momento."),
                    Map.entry(NOT_FOUND, "Este enlace de encuesta no es válido."), Map.entry(SURVEY, "Encuesta"),
                    Map.entry(LANGUAGES, "Idiomas"), Map.entry(TOO_MANY_ANSWERS, "Demasiadas respuestas desde su conexión en poco tiempo. Inténtelo de nuevo en un minuto.")),
            "ar", Map.ofEntries(Map.entry(SUBMIT, "إرسال"), Map.entry(COMMENT, "هل تود إضافة شيء؟ (اختياري)"),
                    Map.entry(REQUIRED, "(مطلوب)"), Map.entry(ERRORS_HEADING, "يرجى مراجعة إجاباتك"),
                    Map.entry(ANSWER_NEEDED, "يرجى الإجابة: %s"), Map.entry(ANSWER_INVALID, "يرجى مراجعة إجابتك على: %s"),
                    Map.entry(THANK_YOU, "شكرا على ملاحظاتك."), Map.entry(EXPIRED, "انتهت صلاحية رابط الاستبيان هذا."),
                    Map.entry(ALREADY_ANSWERED, "لقد أجبت على هذا الاستبيان من قبل. شكرا لك!"),
                    Map.entry(CLOSED, "لا يقبل هذا الاستبيان إجابات في الوقت الحالي."),
                    Map.entry(NOT_FOUND, "رابط الاستبيان هذا غير صالح."), Map.entry(SURVEY, "استبيان"),
                    Map.entry(LANGUAGES, "اللغات"), Map.entry(TOO_MANY_ANSWERS, "إجابات كثيرة جدا من اتصالك في وقت قصير. يرجى المحاولة مرة أخرى بعد دقيقة.")),
            "he", Map.ofEntries(Map.entry(SUBMIT, "שליחה"), Map.entry(COMMENT, "רוצים להוסיף משהו? (רשות)"),
                    Map.entry(REQUIRED, "(חובה)"), Map.entry(ERRORS_HEADING, "נא לבדוק את התשובות"),
                    Map.entry(ANSWER_NEEDED, "נא לענות: %s"), Map.entry(ANSWER_INVALID, "נא לבדוק את התשובה ל: %s"),
                    Map.entry(THANK_YOU, "תודה על המשוב."), Map.entry(EXPIRED, "תוקף הקישור לסקר פג."),
                    Map.entry(ALREADY_ANSWERED, "כבר ענית על הסקר הזה. תודה!"),
                    Map.entry(CLOSED, "הסקר אינו מקבל תשובות כרגע."), Map.entry(NOT_FOUND, "הקישור לסקר אינו תקין."),
                    Map.entry(SURVEY, "סקר"), Map.entry(LANGUAGES, "שפות"), Map.entry(TOO_MANY_ANSWERS, "יותר מדי תשובות מהחיבור שלך בזמן קצר. נא לנסות שוב בעוד דקה.")));

    /** These words in the language (by its primary subtag), else in English. */
    public String in(String languageTag) {
        String primary = Locale.forLanguageTag(languageTag == null ? "" : languageTag).getLanguage();
        return WORDS.getOrDefault(primary, WORDS.get("en")).get(this);
    }

    /** The survey's own text when it has one, else these words. */
    public String orSurveys(String surveyText, String languageTag) {
        return surveyText == null || surveyText.isBlank() ? in(languageTag) : surveyText;
    }
}
