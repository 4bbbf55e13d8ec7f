package vn.sct.tracker.cockpit;

import jakarta.servlet.ServletContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.stereotype.Component;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * The way from Cockpit's plugin resources, which Jersey instantiates, to the application's Spring beans.
 * The Spring context of the web server that serves the request wins (it is stored in the servlet
 * context); the context last started is the fallback, e.g. when no servlet context is at hand.
 */
@Component
public class CockpitBridge implements ApplicationContextAware {

    private static volatile ApplicationContext latest;

    @Override
    public void setApplicationContext(ApplicationContext context) {
        latest = context;
    }

    /** A bean of the application serving this servlet context. */
    static <T> T bean(ServletContext servletContext, Class<T> type) {
        ApplicationContext context = null;
        if (servletContext != null) {
            WebApplicationContext web = WebApplicationContextUtils.getWebApplicationContext(servletContext);
            context = web;
        }
        if (context == null) {
            context = latest;
        }
        if (context == null) {
            throw new IllegalStateException("The Spring application context is not started yet");
        }
        return context.getBean(type);
    }
}
