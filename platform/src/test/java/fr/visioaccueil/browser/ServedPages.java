package fr.visioaccueil.browser;

import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Whether this build of the platform has a page at a path. Several pages are built on other branches; until
 * they are merged, a 404 there is expected, and once they are, the same tests hold them to the full check.
 */
final class ServedPages {

    private ServedPages() {
    }

    static boolean exists(ApplicationContext context, String path) {
        return context.getBeansOfType(HandlerMapping.class).values().stream()
                .anyMatch(mapping -> handlesAsPage(mapping, path));
    }

    private static boolean handlesAsPage(HandlerMapping mapping, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        ServletRequestPathUtils.parseAndCache(request);
        try {
            HandlerExecutionChain chain = mapping.getHandler(request);
            // static files answer any path; they are not pages
            return chain != null && !(chain.getHandler() instanceof ResourceHttpRequestHandler);
        } catch (Exception mappedButRefused) {
            return true;
        }
    }
}
