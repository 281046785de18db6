package org.retentionsuite.feedback.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The language a respondent sees a survey in: the language they chose, else the customer's locale
 * given with the invitation, else the browser's Accept-Language (by q-value), else the survey's
 * default. A wish matches an offered language exactly, else on the primary subtag ("fr-CH" finds
 * "fr", "pt" finds "pt-BR"); a wish the survey does not offer falls through to the next.
 */
public final class RespondentLanguage {

    // Scripts written right to left: Arabic, Hebrew, Persian, Urdu, Pashto, Sindhi, Uyghur, Yiddish,
    // Dhivehi, Kurdish (Sorani), Syriac, N'Ko.
    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "he", "iw", "fa", "ur", "ps", "sd", "ug", "yi", "ji",
            "dv", "ckb", "syr", "nqo");

    private RespondentLanguage() {
    }

    public static String resolve(Set<String> offered, String defaultLanguage, String chosen, String locale,
            String acceptLanguage) {
        List<String> wishes = new ArrayList<>();
        addIfGiven(wishes, chosen);
        addIfGiven(wishes, locale);
        wishes.addAll(acceptLanguage(acceptLanguage));
        for (String wish : wishes) {
            Optional<String> match = match(offered, wish);
            if (match.isPresent()) {
                return match.get();
            }
        }
        return defaultLanguage;
    }

    /** Whether the language is written right to left, by its primary subtag. */
    public static boolean rightToLeft(String languageTag) {
        return RIGHT_TO_LEFT.contains(primary(languageTag));
    }

    /** The tags of an Accept-Language header, most wanted first; "*", q=0 and malformed entries are left out. */
    static List<String> acceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return List.of();
        }
        record Wish(String tag, double q, int position) {
        }
        List<Wish> wishes = new ArrayList<>();
        String[] entries = header.split(",");
        for (int i = 0; i < entries.length && i < 50; i++) {
            String[] parts = entries[i].strip().split(";");
            String tag = parts[0].strip();
            double q = 1.0;
            for (int p = 1; p < parts.length; p++) {
                String parameter = parts[p].strip();
                if (parameter.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(parameter.substring(2));
                    } catch (NumberFormatException malformed) {
                        q = 0;
                    }
                }
            }
            if (!tag.isEmpty() && !tag.equals("*") && q > 0 && q <= 1) {
                wishes.add(new Wish(tag, q, i));
            }
        }
        return wishes.stream().sorted(Comparator.comparingDouble(Wish::q).reversed().thenComparingInt(Wish::position))
                .map(Wish::tag).toList();
    }

    private static Optional<String> match(Set<String> offered, String wish) {
        String tag = Locale.forLanguageTag(wish).toLanguageTag();
        for (String language : offered) {
            if (language.equalsIgnoreCase(tag)) {
                return Optional.of(language);
            }
        }
        String primary = primary(tag);
        if (primary.isEmpty() || primary.equals("und")) {
            return Optional.empty();
        }
        // Sorted, so that of "pt-BR" and "pt-PT" the same one is always chosen; a bare "pt" first.
        return new TreeSet<>(offered).stream().filter(l -> primary(l).equals(primary)).findFirst();
    }

    private static String primary(String tag) {
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    private static void addIfGiven(List<String> wishes, String tag) {
        if (tag != null && !tag.isBlank()) {
            wishes.add(tag.strip());
        }
    }
}
