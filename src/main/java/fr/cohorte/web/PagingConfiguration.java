package fr.cohorte.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Gives every list's controller its {@link Paging}, and answers a refused one, or an export asked in a format
 * not offered, with a 400 page that says why.
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

    @ControllerAdvice
    static class PagingRefusals {

        private final MessageSource messages;

        PagingRefusals(MessageSource messages) {
            this.messages = messages;
        }

        @ExceptionHandler
        ModelAndView refused(PagingRefusedException refused, Locale locale) {
            ModelAndView page = new ModelAndView("error", HttpStatus.BAD_REQUEST);
            page.addObject("status", HttpStatus.BAD_REQUEST.value());
            page.addObject("reason", messages.getMessage(refused.messageKey(), new Object[] {refused.value()}, locale));
            return page;
        }

        @ExceptionHandler
        ModelAndView refused(ExportFormatRefusedException refused, Locale locale) {
            ModelAndView page = new ModelAndView("error", HttpStatus.BAD_REQUEST);
            page.addObject("status", HttpStatus.BAD_REQUEST.value());
            page.addObject("reason", messages.getMessage("export.format.refused",
                    new Object[] {refused.value(), refused.offered()}, locale));
            return page;
        }
    }
}
