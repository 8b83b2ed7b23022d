package fr.visioaccueil.shared;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every error (403, 404, 409, 413, 400, 500…) as a page of our own in the layout, or as JSON for the API:
 * a short message from the bundles, never a stack trace or a framework's English text.
 */
@Controller
class ErrorPageController implements ErrorController {

    private final MessageSource messages;

    ErrorPageController(MessageSource messages) {
        this.messages = messages;
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
        int status = status(request);
        String message = messages.getMessage(key(status), null, locale);
        Object explanation = request.getAttribute(ErrorPages.EXPLANATION);
        response.setStatus(status);
        if (isApi(request)) {
            Map<String, Object> body = ErrorPages.inJson(status, explanation != null ? explanation : message);
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
        }
        model.addAttribute("status", status).addAttribute("message", message).addAttribute("explanation", explanation);
        return "error";
    }

    private static int status(HttpServletRequest request) {
        return request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 404;
    }

    private String key(int status) {
        String key = "error." + (status >= 500 ? 500 : status);
        return messages.getMessage(key, null, null, Locale.ROOT) != null ? key : "error.title";
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getAttribute(ErrorPages.IN_JSON) != null
                || request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri
                && uri.startsWith(request.getContextPath() + "/api/");
    }
}
