package fr.cohorte.web;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Gives every list's controller its {@link Paging}; a refused one, like an export asked in a format not offered, is
 * a {@link Refusal#malformed} refusal that {@link RefusalAdvice} answers with a 400 page or problem that says why.
 */
@Configuration(proxyBeanMethods = false)
class PagingConfiguration implements WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new PagingResolver());
    }

    static final class PagingResolver implements HandlerMethodArgumentResolver {

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType() == Paging.class;
        }

        @Override
        public Paging resolveArgument(MethodParameter parameter, ModelAndViewContainer page, NativeWebRequest request,
                                      WebDataBinderFactory binders) {
            PageSize size = parameter.getParameterAnnotation(PageSize.class);
            Paging paging = Paging.read(request::getParameter, size == null ? Paging.DEFAULT_SIZE : size.value());
            if (page != null) {
                page.addAttribute("paging", paging);
            }
            return paging;
        }
    }
}
