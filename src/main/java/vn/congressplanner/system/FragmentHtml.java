package vn.congressplanner.system;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContext;
import org.springframework.web.servlet.view.AbstractTemplateView;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.context.webmvc.SpringWebMvcThymeleafRequestContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.spring6.naming.SpringContextVariableNames;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Renders one fragment of a template to a string, for the current request and with what a page's
 * own rendering has (links with the context path, messages in the request's locale, beans, the
 * Spring request context — the variables {@code ThymeleafView} sets up). For HTML that is kept
 * between requests and written into a page with {@code th:utext}: the task list's rows (issue 12).
 */
@Component
public class FragmentHtml {

  private final ITemplateEngine engine;
  private final ApplicationContext context;
  private final ServletContext servletContext;
  private final JakartaServletWebApplication application;

  FragmentHtml(ITemplateEngine engine, ApplicationContext context, ServletContext servletContext) {
    this.engine = engine;
    this.context = context;
    this.servletContext = servletContext;
    this.application = JakartaServletWebApplication.buildApplication(servletContext);
  }

  /** The HTML of {@code template :: fragment} with {@code variables} as its model. */
  public String render(
      String template,
      String fragment,
      Map<String, Object> variables,
      HttpServletRequest request,
      HttpServletResponse response) {
    Map<String, Object> model = new HashMap<>(variables);
    RequestContext requestContext = new RequestContext(request, response, servletContext, model);
    model.put(AbstractTemplateView.SPRING_MACRO_REQUEST_CONTEXT_ATTRIBUTE, requestContext);
    model.put(SpringContextVariableNames.SPRING_REQUEST_CONTEXT, requestContext);
    model.put(
        SpringContextVariableNames.THYMELEAF_REQUEST_CONTEXT,
        new SpringWebMvcThymeleafRequestContext(requestContext, request));
    model.put(
        ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
        new ThymeleafEvaluationContext(
            context, (ConversionService) request.getAttribute(ConversionService.class.getName())));
    WebContext web =
        new WebContext(
            application.buildExchange(request, response), requestContext.getLocale(), model);
    return engine.process(template, Set.of(fragment), web);
  }
}
