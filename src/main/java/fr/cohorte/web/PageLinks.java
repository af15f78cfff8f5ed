package fr.cohorte.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links to the other pages of the list being shown, keeping every other query parameter (search,
 * filters, sort), so that each list's pagination is one fragment ({@code web/lists :: pagination}).
 */
@Component("pageLinks")
public class PageLinks {

    /** The current address with {@code page} set to the given zero-based number. */
    public String to(int page) {
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        return UriComponentsBuilder.fromPath(request.getRequestURI())
                .query(request.getQueryString())
                .replaceQueryParam("page", page)
                .build()
                .toUriString();
    }
}
