package fr.cohorte.knowledge;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links of the registry's list that narrow it by one more facet value, keeping the other filters and
 * going back to the first page; used by templates as {@code @practiceLinks}.
 */
@Component("practiceLinks")
public class PracticeLinks {

    /** The list narrowed to a territory: a region, department or country replaces any other territory. */
    public String territory(String parameter, String code) {
        return current().replaceQueryParam("region").replaceQueryParam("department").replaceQueryParam("country")
                .replaceQueryParam("page").replaceQueryParam(parameter, code).build().encode().toUriString();
    }

    /** The list narrowed by one facet value, or widened again when {@code value} is null. */
    public String with(String parameter, Object value) {
        UriComponentsBuilder link = current().replaceQueryParam("page");
        return (value == null ? link.replaceQueryParam(parameter) : link.replaceQueryParam(parameter, value))
                .build().encode().toUriString();
    }

    private static UriComponentsBuilder current() {
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        return UriComponentsBuilder.fromPath("/practices").query(request.getQueryString());
    }
}
