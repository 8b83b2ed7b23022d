package fr.visioaccueil.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;

/** Lets a module say, in the reader's language, why it refused a request before the error page is shown. */
public final class ErrorPages {

    static final String EXPLANATION = ErrorPages.class.getName() + ".explanation";
    static final String IN_JSON = ErrorPages.class.getName() + ".json";
    /** The one key of every JSON error of the platform, whoever refuses: {@code {"erreur": "<French sentence>"}}. */
    public static final String JSON_KEY = "erreur";

    private ErrorPages() {
    }

    public static void explain(HttpServletRequest request, String explanation) {
        request.setAttribute(EXPLANATION, explanation);
    }

    /** Answers this request's error in JSON, as for the API: it comes from a script, not from a person. */
    public static void answerInJson(HttpServletRequest request) {
        request.setAttribute(IN_JSON, Boolean.TRUE);
    }

    /** An error's JSON body, the same for every refusal: the HTTP status, then the sentence under {@link #JSON_KEY}. */
    public static Map<String, Object> inJson(int status, Object sentence) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put(JSON_KEY, sentence);
        return body;
    }
}
