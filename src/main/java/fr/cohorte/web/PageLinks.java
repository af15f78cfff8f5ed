package fr.cohorte.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links to the other pages of the list being shown, keeping every other query parameter (search,
 * filters, sort), so that every list's pagination, sortable headers and export links are the
 * fragments of {@code web/lists}.
 */
@Component("pageLinks")
public class PageLinks {

    /** The current address with {@code page} set to the given zero-based number. */
    public String to(int page) {
        return current().replaceQueryParam("page", page).build().toUriString();
    }

    /**
     * The current address ordered by {@code column} from the first page: ascending, or reversed when
     * the list is already in that column's ascending order.
     */
    public String sortedBy(String column, String currentSort, boolean currentlyDescending) {
        boolean descending = column.equals(currentSort) && !currentlyDescending;
        return current().replaceQueryParam("page")
                .replaceQueryParam("sort", column)
                .replaceQueryParam("descending", descending)
                .build()
                .toUriString();
    }

    /** The list's export in the given format, with the filters shown on screen (not its page nor its order). */
    public String export(String format) {
        HttpServletRequest request = request();
        return UriComponentsBuilder.fromPath(request.getRequestURI() + "/export")
                .query(request.getQueryString())
                .replaceQueryParam("page")
                .replaceQueryParam("sort")
                .replaceQueryParam("descending")
                .replaceQueryParam("format", format)
                .build()
                .toUriString();
    }

    private static UriComponentsBuilder current() {
        HttpServletRequest request = request();
        return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString());
    }

    private static HttpServletRequest request() {
        return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
    }
}
