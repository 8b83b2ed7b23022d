package fr.visioaccueil.shared;

import jakarta.servlet.http.HttpServletRequest;

/** Lets a module say, in the reader's language, why it refused a request before the error page is shown. */
public final class ErrorPages {

    static final String EXPLANATION = ErrorPages.class.getName() + ".explanation";
    static final String IN_JSON = ErrorPages.class.getName() + ".json";

    private ErrorPages() {
    }

    public static void explain(HttpServletRequest request, String explanation) {
        request.setAttribute(EXPLANATION, explanation);
    }

    /** Answers this request's error in JSON, as for the API: it comes from a script, not from a person. */
    public static void answerInJson(HttpServletRequest request) {
        request.setAttribute(IN_JSON, Boolean.TRUE);
    }
}
