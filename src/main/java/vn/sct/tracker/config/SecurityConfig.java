package vn.sct.tracker.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authentication on every endpoint, with one source of truth for people and passwords: the engine's
 * identity service (Camunda Admin, or LDAP through the engine's identity provider).
 * <ul>
 *   <li>{@code /api/**}: the product's API, HTTP Basic, stateless; the caller is also made the engine's
 *       current user for the request, so the engine applies its authorizations.</li>
 *   <li>{@code /engine-rest/**}: Camunda's REST API behind Camunda's own HTTP Basic filter.</li>
 *   <li>{@code /camunda/**}: Tasklist, Cockpit, Admin, with their own login form and CSRF protection.</li>
 *   <li>{@code /actuator/health/**}: the status alone, open (the proxy's and the container's checks);
 *       every other {@code /actuator} endpoint (metrics) to administrators only, HTTP Basic.</li>
 * </ul>
 */
@Configuration
@EnableMethodSecurity
public class SecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, IdentityService identity) throws Exception {
        http.securityMatcher("/api/**", "/swagger-ui/**", "/v3/api-docs/**")
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .httpBasic(b -> b.realmName("directive-tracker"))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Stateless API: no cookie is issued or accepted, so there is no session to forge requests with.
                .csrf(c -> c.disable())
                .authenticationProvider(camundaIdentity(identity))
                .addFilterAfter(new EngineAuthenticationFilter(identity), BasicAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain actuatorSecurity(HttpSecurity http, IdentityService identity,
                                         @Value("${tracker.organisation.admin-group}") String adminGroup) throws Exception {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")
                        .permitAll()
                        .anyRequest().hasAuthority(adminGroup))
                .httpBasic(b -> b.realmName("directive-tracker"))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .authenticationProvider(camundaIdentity(identity));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain webappsAndEngineRest(HttpSecurity http) throws Exception {
        // The webapps and the engine REST API authenticate themselves (see engineRestAuthentication);
        // Spring Security must not add a second login or a second CSRF token in front of them.
        http.authorizeHttpRequests(a -> a
                        // The first-run setup would create an administrator for anyone while the admin group
                        // has no direct member; the product creates its administrator itself at start-up.
                        .requestMatchers("/camunda/api/admin/setup/**").denyAll()
                        .requestMatchers("/camunda/**", "/engine-rest/**", "/", "/error").permitAll()
                        .anyRequest().denyAll())
                .csrf(c -> c.disable())
                .headers(h -> h.frameOptions(f -> f.sameOrigin()));
        return http.build();
    }

    /** HTTP Basic authentication of Camunda's REST API against the engine's identity service. */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration = new FilterRegistrationBean<>();
        registration.setName("camunda-auth");
        registration.setFilter(new ProcessEngineAuthenticationFilter());
        registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        return registration;
    }

    static AuthenticationProvider camundaIdentity(IdentityService identity) {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                String user = authentication.getName();
                String password = String.valueOf(authentication.getCredentials());
                if (!identity.checkPassword(user, password)) {
                    throw new BadCredentialsException("bad credentials");
                }
                List<SimpleGrantedAuthority> groups = identity.createGroupQuery().groupMember(user).list().stream()
                        .map(Group::getId).map(SimpleGrantedAuthority::new).toList();
                return UsernamePasswordAuthenticationToken.authenticated(user, null, groups);
            }

            @Override
            public boolean supports(Class<?> type) {
                return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
            }
        };
    }

    /** Makes the authenticated API caller the engine's current user for the duration of the request. */
    static class EngineAuthenticationFilter extends OncePerRequestFilter {
        private final IdentityService identity;

        EngineAuthenticationFilter(IdentityService identity) {
            this.identity = identity;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            if (auth == null || !auth.isAuthenticated()) {
                chain.doFilter(request, response);
                return;
            }
            List<String> groups = auth.getAuthorities().stream().map(a -> a.getAuthority()).toList();
            identity.setAuthentication(auth.getName(), groups);
            try {
                chain.doFilter(request, response);
            } finally {
                identity.clearAuthentication();
            }
        }
    }
}
