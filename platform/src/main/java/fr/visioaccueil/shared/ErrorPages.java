package fr.visioaccueil.shared;

import jakarta.servlet.http.HttpServletRequest;

/** Lets a module say, in the reader's language, why it refused a request before the error page is shown. */
public final class ErrorPages {

    static final String EXPLANATION = ErrorPages.class.getName() + ".explanation";

    private ErrorPages() {
    }

    public static void explain(HttpServletRequest request, String explanation) {
        request.setAttribute(EXPLANATION, explanation);
    }
}
