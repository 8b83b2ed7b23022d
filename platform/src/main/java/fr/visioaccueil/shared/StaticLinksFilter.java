package fr.visioaccueil.shared;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Spring's resource URL encoding (which gives the webjars' links their version) looks every link of a page up
 * among the static resources, and a page link is no resource: each lookup searched the whole class path in vain,
 * most of the CPU of a page with a few dozen links. Only links under a static folder are looked up now.
 */
class StaticLinksFilter extends ResourceUrlEncodingFilter {

    private final Set<String> staticRoots;

    StaticLinksFilter(Set<String> staticRoots) {
        this.staticRoots = Set.copyOf(staticRoots);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!(response instanceof HttpServletResponse plain)) {
            chain.doFilter(request, response);
            return;
        }
        super.doFilter(request, response, (inner, encoding) -> chain.doFilter(inner,
                new HttpServletResponseWrapper((HttpServletResponse) encoding) {
                    @Override
                    public String encodeURL(String url) {
                        return isStatic(url) ? super.encodeURL(url) : plain.encodeURL(url);
                    }
                }));
    }

    /** A link that is not an absolute path is left to Spring, which passes it through. */
    boolean isStatic(String url) {
        if (url == null || !url.startsWith("/")) {
            return true;
        }
        int end = url.length();
        for (char stop : new char[] {'/', '?', '#'}) {
            int at = url.indexOf(stop, 1);
            end = at < 0 ? end : Math.min(end, at);
        }
        return staticRoots.contains(url.substring(1, end));
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        /** Replaces Boot's own registration of the filter (it steps aside when one exists). */
        @Bean
        FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() throws IOException {
            Resource[] roots = new PathMatchingResourcePatternResolver().getResources("classpath*:/static/*");
            Set<String> names = Arrays.stream(roots).map(StaticLinksFilter.Registration::name)
                    .collect(Collectors.toSet());
            names.add("webjars");
            FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                    new FilterRegistrationBean<>(new StaticLinksFilter(names));
            registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
            return registration;
        }

        /** A folder inside a jar is named with a final slash. */
        private static String name(Resource resource) {
            try {
                String path = resource.getURL().getPath().replaceAll("/+$", "");
                return path.substring(path.lastIndexOf('/') + 1);
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        }
    }
}
